// Owns text normalisation shared by fact keys, leak checks and answer matching:
// one definition of "the same words" so the generator and the checker never disagree.

// Generation normalises the same few thousand strings many times; a bounded memo keeps that linear.
const memo = new Map<string, string>();

/** Lower-case, unify quotes/dashes, drop punctuation (keeping intra-word dots/hyphens that carry meaning like "2.0"), collapse spaces. */
export function normaliseText(input: string): string {
  const hit = memo.get(input);
  if (hit !== undefined) return hit;
  const out = computeNormalised(input);
  if (memo.size > 50_000) memo.clear();
  memo.set(input, out);
  return out;
}

function computeNormalised(input: string): string {
  return input
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    // "ease-of-use" and "ease of use" are the same answer
    .replace(/(\p{L})-(?=\p{L})/gu, "$1 ")
    // "C++", "C#" and "C" are three languages: the signs are read out before punctuation goes
    .replace(/(\p{L})\+\+(?![\p{L}\p{N}+])/gu, "$1 plus plus")
    .replace(/(\p{L})#(?![\p{L}\p{N}#])/gu, "$1 sharp")
    // possessive 's is kept as a word so "Meta's" ≠ "Metas" but punctuation around it goes
    .replace(/[^\p{L}\p{N}.'\s]/gu, " ")
    // a dot only matters between digits ("2.0"); elsewhere it is sentence punctuation
    .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
    .replace(/'(?!s\b)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** normaliseText plus leading article removal: "The Google Brain team" ≡ "google brain team". */
export function normaliseAnswer(input: string): string {
  const text = normaliseText(input);
  // normalised text has single spaces: the article is one of three prefixes (no regex on the hot path)
  return text.startsWith("a ") ? text.slice(2) : text.startsWith("an ") ? text.slice(3) : text.startsWith("the ") ? text.slice(4) : text;
}

/** True when `needle` occurs in `haystack` as whole words after normalisation, possessive included ("Alertmanager's"). */
export function containsWords(haystack: string, needle: string): boolean {
  const h = ` ${normaliseText(haystack)} `;
  const n = normaliseAnswer(needle);
  if (!n) return false;
  return h.includes(` ${n} `) || h.includes(` ${n}'s `);
}

/** Content-word key used for duplicate detection and ids (order-preserving, articles dropped). */
export function keyOf(...parts: string[]): string {
  return parts
    .map((p) => normaliseText(p).replace(/\b(?:a|an|the)\b/g, " ").replace(/\s+/g, " ").trim())
    .join("|");
}
