// Owns the names a document declares to be one: "WebAssembly (Wasm)", "Portable Native Client
// (PNaCl)". A card headed "10 Years of Wasm" gives WebAssembly away, and a multiple choice that
// offers both Wasm and WebAssembly has two right answers (twenty-third round, rated blind).
import { normaliseAnswer } from "./normalise";

/** A capitalised name of up to four words, then its short form in brackets. */
const DECLARED = /(\p{Lu}[\p{L}\p{N}.+#-]*(?:\s+\p{Lu}[\p{L}\p{N}.+#-]*){0,3})\s+\((\p{Lu}[\p{L}\p{N}.+#-]{1,15})\)/gu;

/**
 * Whether `short` is made of letters of `long`, in order, from its first letter ("Wasm" of
 * "WebAssembly", "PNaCl" of "Portable Native Client"): a short form, not a second thing in
 * brackets ("Python (CPython)" starts otherwise, "Zeek (Bro)" shares no letters).
 */
export function shortens(short: string, long: string): boolean {
  const s = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const l = long.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  if (s.length < 2 || s.length >= l.length || s[0] !== l[0]) return false;
  let k = 0;
  for (const ch of l) if (ch === s[k]) k++;
  return k === s.length;
}

/** Each normalised name the document declares a short form of, mapped to its other names (both ways). */
export function declaredAliases(sentences: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = out.get(a) ?? new Set<string>();
    set.add(b);
    out.set(a, set);
  };
  for (const text of sentences) {
    for (const m of text.matchAll(DECLARED)) {
      // "officially embraced WebAssembly (Wasm)": the long name is the capitalised run's tail that the short form shortens
      const words = m[1].split(/\s+/);
      for (let i = 0; i < words.length; i++) {
        const long = words.slice(i).join(" ");
        if (!shortens(m[2], long)) continue;
        const [a, b] = [normaliseAnswer(long), normaliseAnswer(m[2])];
        if (a === b) break;
        add(a, b);
        add(b, a);
        break;
      }
    }
  }
  return out;
}
