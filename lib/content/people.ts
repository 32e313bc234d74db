// Owns people the document names in full and then by one name: "Aaron Meurer led the conda
// projects … Aaron left Continuum in late 2015". A card shows one sentence, so "Aaron" alone is
// nobody (blind-rated unresolved on conda-forge's history, and "Daniel" on curl's): the later
// sentence is rendered, and asked, with the full name the document gave before.
import type { Analysed } from "./analysis";
import { englishWord } from "./dictionary";
import type { Token } from "./tokens";

/** A capitalised word ("McDonald" too), possibly possessive ("Daniel's"). */
const WORD = /^(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)?)(['’]s)?$/u;

/** A middle initial between a first and a last name ("Henk P. Penning"): the tokeniser's "P" before ". ". */
function initial(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}$/u.test(t.text) && t.post === ". ";
}

function personWord(t: Token | undefined): RegExpExecArray | null {
  return t && t.tags.has("Person") ? WORD.exec(t.text) : null;
}

/** A last name the tagger does not know for one ("Rich Hickey": "Hickey" is only a proper noun). */
function surname(t: Token | undefined): RegExpExecArray | null {
  return t && t.tags.has("ProperNoun") ? WORD.exec(t.text) : null;
}

/**
 * "Apple Dylan", "Open Dylan": a thing named with a given name at its end, not a person (a person's
 * name ends with a surname: "Robin Milner", "Guy Cousineau"). They were offered among people.
 */
export function namedAfterPerson(own: Token[]): boolean {
  const last = own[own.length - 1];
  return own.length > 1 && last.tags.has("FirstName") && !last.tags.has("LastName") && !own[0].tags.has("FirstName");
}

/**
 * Full names the tagger does not know ("Martijn Faassen", "Thomas Lotze"): two capitalised words
 * no dictionary knows, whose first word the document uses alone before a verb elsewhere ("In 2006
 * Martijn co-founded the Grok web framework"). A thing is seldom called by the first word of its
 * name; a person is, and was offered among products (Morepath's history: "Martijn" among Venusian,
 * Flask and Morepath, rated given away blind) and shown without the surname the card needs.
 */
export function coinedPeople(analysed: Analysed[]): string[] {
  const coined = (t: Token | undefined) => !!t && t.tags.has("ProperNoun") && !t.tags.has("Organization") && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !englishWord(t.text);
  const capitalised = (t: Token | undefined) => /^\p{Lu}/u.test(t?.text ?? "");
  // the one capitalised word each coined word is followed by, "" when several or a name of more
  // words: "Ethereum Frontier", "Ethereum Foundation", "the Ethereum Suisse" are things
  const pairs = new Map<string, string>();
  for (const { tokens } of analysed) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [first, last] = [tokens[i], tokens[i + 1]];
      if (first.post !== " " || !coined(first) || !capitalised(last)) continue;
      const person = coined(last) && !capitalised(tokens[i - 1]) && !/^(?:the|a|an)$/.test(tokens[i - 1]?.lower ?? "") && !capitalised(tokens[i + 2]) && !namedAfterPerson([first, last]);
      const known = pairs.get(first.text);
      pairs.set(first.text, person && (known === undefined || known === last.text) ? last.text : "");
    }
  }
  const alone = new Set<string>();
  for (const { tokens } of analysed) {
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      if (pairs.get(t.text) && !capitalised(tokens[i - 1]) && next && !capitalised(next) && next.tags.has("Verb") && !/[,;:()]/.test(t.post)) alone.add(t.text);
    });
  }
  return [...alone].map((first) => `${first} ${pairs.get(first)}`);
}

/** The people named so far, by the one name a later sentence may call them (first or last); null when two share it. */
export class People {
  private readonly byName = new Map<string, string | null>();
  /** First names of the people learnt, known as names where the tagger no longer sees one ("In 2003, Henk started …"). */
  private readonly firstNames = new Set<string>();

  /** A word that names a person: tagged so, or a first name learnt that is no English word. */
  private nameWord(t: Token | undefined): RegExpExecArray | null {
    const m = personWord(t);
    if (m || !t) return m;
    const own = WORD.exec(t.text);
    return own && this.firstNames.has(own[1]) && !englishWord(own[1]) ? own : null;
  }

  /** Knows a full name found beforehand (coinedPeople), as if a sentence had said it. */
  know(full: string): void {
    const words = full.split(" ");
    this.firstNames.add(words[0]);
    for (const one of [words[0], words.at(-1)!]) {
      const known = this.byName.get(one);
      this.byName.set(one, known === undefined || known === full ? full : null);
    }
  }

  /** Learns the full names (two or three words, the tagger's people) a sentence says. */
  learn(a: Analysed): void {
    const { tokens } = a;
    for (let i = 0; i < tokens.length; i++) {
      if (!personWord(tokens[i]) || personWord(tokens[i - 1])) continue;
      let j = i;
      // one name: words joined by a space only, the last one possibly possessive; a middle initial
      // makes it one too, whatever the tagger knows of its first and last names ("In 2002, Henk P.
      // Penning … In 2003, Henk started …" had asked for "Henk" alone, sixteenth round)
      const middle = tokens[i].post === " " && initial(tokens[i + 1]) && personWord(tokens[i + 2]) ? i + 1 : -1;
      if (middle >= 0) j = i + 2;
      else while (j + 1 < tokens.length && j - i < 2 && tokens[j].post === " " && !/['’]s$/.test(tokens[j].text) && personWord(tokens[j + 1])) j++;
      // a person's name followed by a surname the tagger does not know ("Rich Hickey" had left
      // "Rich" alone in later sentences: rated incomplete, eighteenth round)
      const unknownLast = j === i && tokens[i].post === " " && !/['’]s$/.test(tokens[i].text) && !!surname(tokens[i + 1]);
      if (unknownLast) j = i + 1;
      if (j === i || (middle < 0 && !unknownLast && !tokens[i].tags.has("FirstName") && !tokens[j].tags.has("LastName"))) continue;
      const words = tokens.slice(i, j + 1).map((t, k) => (i + k === middle ? `${t.text}.` : (personWord(t) ?? surname(t))![1]));
      this.know(words.join(" "));
      i = j;
    }
  }

  /**
   * Replacements that give a person called by one name their full name, the first time the
   * sentence calls them so; none where the sentence says the full name itself.
   */
  expand(a: Analysed, replacements: Map<number, string>): void {
    const { tokens } = a;
    const done = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const m = this.nameWord(tokens[i]);
      // a name just before it is part of the same name only when joined by a space ("In August, Dan …" is Dan)
      // nor when an initial follows: "Stuart H." is the writer's own short form (it had read "Stuart Halloway H.", rated garbled, eighteenth round)
      if (!m || (this.nameWord(tokens[i - 1]) && tokens[i - 1].post === " ") || (tokens[i].post === " " && (this.nameWord(tokens[i + 1]) || initial(tokens[i + 1]))) || replacements.has(i)) continue;
      const full = this.byName.get(m[1]);
      if (!full || full === m[1] || done.has(full) || a.sentence.clean.includes(full)) continue;
      done.add(full);
      replacements.set(i, full + (m[2] ?? ""));
    }
  }
}
