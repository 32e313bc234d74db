// Owns whether words spell an acronym out: "Asynchronous JavaScript and XML" spells AJAX,
// "Mid-level Intermediate Representation" MIR, "REpresentational State Transfer" REST. Used to ask
// what an acronym stands for (questions/acronyms.ts), to keep an acronym and its words in
// brackets from being blanked beside each other (spans.ts), and to see that a prompt gives an
// answer away (features.ts).
const FUNCTION_WORDS = /^(?:of|and|the|for|as|to|in|on|a|an|at|by|with|or)$/i;

/**
 * Whether the words spell the acronym: each word gives its initial (a function word may give
 * nothing), and a word may give its inner capitals too ("REpresentational" → RE) or a hyphenated
 * word the initials of its parts.
 */
export function spellsOut(acronym: string, expansion: string): boolean {
  const letters = acronym.toUpperCase();
  const words = expansion.split(/\s+/).filter(Boolean);
  const memo = new Map<string, boolean>();
  const match = (i: number, j: number): boolean => {
    if (i === words.length) return j === letters.length;
    const key = `${i}:${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[i];
    const options = new Set<string>([word[0].toUpperCase()]);
    const inner = word.slice(1).replace(/[^A-Z]/g, "");
    for (let k = 1; k <= inner.length; k++) options.add(word[0].toUpperCase() + inner.slice(0, k));
    const parts = word.split("-").filter(Boolean);
    if (parts.length > 1) options.add(parts.map((p) => p[0].toUpperCase()).join(""));
    let ok = FUNCTION_WORDS.test(word) && match(i + 1, j);
    for (const option of options) if (!ok && letters.startsWith(option, j)) ok = match(i + 1, j + option.length);
    memo.set(key, ok);
    return ok;
  };
  return words.length >= 2 && match(0, 0);
}

/**
 * Looser, as a reader sees it at a glance: the capitals of a phrase (an opening article aside) and
 * those of an acronym agree but for one trailing letter, so a trailing word may be left out:
 * "High-Performance Erlang Project" and HiPE, "Joe's Abstract Machine" and JAM.
 */
export function capitalsSpell(acronym: string, phrase: string): boolean {
  const letters = acronym.replace(/\p{Ll}/gu, "");
  const spelled = (phrase.replace(/^(?:the|a|an)\s+/i, "").match(/\p{Lu}/gu) ?? []).join("");
  return letters.length >= 2 && spelled.length >= 2 && (spelled.startsWith(letters) || letters.startsWith(spelled)) && Math.abs(letters.length - spelled.length) <= 1;
}
