// Owns whether a word is English: ~275,000 words with their inflections (an-array-of-english-words,
// MIT), so a word no dictionary knows ("rustup", "libcore", "argparse") can be read as a coined name.
import { createRequire } from "node:module";

let words: Set<string> | undefined;

/**
 * Is the word (any case) in the English word list? The list (3.3 MB of JSON) is loaded by Node on
 * first use, not bundled or transformed with the code that imports this module.
 */
export function englishWord(word: string): boolean {
  words ??= new Set(createRequire(import.meta.url)("an-array-of-english-words") as string[]);
  return words.has(word.toLowerCase());
}
