// Owns the shape of a record id from outside (a form field, a URL segment): ids are cuids, so
// letters, digits, "_" and "-", at most 64 — nothing that could upset a query (a NUL, which
// PostgreSQL refuses in any statement, included). Anything else names no record.
export const RECORD_ID = /^[\w-]{1,64}$/;
