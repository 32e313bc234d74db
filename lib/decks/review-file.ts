// What counts as a usable review document, for uploads and the bank CLI alike: UTF-8 text,
// not empty, not binary, at most 2 MB.
export const MAX_REVIEW_BYTES = 2 * 1024 * 1024;

export type DecodedReview = { ok: true; text: string } | { ok: false; error: string };

export function decodeReview(bytes: Uint8Array, name: string): DecodedReview {
  if (bytes.length === 0) return { ok: false, error: `${name} is empty.` };
  if (bytes.length > MAX_REVIEW_BYTES) {
    return { ok: false, error: `${name} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB.` };
  }
  // NUL bytes or many invalid UTF-8 sequences mean this is not a text document.
  if (bytes.includes(0)) return { ok: false, error: `${name} looks like a binary file; upload a Markdown or plain-text review.` };
  const text = new TextDecoder("utf-8").decode(bytes);
  if ((text.match(/\uFFFD/g) ?? []).length > text.length / 100) return { ok: false, error: `${name} is not UTF-8 text.` };
  if (!text.trim()) return { ok: false, error: `${name} is empty.` };
  return { ok: true, text };
}
