// Owns named entities of a document: which words are names (compromise tags plus the document's
// own capitalisation), one canonical spelling per name ("Pytorch" → "PyTorch"), and a coarse type
// used to pick distractors of the same kind.
import { englishWord } from "./dictionary";
import { knownWord, quotedTokens, type Token } from "./tokens";

export type EntityType = "person" | "organization" | "product";

/** "pnpm", "htmx": lower case, unknown to the tagger's lexicon, without an English suffix. */
export function isLowerCaseName(word: string): boolean {
  return /^[a-z][a-z0-9]{2,}$/.test(word) && !knownWord(word) && !/(?:tion|sion|ity|ness|ment|ing|ed|ly|er|est|al|ous|ive|able|ism|ist)$/.test(word);
}

/** A lower-case word that neither the tagger nor the English word list knows ("rustup", "argparse"). */
function coined(word: string): boolean {
  return isLowerCaseName(word) && !englishWord(word);
}

const ORG_HEADS = new Set(["team", "company", "lab", "labs", "group", "inc", "corporation", "foundation", "university", "institute", "brain", "research"]);
/** Lower-case words inside a person's name between its capitalised parts. */
const NAME_PARTICLES = new Set(["van", "von", "der", "den", "de", "da", "di", "del", "della", "du", "le", "la", "ter", "ten"]);
const NOT_NAMES = new Set(["i", "a", "an", "the", "it", "its", "this", "that", "these", "those", "both", "we", "our", "you", "your", "they", "their", "he", "she", "his", "her", "there", "however", "finally", "generally", "furthermore", "despite", "while", "but", "and", "or", "if", "in", "on", "at", "for", "of", "to", "as", "by", "with", "from", "one", "some", "many", "most", "all", "each", "every", "later", "when", "after", "before", "because", "since", "although"]);

/** Words that head sections without naming anything. */
const HEADING_WORDS = new Set(["summary", "scope", "storage", "architecture", "introduction", "intro", "conclusion", "overview", "background", "history", "data", "model", "language", "ecosystem", "scale", "design", "community", "benchmarks", "comparison", "comparisons", "differences", "origins", "operations", "features", "performance", "reasons", "why", "how", "what", "where", "when", "major", "changes", "since", "quotes", "example", "examples", "first", "second", "third", "error", "diagnostics", "previous", "tools", "used", "alternatives", "inspiration", "speed", "internal", "custom", "graphs", "streaming", "arrays", "apis", "machine", "learning", "age", "trust", "vs", "versus", "compared"]);

export class EntityIndex {
  /** lower-case form → counts of each spelling seen */
  private readonly spellings = new Map<string, Map<string, number>>();
  /** lower-case word forms that appear capitalised in the middle of a sentence */
  private readonly midCapitalised = new Set<string>();
  /** Names written in lower case, as written (see observeLink). */
  private readonly lowerNames = new Set<string>();
  private readonly types = new Map<string, EntityType>();
  /** Words only headings capitalise, and words the body writes in lower case ("Directives vs Components" / "directives do everything"). */
  private readonly fromHeadings = new Set<string>();
  private readonly bodyCapitalised = new Set<string>();
  private readonly bodyLowercase = new Set<string>();

