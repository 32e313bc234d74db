// Owns the one shape of "no" that lib modules give callers: a code the caller can branch on and
// a message written for the person asking. Server actions turn it into a result (see
// lib/actions/server-action.ts), routes into a status code, pages into "not found".
export type RefusalCode = "invalid" | "not_found" | "forbidden" | "conflict" | "signed_out" | "throttled" | "too_large";

export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
    /** The form field the refusal is about, shown next to it; none for the form as a whole. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "Refusal";
  }
}

/** HTTP status for a refusal answered by a route handler. */
export const REFUSAL_STATUS: Record<RefusalCode, number> = {
  invalid: 422,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  signed_out: 401,
  throttled: 429,
  too_large: 413,
};
