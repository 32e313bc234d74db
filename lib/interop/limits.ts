// Owns the bounds on what an import may cost: the upload, the archive's entries and the bytes
// that may be decompressed from it. One place, so the route, the CLI and the readers agree.
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Entries in a package's zip directory (media files included). */
export const MAX_ZIP_ENTRIES = 20_000;
/** Bytes decompressed from one package: the collection and the media map. */
export const MAX_UNCOMPRESSED_BYTES = 150 * 1024 * 1024;
/** Notes turned into questions from one file. */
export const MAX_IMPORT_NOTES = 10_000;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The message for a file over the upload limit, shared by the browser check, the route and the CLI. */
export function tooLargeMessage(name: string, bytes: number): string {
  return `${name} is ${formatMegabytes(bytes)}; the limit for an import is ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;
}