  /** First pass: learn which words the document itself capitalises mid-sentence. */
  observe(tokens: Token[]): void {
    // a quoted title ("“Backward Compatibility, Go 1.21, and Go 2”") capitalises every word
    const quoted = quotedTokens(tokens);
    tokens.forEach((t, i) => {
      const word = t.text.replace(/[’']s$/, "");
      // a later part of a hyphenated word is no word of its own: "Upgrade-Insecure-Requests" does not capitalise "requests"
      if (i > 0 && /^[A-Z]/.test(word) && !tokens[i - 1].post.includes(":") && !/-$/.test(tokens[i - 1].post) && !quoted[i]) {
        this.midCapitalised.add(word.toLowerCase());
        this.bodyCapitalised.add(word.toLowerCase());
      }
      if (/^[a-z]+$/.test(word)) this.bodyLowercase.add(word);
      if (/[A-Z]/.test(word.slice(1)) && /[a-z]/.test(word)) this.midCapitalised.add(word.toLowerCase()); // TensorFlow, PyCharm
    });
  }

  /** Headings name what a document is about: their capitalised words count as names too ("Kafka and RabbitMQ"). */
  observeHeading(title: string): void {
    for (const w of title.split(/[\s/,:()]+/)) {
      const word = w.replace(/[’']s$/, "").replace(/[^\p{L}\p{N}.+#-]/gu, "");
      if (/^\p{Lu}/u.test(word) && !NOT_NAMES.has(word.toLowerCase()) && !HEADING_WORDS.has(word.toLowerCase())) {
        this.midCapitalised.add(word.toLowerCase());
        this.fromHeadings.add(word.toLowerCase());
      }
    }
  }

  /** Is token i part of a name? Sentence-initial capitals count only if the document capitalises the word elsewhere. */
  isNameToken(tokens: Token[], i: number): boolean {
    const t = tokens[i];
    const word = t.text.replace(/[’']s$/, "");
    if (this.lowerNames.has(word)) return true;
    // a particle inside a person's name: "Guido van Rossum" ("Guido van ____" was asked, twenty-fifth round)
    if (NAME_PARTICLES.has(word) && i > 0 && /^\p{Lu}\p{Ll}/u.test(tokens[i - 1].text) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? "") && !/[,;:()]/.test(tokens[i - 1].post + t.post)) return this.isNameToken(tokens, i - 1);
    if (!/^[A-Z0-9]/.test(word) || NOT_NAMES.has(word.toLowerCase())) return false;
    if (/^\d/.test(word)) return i > 0 && this.isNameToken(tokens, i - 1) && /^\d+(?:\.\d+)*$/.test(word); // "TensorFlow 2.0"
    // "API" is a common noun, and so is its plural ("APIs" is not "TensorFlow" for its inner capitals)
    if (/^APIs?$/.test(word)) return false;
    if (/[A-Z]/.test(word.slice(1)) && /[a-z]/.test(word)) return true;
    if (/^[A-Z]{2,}s?$/.test(word)) return true; // acronyms
    if (i === 0 || tokens[i - 1].post.includes(":")) return this.capitalisedMidSentence(word) || t.tags.has("ProperNoun") || this.coinedAtStart(t, word);
    return true;
  }

  /** Register a name occurrence so the most distinctive spelling wins as canonical. */
  addName(name: string, type?: EntityType): void {
    const key = name.toLowerCase();
    const counts = this.spellings.get(key) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    this.spellings.set(key, counts);
    if (type && !this.types.has(key)) this.types.set(key, type);
  }

  /** Canonical spelling: most inner capitals ("PyTorch" over "Pytorch"), then most frequent, then alphabetical. */
  canonical(name: string): string {
    const counts = this.spellings.get(name.toLowerCase());
    if (!counts) return name;
    return [...counts.entries()].sort((a, b) => {
      const caps = (s: string) => (s.match(/[A-Z]/g) ?? []).length;
      return caps(b[0]) - caps(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
    })[0][0];
  }

  /** Every spelling of the name seen in the document (its aliases), canonical first. */
  aliases(name: string): string[] {
    const canonical = this.canonical(name);
    const counts = this.spellings.get(name.toLowerCase());
    const all = counts ? [...counts.keys()].sort() : [name];
    return [canonical, ...all.filter((s) => s !== canonical)];
  }

  /** Rewrites every known name inside a phrase to its canonical spelling. */
  canonicalise(phrase: string): string {
    return phrase.replace(/[\p{L}][\p{L}\p{N}.]*[\p{L}\p{N}]|[\p{L}]/gu, (w) => (this.spellings.has(w.toLowerCase()) ? this.canonical(w) : w));
  }

  /** Does the document capitalise this word mid-sentence (so it is a name, not a sentence start)? */
  capitalisedMidSentence(word: string): boolean {
    const lower = word.toLowerCase();
    // a heading's word the body only ever writes in lower case is a common noun
    if (this.fromHeadings.has(lower) && !this.bodyCapitalised.has(lower) && this.bodyLowercase.has(lower)) return false;
    return this.midCapitalised.has(lower);
  }

  /**
   * A link's text written in capitals is a name even where it opens a sentence: "[Packer](…) is a
   * tool for …" (a common noun elsewhere). Only short texts whose every word is capitalised.
   */
  observeLink(text: string): void {
    // "[pjax](https://github.com/defunkt/jquery-pjax)": a word written in lower case that links to
    // another site and that no dictionary knows is a name (pjax, uvu, htmx), never "design" or "accepted"
    if (isLowerCaseName(text)) this.lowerNames.add(text);
    const words = text.split(/\s+/).map((w) => w.replace(/[’']s$/, ""));
    if (words.length > 3 || !words.every((w) => /^\p{Lu}[\p{L}\p{N}.+#-]*$/u.test(w) && !NOT_NAMES.has(w.toLowerCase()) && !HEADING_WORDS.has(w.toLowerCase()))) return;
    for (const w of words) this.midCapitalised.add(w.toLowerCase());
  }

  /**
   * "Rustup is Rust's toolchain manager": a singular word no dictionary knows, opening a sentence,
   * that the body never writes in lower case, is a coined name ("Workspaces allow …" is a plural).
   */
  private coinedAtStart(t: Token, word: string): boolean {
    const lower = word.toLowerCase();
    return /^\p{Lu}\p{Ll}+$/u.test(word) && coined(lower) && !t.tags.has("Plural") && !this.bodyLowercase.has(lower);
  }

  /**
   * "`libcore` is a subset of the standard library": inline code that no dictionary knows names a
   * thing; code with digits in it is a value (`utf8mb4`, `sha256`), not a name.
   */
  observeCode(piece: string): void {
    if (/^[a-z]+$/.test(piece) && coined(piece)) this.lowerNames.add(piece);
  }

  /** A word found to be part of a name where capitals say nothing ("Sundar" opening "Sundar Pichai, …"). */
  learnName(word: string): void {
    this.midCapitalised.add(word.toLowerCase());
  }

  isKnownName(phrase: string): boolean {
    return this.spellings.has(phrase.toLowerCase());
  }

  typeOf(name: string, tokens?: Token[]): EntityType {
    const known = this.types.get(name.toLowerCase());
    if (known) return known;
    const head = name.split(/\s+/).pop()?.toLowerCase() ?? "";
    if (ORG_HEADS.has(head)) return "organization";
    if (tokens?.some((t) => t.tags.has("Person") || t.tags.has("FirstName"))) return "person";
    if (tokens?.some((t) => t.tags.has("Organization"))) return "organization";
    return "product";
  }

  /** Canonical names with their types, sorted for determinism. */
  names(): Array<{ name: string; type: EntityType }> {
    return [...this.spellings.keys()].sort().map((k) => ({ name: this.canonical(k), type: this.typeOf(k) }));
  }

  setType(name: string, type: EntityType): void {
    this.types.set(name.toLowerCase(), type);
  }
}
