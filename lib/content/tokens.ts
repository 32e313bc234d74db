// Owns part-of-speech tagging: one compromise pass per sentence (compromise is roughly linear
// per call but heavy on long inputs, so it never sees more than a sentence at a time).
import nlp from "compromise";
import { installFastSweep } from "./compromise-sweep";

installFastSweep(nlp);

export interface Token {
  text: string;
  lower: string;
  /** Offsets within the analysed sentence text. */
  start: number;
  end: number;
  tags: Set<string>;
  /** Punctuation/whitespace after the token ("," "." ""). */
  post: string;
  pre: string;
  /** compromise's chunk: "Noun", "Verb", "Adjective" or "Pivot". */
  chunk: string;
}

interface CompromiseTerm {
  chunk?: string;
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  implicit?: string;
  offset: { start: number; length: number };
}

/** Whether the tagger's lexicon knows the (lower-case) word. */
export function knownWord(word: string): boolean {
  return Object.prototype.hasOwnProperty.call((nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }).world().model.one.lexicon, word);
}

export function tokenize(text: string): Token[] {
  return tokenizeAll([text])[0];
}

/** What ends a name written with signs ("C++", "F#", "GTK+"), followed by no word character. */
const NAME_SIGNS = /^(?:\+\+|#|\+)(?![\w#+])/;

/** Sentences per compromise call: one call per sentence costs ~3× more than batches. */
const BATCH = 64;
const SEPARATOR = "\n\n";

/**
 * Tags many sentences with few compromise calls: the sentences are joined with blank lines (a
 * sentence boundary for compromise) and each term is handed back to the sentence its offset
 * falls in, with offsets relative to that sentence.
 */
export function tokenizeAll(texts: string[], lexicon?: Record<string, string>): Token[][] {
  const out: Token[][] = texts.map(() => []);
  for (let from = 0; from < texts.length; from += BATCH) {
    const batch = texts.slice(from, from + BATCH).map((t) => t.replace(/\n/g, " "));
    const starts: number[] = [];
    let at = 0;
    for (const t of batch) {
      starts.push(at);
      at += t.length + SEPARATOR.length;
    }
    // compromise's own terms, read in place: what .json({ offset: true, terms: { offset: true } })
    // would copy out of them (with every sentence's text, which nothing here reads) they hold
    // already. The document is dropped after this batch, so each term's tag set becomes the token's.
    const view = nlp(batch.join(SEPARATOR), lexicon) as unknown as { compute(step: string): void; docs: CompromiseTerm[][] };
    view.compute("offset");
    let k = 0;
    for (const terms of view.docs) {
      for (const t of terms) {
        while (k + 1 < starts.length && t.offset.start >= starts[k + 1]) k++;
        const base = starts[k];
        if (!t.text) {
          // the second half of a contraction ("'s" of "It's") has no characters of its own: a zero-width
          // token keeps the verb the clause parser needs
          const prev = out[from + k][out[from + k].length - 1];
          if (!t.implicit || !prev) continue;
          out[from + k].push({ text: "", lower: t.implicit.toLowerCase(), start: prev.end, end: prev.end, tags: t.tags, post: t.post ?? "", pre: "", chunk: t.chunk ?? "" });
          continue;
        }
        const start = t.offset.start - base;
        // ".NET": a dot opening a word is the name's own (compromise may read it as punctuation: the
        // answer became "NET Core", the blank ".____")
        const dot = /\.$/.test(t.pre ?? "") && /^\p{Lu}/u.test(t.text) && start >= 1 && batch[k][start - 1] === "." && (start === 1 || /\s/.test(batch[k][start - 2]));
        // "history.replaceState()": the call's parentheses are the name's, not punctuation after it;
        // and a name in code is a noun, whatever the tagger guessed (it read that one as a verb, and
        // "its sibling history.replaceState(), had been …" as a sentence with two)
        // "C++", "C#", "Notepad++": the signs are the name's too (compromise leaves them as punctuation,
        // and Cap'n Proto's comparison blanked "While ____++ is well-supported …")
        // (a lone "+" only after a word: "GTK+" is a name, "Node.js 18+" a range of versions)
        const signs = NAME_SIGNS.exec(batch[k].slice(start + t.offset.length, start + t.offset.length + 3))?.[0] ?? "";
        const suffix = batch[k].startsWith("()", start + t.offset.length) ? "()" : signs === "+" && !/^\p{L}/u.test(t.text) ? "" : signs;
        const text = t.text + suffix;
        const code = t.tags.has("Verb") && /\p{L}\.\p{L}|\(\)$/u.test(text);
        out[from + k].push({
          text,
          lower: (t.implicit ?? t.text).toLowerCase() + suffix,
          start: dot ? start - 1 : start,
          end: start + t.offset.length + suffix.length,
          tags: code ? new Set(["Noun", "Singular"]) : t.tags,
          post: (t.post ?? "").slice(suffix.length),
          pre: dot ? t.pre!.slice(0, -1) : (t.pre ?? ""),
          chunk: code ? "Noun" : (t.chunk ?? ""),
        });
      }
    }
  }
  return out.map(possessives);
}

/**
 * Possessives the tagger misreads. "Ruff's too-many-branches does not count …": compromise reads
 * a name's "'s" as "is" whenever what follows could be a complement, leaving the sentence with two
 * verbs and "Ruff" as its subject. When a finite verb still follows within the clause, the "'s"
 * owns the noun phrase: the zero-width "is" goes and the name is tagged possessive.
 */
function possessives(tokens: Token[]): Token[] {
  const dropped = new Set<number>();
  tokens.forEach((t, i) => {
    const owner = tokens[i - 1];
    if (t.text !== "" || !/^(?:is|has)$/.test(t.lower) || !owner || !/^\p{Lu}.*['’]s$/u.test(owner.text) || owner.tags.has("Pronoun") || owner.tags.has("Determiner") || /^(?:that|what|there|here|who|where|which|this|it|he|she|one)['’]s$/i.test(owner.text) || /[,;:(—–]/.test(t.post)) return;
    for (let k = i + 1; k < tokens.length; k++) {
      const next = tokens[k];
      if (next.text !== "" && (next.tags.has("Auxiliary") || next.tags.has("Copula") || (next.tags.has("PresentTense") && next.tags.has("Verb") && !next.tags.has("Infinitive")))) {
        dropped.add(i);
        owner.tags.add("Possessive");
        return;
      }
      if (/[,;:(—–]/.test(next.post) || /^(?:and|but|or|because|while|which|that|so)$/.test(next.lower)) return;
    }
  });
  const kept = dropped.size === 0 ? tokens : tokens.filter((_, i) => !dropped.has(i));
  // what a possessive owns is a noun, whatever the tagger guessed ("Lintly's formatter is …" read
  // "formatter" as a verb), and so is the last word of a bracketed noun phrase a verb follows
  // ("grpc-dotnet (the Grpc.Net.Client nuget packages) is …" read "packages" as one)
  kept.forEach((t, i) => {
    const closesBracket = i > 0 && t.post.startsWith(")") && kept[i - 1].tags.has("Noun") && !!kept[i + 1] && isAux(kept[i + 1]);
    if (i > 0 && (closesBracket || (kept[i - 1].tags.has("Possessive") && !kept[i - 1].tags.has("Pronoun"))) && t.tags.has("Verb") && !isAux(t) && /^\p{Ll}+$/u.test(t.text)) {
      t.tags = new Set(["Noun", /s$/.test(t.lower) ? "Plural" : "Singular"]);
      t.chunk = "Noun";
    }
  });
  return kept;
}

/** The sentence text covered by tokens [from, to), exactly as written. */
export function spanText(text: string, tokens: Token[], from: number, to: number): string {
  if (from >= to) return "";
  return text.slice(tokens[from].start, tokens[to - 1].end);
}

const AUX = new Set([
  "is", "are", "was", "were", "be", "been", "being", "am",
  "do", "does", "did", "has", "have", "had",
  "will", "would", "can", "could", "may", "might", "should", "must", "shall",
]);

export function isAux(t: Token): boolean {
  return AUX.has(t.lower) || t.tags.has("Modal") || t.tags.has("Auxiliary") || t.tags.has("Copula");
}

export function isVerb(t: Token): boolean {
  return t.tags.has("Verb") || isAux(t);
}

export function isNounish(t: Token): boolean {
  return (
    t.tags.has("Noun") ||
    t.tags.has("ProperNoun") ||
    t.tags.has("Pronoun") ||
    t.tags.has("Acronym") ||
    t.tags.has("Value") ||
    /[A-Z]/.test(t.text.slice(1))
  );
}

const ADVERBISH = new Set(["not", "n't", "first", "also", "thus", "then", "only", "still", "now", "often", "primarily", "generally", "already", "originally", "initially", "later", "once", "never", "always", "mainly", "mostly", "particularly", "largely"]);

export function isAdverbish(t: Token): boolean {
  return t.tags.has("Adverb") || t.tags.has("Negative") || ADVERBISH.has(t.lower);
}

/** For each token: is it inside a quotation ("…" or “…”)? Quoted words are a speaker's, not the writer's. */
export function quotedTokens(tokens: Token[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  for (const t of tokens) {
    if (/[“"]/.test(t.pre)) open = true;
    out.push(open);
    if (/[”"]/.test(t.post)) open = false;
  }
  return out;
}
