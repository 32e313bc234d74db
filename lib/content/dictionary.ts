// Owns whether a word is English: ~275,000 words with their inflections (an-array-of-english-words,
// MIT), so a word no dictionary knows ("rustup", "libcore", "argparse") can be read as a coined name.
import WORDS from "an-array-of-english-words";

let words: Set<string> | undefined;

/** Is the word (any case) in the English word list? The set is built once, on first use. */
export function englishWord(word: string): boolean {
  words ??= new Set(WORDS);
  return words.has(word.toLowerCase());
}
