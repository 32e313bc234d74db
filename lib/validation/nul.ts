// Owns the rule that text from outside never carries a NUL character (U+0000). PostgreSQL cannot
// store one in a text column (it refuses the whole statement), SQLite would store it and cut the
// text short in many tools; no form, address or script has a good reason to send one. Checked
// once where input enters: the server-action wrapper and the page guard.

export const NUL_MESSAGE = "Text cannot contain NUL characters.";

/** Whether a string anywhere in `value` (plain objects and arrays, any depth) holds U+0000. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 32 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.entries(value).some(([key, item]) => key.includes("\u0000") || containsNul(item, depth + 1));
}
