// Owns the language analysis of each sentence: a cheap screen for what can never be quiz
// material (questions, code, first person, run-ons), then one compromise pass for tokens and
// clauses, and the document's own name index (which capitalised words are names).
import { finiteBetween, parseClauses, type Clause } from "./clauses";
import { EntityIndex, isLowerCaseName } from "./entities";
import { dropAsides } from "./asides";
import { appositionsOf } from "./appositions";
import { splitAtColons } from "./colons";
import { withPublicationYear } from "./deixis";
import { restateHeadlines, retagMisreadVerbs } from "./headlines";
import { restateProjectVoice } from "./project-voice";
import type { Sentence } from "./sentences";
import { endsMidSentence } from "./structure/document";
import { isAux, isVerb, tokenizeAll, type Token } from "./tokens";
import { interviewee, speakerCanResolve, trimFirstPersonTail } from "./voices";

export interface Analysed {
  sentence: Sentence;
  tokens: Token[];
  clauses: Clause[];
  /** The first independent clause that has a subject. */
  main?: Clause;
  /** Why the sentence yields no statement (it may still be context for the next one). */
  skip?: SkipReason;
  /** What its appositions state, as sentences of their own ("GopherCon is the first major Go conference."). */
  appositions?: Analysed[];
}

export type SkipReason = "length" | "question" | "code" | "first-person" | "no-letters" | "fragment" | "instruction" | "second-person" | "advice" | "judgement" | "moment" | "appearance";

const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)(?![\p{L}'’])|\b[Ll]et['’]s(?= \p{Ll})|\b(?:[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e've|[Ww]e’ve|[Ww]e'd|[Ww]e’d|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves|[Mm]yself)\b/u;
/**
 * Code: braces, arrows, a shell prompt, or a semicolon that no word follows ("; most projects …"
 * is prose, and so is a list item's closing ";": "uncompromising performance and control;"), nor
 * the one of "TL;DR".
 */
const CODE = /[{}]|(?<!\bTL);(?!\s+\p{L}{2}|\s*$)|=>|==|^\s*[$#>]/iu;

/** Text outside quotation marks: what the writer says in their own voice. */
export function outsideQuotes(text: string): string {
  return text.replace(/“[^”]{0,400}”|"[^"]{0,400}"/g, " ");
}

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** A date as a timeline writes it: "March 14, 1998", "13 October 2002", "June 2017" (a day before or after its month). */
const DATE = String.raw`(?:(?<dayFirst>\d{1,2})\s+)?(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?)?`;
const DATE_PREFIX = new RegExp(String.raw`^${DATE}(?:,?\s+(?<year>(?:1[6-9]|20)\d{2}))?(?:\s*[:,]|\s+(?:[—–]|--?))\s+(?=\S)`);
/** "Aug 2010 - Michael Oborne releases the Mission Planner": an abbreviated month, always with its year (a bare "Jan," may be a person). */
const SHORT_DATE_PREFIX = /^(?<month>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?<year>(?:1[6-9]|20)\d{2})(?:\s*[:,]|\s+(?:[—–]|--?))\s+(?=\S)/;

/** The year of the nearest heading that is a year ("## 1998"), for timeline lines under it. */
export function headingYear(path: string[]): number | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const m = /^(?:\D{0,20}\s)?((?:1[6-9]|20)\d{2})$/.exec(path[i].trim());
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** A date a block's label gives: "13 October 2002", "2.33 -- April 2004" (a release and its month). */
const LABEL_DATE = new RegExp(String.raw`\b${DATE},?\s+(?<year>(?:1[6-9]|20)\d{2})\b`);

/** The date a match of DATE (and a year) gives a timeline line. */
function prefixOf(groups: Record<string, string | undefined>, year: number | undefined): NonNullable<Sentence["datePrefix"]> {
  const day = groups.dayFirst ?? groups.day;
  const month = groups.month!.toLowerCase().slice(0, 3);
  return { month: MONTH_NAMES.findIndex((name) => name.startsWith(month)) + 1, ...(day ? { day: Number(day) } : {}), ...(year ? { year } : {}) };
}

/**
 * "**13 October 2002:** Blender goes Open Source …", "**2.33 -- April 2004:** Game Engine returns …":
 * the first sentence of a block whose bold label is dated is a timeline line too (a release
 * history's notes, whose blanks the blind rating of Blender's history called fragments).
 */
function labelDated(sentence: Sentence): Sentence {
  const m = sentence.index === 0 && sentence.block.label ? LABEL_DATE.exec(sentence.block.label) : null;
  if (!m) return sentence;
  return { ...sentence, datePrefix: prefixOf(m.groups!, Number(m.groups!.year)) };
}

/** "March 14: urlget 3.12 added …" — a timeline line: the date is a label, the rest the sentence. */
function liftDatePrefix(sentence: Sentence): Sentence {
  const m = DATE_PREFIX.exec(sentence.clean) ?? SHORT_DATE_PREFIX.exec(sentence.clean);
  if (!m) return labelDated(sentence);
  const rest = sentence.clean.slice(m[0].length);
  const year = m.groups!.year ? Number(m.groups!.year) : headingYear(sentence.block.headingPath);
  return {
    ...sentence,
    clean: rest.charAt(0).toUpperCase() + rest.slice(1),
    datePrefix: { ...prefixOf(m.groups!, year), ...(/^\p{Ll}/u.test(rest) ? { lowerStart: true } : {}) },
  };
}

/** "In 2009, the language was a good idea …": a paragraph that opens with a year. */
const PARAGRAPH_YEAR = /^In ((?:19|20)\d\d),\s/;
/** A date of the sentence's own: a year, or a month before a day or year. */
const OWN_DATE = /\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * "In 2009, the language was a good idea … Go ran only on Linux and Mac.": the year a paragraph
 * opens with is the time of its later sentences that give none of their own (kept only for a
 * past-tense main verb: see `parse`).
 */
function inParagraphYear(sentence: Sentence, years: Map<number, number>): Sentence {
  if (sentence.block.kind !== "paragraph") return sentence;
  if (sentence.index === 0) {
    const m = PARAGRAPH_YEAR.exec(sentence.clean);
    if (m) years.set(sentence.block.id, Number(m[1]));
    return sentence;
  }
  const year = years.get(sentence.block.id);
  if (!year || OWN_DATE.test(sentence.clean)) return sentence;
  return { ...sentence, datePrefix: { year, inherited: true, paragraph: true } };
}

/**
 * "X is a great tool, very underrated", "X should be way more popular", "the team couldn't be
 * prouder of how far …": the writer's verdict or feelings, no fact to learn.
 */
const JUDGEMENT = /(?:\b(?:is|are|was|were)|[’']s) (?:a|an) (?:really |truly |very )?(?:great|awesome|amazing|fantastic|excellent|nice|cool|wonderful|brilliant|terrific|underrated|overrated) (?:tool|choice|option|library|framework|project|product|piece of software)\b|\bshould be (?:way |much |far |a lot )?more (?:popular|widely used|widely known|known|loved)\b|\b(?:could|can)(?:n['’]t| not) be (?:any )?(?:prouder|happier|more (?:proud|excited|grateful|thrilled|pleased))\b/i;
/**
 * "Server rendering is not a silver bullet", "GitHub is not the perfect issue tracker": a platitude
 * of absolutes whose denial is common sense and whose blanks fit anything (seventeenth round, its
 * true/false rated given away; 0 of 7 such labelled questions acceptable); "CUE is quite a different
 * beast" says only that it differs (eighteenth round, rated vague).
 */
const PLATITUDE = /\b(?:silver bullet|panacea|free lunch|one[- ]size[- ]fits[- ]all|the perfect \w+|(?:a different|another) (?:beast|animal|story))\b/i;
/**
 * "In summary, Starlark comes with a sensible basic set of capabilities …": a section's verdict
 * summed up, which any of the names it weighed may fit (eighteenth round, rated ambiguous; 1 of 6
 * such labelled questions acceptable).
 */
const SUMMING_UP = /^(?:In summary|To summari[sz]e|To sum up|In conclusion|All in all|In short),/i;
/** "… but at some point you will need to shard servers": what the reader must do, not a fact. */
const READER_MUST = /\byou(?:[’']ll| will| would)? (?:need|have) to\b/i;
/** "It's recommended that you use …", "It is advised to …": a recommendation to the reader, not a fact. */
const RECOMMENDED = /^It(?:[’']s| is) (?:(?:also|generally|usually|strongly|highly) )?(?:recommended|advised|encouraged|suggested|preferable|best|advisable|wise) (?:to|that)\b/i;
/** "Mocha remains a solid choice for projects that need …": a recommendation, not a fact. */
const ADVICE_CHOICE = /\b(?:is|are|remains?|stays?|makes?) (?:still |also )?(?:a|an|the) (?:solid|good|great|safe|better|best|fine|sensible|reasonable|excellent|strong|ideal|right|wrong) (?:choice|option|fit|pick)\b/i;

/** "GothamGo in New York is next week": a moment relative to the writing, which the student cannot know (eleventh … twelfth blind ratings). */
const RELATIVE_MOMENT = /\b(?:next|last|this|coming) (?:week|month)\b|\btomorrow\b|\btonight\b|\byesterday\b/i;

/**
 * "mentioned in a previous section", "described above", "Here are a few challenges …", "one of the
 * above", "every line above", "Here the contract is named Sequence": a pointer into the page
 * itself, often at code the deck does not show (blind rating of Go's "Why Generics?" and gofix posts);
 * "As explained in the high-level goals, …", a pointer to another page (sixteenth round, rated
 * unresolved; 0 of 4 such labelled questions acceptable); "the list above was the sum total of its
 * basic feature set", "as described by Brendan Burns in this blog post" (a link the card cannot
 * show; both published and rated unresolved, 0 of 4 such labelled questions acceptable), and "in
 * section 4 of the paper linked above" (twenty-sixth round, rated trivia blind).
 */
const POINTER = /\b[Aa]s (?:mentioned|described|discussed|noted|shown|explained|covered|outlined|detailed|documented) in\b|\b(?:mentioned|described|discussed|noted|shown|listed|explained|shared|covered|outlined|said|hinted|seen|illustrated|demonstrated|stated|suggested|linked|cited|quoted|referenced) (?:above|below|earlier|before|in (?:a|the) (?:previous|next|following|last) (?:section|chapter|post))\b|\bin (?:a|the) (?:previous|preceding) (?:section|chapter)\b|^Here(?:['’]s| is| are)\b|\bthe above\b|\b(?:lines?|code|examples?|snippets?|listings?|programs?|output|diagrams?|figures?|screenshots?|animations?|images?|pictures?|illustrations?|charts?|graphs?|tables?|videos?|plots?|lists?) (?:above|below)\b|^Here,? (?:the|we|you)\b|\b(?:in|from) this (?:blog )?(?:post|article)\b/i;

/**
 * "Dan Abramov was interviewed on the Front-End Fire podcast", "Matt joined the JS Party podcast":
 * who appeared on which show is the page's news, not a fact to learn (seventeenth blind rating).
 */
const APPEARANCE = /\b(?:interviewed|appeared|joined|guested|talked|spoke|chatted)\b.*\b(?:podcasts?|livestreams?|episodes?|shows?)\b|\b(?:podcasts?|livestreams?|episodes?)\b.*\b(?:interviewed|hosted|featured|guests?)\b/i;

/**
 * "`uv pip check` will surface the following diagnostics:" / "- A package has a `Requires-Python`
 * that doesn't match …": an item that describes one of the things its lead-in announces says
 * nothing without it (seventh blind rating).
 */
function instanceOfLeadIn(sentence: Sentence): boolean {
  const { block } = sentence;
  // … or a value the item explains ("- `0` if Ruff terminates successfully" under "exits with the following status codes:")
  return block.kind === "item" && !!block.leadIn && /\b(?:the following\b[^:]*|as follows):\s*$/i.test(block.leadIn) && /^(?:(?:A|An|Some|Any)\s|\p{Ll}|\d+\s+(?:if|when|means)\b)/u.test(sentence.clean);
}

/**
 * "It provides" ⏎ "- better insights for ASF projects about who is downloading their software": an
 * item that goes on with the sentence its lead-in left open is no sentence of its own (sixteenth
 * round: "Better insights for ____ projects about …" was rated a fragment). An item that opens with
 * a name written in lower case ("esbuild is written in Go …") is a sentence.
 */
function completesLeadIn(sentence: Sentence): boolean {
  const { block } = sentence;
  if (block.kind !== "item" || !block.leadIn || !endsMidSentence(block.leadIn)) return false;
  const first = /^\p{Ll}[\p{L}\d-]*/u.exec(sentence.text)?.[0];
  return !!first && !isLowerCaseName(first);
}

/** A sentence that stops on a function word or a comma: the rest of it was code (or is missing). */
const CUT_BEFORE_CODE = /(?:,|\s(?:as|be|like|is|are|was|were|the|a|an|of|to|with|by|for|from|and|or|in|on|at|into|than|that))\s*$/i;

function screen(clean: string, dated = false, speaker?: string): SkipReason | undefined {
  if (clean.length < (dated ? 12 : 20) || clean.length > 400) return "length";
  if (!/\p{Ll}/u.test(clean)) return "no-letters";
  // "When did …?" asks; "When your data changes, the render method is called again." states
  if (/\?["”’)]*$/.test(clean) || /\?["”’)]*\s+\S/.test(clean) || /^(?:What|Why|How|Where|When|Who|Which)\s+(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b/.test(clean)) return "question";
  const own = outsideQuotes(clean);
  if (CODE.test(own)) return "code";
  if (FIRST_PERSON.test(own) && !(speaker && speakerCanResolve(own))) return "first-person";
  // "If you want …, X may be a better choice": advice to the reader, not a fact about X
  if (/^(?:If|Unless|Especially when|When you|Where you)\b/.test(clean) || /\b(?:you|your)\b.*\b(?:may|might|should|could) be (?:a|an|the) (?:better|good|safe|great)\b|\b(?:might|may) (?:also )?want to\b/i.test(own) || ADVICE_CHOICE.test(own) || READER_MUST.test(own) || RECOMMENDED.test(clean)) return "advice";
  if (JUDGEMENT.test(own) || PLATITUDE.test(own) || SUMMING_UP.test(clean)) return "judgement";
  // "Not everyone wants to use TypeScript": what people in general want, no fact about the thing
  if (/^(?:(?:However|But|Still|Yet|And|Of course),?\s+)?(?:not (?:everyone|everybody)|nobody|no one) (?:wants?|likes?|loves?|needs?|cares?|uses?|knows?)\b/i.test(clean)) return "judgement";
  // "The Libz Blitz mentioned in a previous section …": the sentence leans on the page's layout
  if (POINTER.test(own)) return "instruction";
  if (!dated && RELATIVE_MOMENT.test(own)) return "moment";
  if (APPEARANCE.test(own)) return "appearance";
  // "Vue does offer some significant advantages:": a lead-in to what follows, not a fact of its own
  if (/:\s*$/.test(clean)) return "fragment";
  // "The Scan method could instead have been defined as" before a code block: the sentence goes on in the code
  if (CUT_BEFORE_CODE.test(clean)) return "fragment";
  return undefined;
}

function hasFiniteVerb(tokens: Token[]): boolean {
  return tokens.some((t, i) => isAux(t) || (t.tags.has("Verb") && !t.tags.has("Gerund") && !(t.tags.has("Infinitive") && tokens[i - 1]?.lower === "to")));
}

/** "Although in FastAPI it's optional, and is used mainly to set headers.": a subordinate clause with no main clause after it. */
function subordinateOnly(a: Analysed): boolean {
  const first = a.tokens[0]?.lower ?? "";
  if (!/^(?:although|though|while|whereas|because|since|unless|if|when|whenever)$/.test(first)) return false;
  // after a word that only ever opens a clause, the main clause comes after that clause's verb
  // ("Although some built-in classes, such as Date, URL, Map, Set are supported." has none: the list
  // split its subject, twenty-first round); "Since early 2000, …" opens with a phrase
  const verbBefore = (c: Clause) => !/^(?:although|though|whereas|unless|if)$/.test(first) || finiteBetween(a.tokens, 1, c.subject[0]);
  return !a.clauses.some((c) => c.subject[0] > 0 && c.connective !== first && !c.dependent && verbBefore(c));
}

/** An instruction starts with a bare verb: "See the similarities…", "Join your nearest group". */
function isInstruction(tokens: Token[]): boolean {
  const first = tokens[0];
  if (!first || !/^[A-Z]/.test(first.text)) return false;
  if (first.tags.has("Infinitive") && first.tags.has("Verb") && !first.tags.has("Noun") && !isAux(first)) return true;
  // "For more detail see the blog posts …": a pointer to read elsewhere
  if (/^for (?:more|further) (?:details?|information|info)$/.test(tokens.slice(0, 3).map((t) => t.lower).join(" ")) || (first.lower === "see" && tokens[1]?.lower === "also")) return true;
  // "More information about PEAR can be found in the manual." (rated trivia blind on PHP's history)
  if (/^(?:more|further) (?:details?|information|info) (?:about|on|regarding)\b.* (?:can|may) be (?:found|read)\b/.test(tokens.map((t) => t.lower).join(" "))) return true;
  // "Run `ruff check --show-settings` to view …": a documentation verb the tagger read as a noun, with
  // no verb of its own before "to" (unlike "Use cases include …")
  if (!DOC_IMPERATIVES.has(first.lower)) return false;
  const to = tokens.findIndex((t) => t.lower === "to");
  return !tokens.slice(1, to < 0 ? tokens.length : to).some((t) => isAux(t) || (t.tags.has("Verb") && !t.tags.has("Infinitive") && !t.tags.has("Noun")));
}

const DOC_IMPERATIVES = new Set(["run", "use", "install", "add", "set", "enable", "disable", "configure", "pass", "see", "check", "try", "avoid", "replace", "remove", "call", "import", "create", "open", "click", "select", "type", "define", "specify", "change", "edit", "upgrade", "update"]);

/** Second person as the subject of the main clause ("You are all wrong"): advice, not a fact. */
function secondPersonSubject(tokens: Token[], main: Clause | undefined): boolean {
  if (!main) return false;
  const [from, to] = main.subject;
  return tokens.slice(from, to).some((t) => t.lower === "you" || t.lower === "your");
}

/**
 * "The OCaml Platform, an integrated set of development tools, has matured …": a subject described
 * between commas by a noun phrase with an article or a possessive (what the apposition says is a
 * sentence of its own, lib/content/appositions.ts).
 */
function appositiveSubject(subject: Token[]): boolean {
  const comma = subject.findIndex((t) => t.post.includes(","));
  if (comma < 0 || comma > 5) return false;
  const phrase = subject.slice(comma + 1);
  // or a participle's phrase: "The first Arrow release, numbered 0.1.0, was tagged …"
  const participle = phrase[0]?.tags.has("PastTense") && !isAux(phrase[0]) && phrase.length <= 6;
  if (phrase.length < 2 || phrase.length > 10 || !(/^(?:the|a|an)$/.test(phrase[0].lower) || /^\p{Lu}.*[’']s$/u.test(phrase[0].text) || participle)) return false;
  return phrase.at(-1)!.post.trim() === "," && phrase.slice(0, -1).every((t, i) => !/[,;:()]/.test(t.post) && (!isVerb(t) || (participle && i === 0)) && !t.tags.has("Pronoun"));
}

/** The main clause's subject holds no clause of its own and its verb is not in brackets. */
function wellFormedMain(tokens: Token[], main: Clause): boolean {
  const [from, to] = main.subject;
  if (to - from > 12) return false;
  const subject = tokens.slice(from, to);
  if (subject.some((t) => /^(?:which|who|whom|whose|once|because|although|though|whereas|unless|until)$/.test(t.lower) || /[;:]/.test(t.post))) return false;
  if (subject.slice(0, -1).some((t) => t.post.includes(",")) && !appositiveSubject(subject)) return false;
  // the verb must not sit inside parentheses: "Starlette (on which FastAPI is based)"
  let depth = 0;
  for (let i = 0; i <= main.verb[0] && i < tokens.length; i++) {
    depth += (tokens[i].pre.match(/\(/g)?.length ?? 0) - (i < main.verb[0] ? (tokens[i].post.match(/\)/g)?.length ?? 0) : 0);
  }
  // "Using the API is …", "Rendering pages … was" are clauses as subjects (singular, whatever follows
  // the gerund); "Engineering teams … are" is a gerund modifying a plural noun, as the verb agrees
  const verb = tokens[main.verb[0]];
  if (verb && nounPhraseOnly(subject, verb, tokens[main.verb[0] + 1]) && !finiteBetween(tokens, main.verb[1], tokens.length)) return false;
  const pluralVerb = !!verb && (/^(?:are|were|have|do)$/.test(verb.lower) || (verb.tags.has("PresentTense") && !/s$/.test(verb.lower) && !isAux(verb)));
  const gerundModifier = subject.length > 1 && subject[1].tags.has("Plural") && !subject[1].tags.has("Pronoun") && /^\p{Ll}/u.test(subject[1].text) && pluralVerb;
  return depth <= 0 && !(subject[0]?.tags.has("Gerund") && !subject[0].tags.has("Noun") && !gerundModifier);
}

/**
 * A noun phrase the tagger reads as a clause (a list item with no verb of its own, twentieth round):
 * a relative clause after its noun ("… features that spawned an ecosystem"), a participle with its
 * agent ("a fresh syntax made by a major contributor") or after "much" ("a toolchain much needed in
 * …"), with no finite verb after it. A verb that takes "by" in the active stays a verb ("Usage grew
 * by 20 %"), and so does the verb a relative clause leads to ("Projects that tried HiPE found …").
 */
const AGENT_PARTICIPLES = new Set(["made", "built", "created", "written", "developed", "designed", "maintained", "used", "led", "funded", "owned", "backed", "sponsored", "inspired", "powered", "founded", "invented", "proposed", "introduced", "released", "published", "adopted", "supported", "driven"]);

function nounPhraseOnly(subject: Token[], verb: Token, next: Token | undefined): boolean {
  if (subject.length > 1 && /^(?:that|which|who)$/.test(subject[subject.length - 1].lower)) return true;
  if (!verb.tags.has("PastTense") && !verb.tags.has("Participle")) return false;
  const before = subject[subject.length - 1]?.lower;
  return (next?.lower === "by" && AGENT_PARTICIPLES.has(verb.lower) && !subject.some((t) => t.tags.has("Pronoun"))) || before === "much";
}

/**
 * A name that is also an English word ("Spark", "Docker", "Rust") opening a sentence gets tagged
 * as a verb or adjective, which breaks the clause. The document's own capitalisation says it is a
 * name, so those sentences are tagged again with the name masked by a made-up capitalised word of
 * the same length (which compromise reads as a proper noun); offsets do not move. A project whose
 * own history this is may be spelt in lower case ("curl"): its name is masked the same way.
 */
function retagNames(analysed: Analysed[], entities: EntityIndex, project?: string): void {
  const again: Array<{ a: Analysed; masked: string }> = [];
  for (const a of analysed) {
    let masked = a.sentence.clean;
    let wrong = false;
    a.tokens.forEach((t, i) => {
      // a project spelt in lower case ("curl 5 was released …") is its name all the same
      const own = project !== undefined && /^\p{Ll}/u.test(project) && t.text === project;
      const word = own ? t.text : /^\p{Lu}[\p{L}\d]*/u.exec(t.text)?.[0];
      if (!word || t.tags.has("Noun") || (!own && (!entities.isNameToken(a.tokens, i) || !entities.capitalisedMidSentence(word)))) return;
      masked = masked.slice(0, t.start) + `Q${"z".repeat(word.length - 1)}` + masked.slice(t.start + word.length);
      wrong = true;
    });
    if (wrong) again.push({ a, masked });
  }
  if (again.length === 0) return;
  const tagged = tokenizeAll(again.map((x) => x.masked));
  again.forEach(({ a }, i) => {
    const text = a.sentence.clean;
    a.tokens = tagged[i].map((t) => {
      const original = text.slice(t.start, t.end);
      return original === t.text ? t : { ...t, text: original, lower: original.toLowerCase() };
    });
  });
}

/**
 * "**Rustfmt 1.0** A new code formatting tool built for Rust.": a labelled list item whose text
 * is a noun phrase describing its label reads as "Rustfmt 1.0 is a new code formatting tool …".
 */
function restateLabelledFragments(analysed: Analysed[], entities: EntityIndex): void {
  const fragments = analysed.filter((a) => {
    const label = a.sentence.block.label;
    // "A new tool built for Rust": a participle after the noun is no finite verb
    const finite = a.tokens.some((t) => isAux(t) || (t.tags.has("PresentTense") && t.tags.has("Verb")));
    return !!label && a.sentence.index === 0 && a.tokens.length > 0 && /^(?:A|An)\s/.test(a.sentence.clean) && !finite && label.split(/\s+/).length <= 5 && !/[—–:]/.test(label);
  });
  if (fragments.length === 0) return;
  const texts = fragments.map((a) => `${a.sentence.block.label} is ${a.sentence.clean.charAt(0).toLowerCase()}${a.sentence.clean.slice(1)}`);
  const tagged = tokenizeAll(texts);
  fragments.forEach((a, i) => {
    a.sentence = { ...a.sentence, clean: texts[i] };
    a.tokens = tagged[i];
    entities.observe(a.tokens);
  });
}

/** "Go ran only on Linux": the main clause tells of the past (and of something that happened, not "did not exist"). */
function pastTense(tokens: Token[], main: Clause): boolean {
  const first = tokens[main.verb[0]];
  if (tokens.slice(main.verb[0], main.verb[1] + 1).some((t) => /^(?:not|never|n't|n’t)$/.test(t.lower))) return false;
  return !!first && (first.tags.has("PastTense") || /^(?:was|were|had)$/.test(first.lower));
}

/**
 * The sentence states what holds in general ("is extremely liberal", "can be combined"), not an
 * event. A history's narrative present ("curl 7.10.8 is released", "the repository reaches 30,000
 * stars", "is 35000 lines of code") is an event or a dated count, so verbs other than a copula or
 * modal, and any figure, keep the date.
 */
function timeless(tokens: Token[], main: Clause): boolean {
  const first = tokens[main.verb[0]];
  if (!first || !/^(?:is|are|can|may|must|should)$/.test(first.lower)) return false;
  if (tokens.some((t) => /\d/.test(t.text))) return false;
  const next = tokens[main.verb[0] + 1];
  return !(next?.tags.has("PastTense") || next?.tags.has("Participle")) || /^(?:can|may|must|should)$/.test(first.lower);
}

/**
 * @param about the document's title (names a project written in lower case) and the year it was
 *   written (dates "this year")
 */
export function analyseSentences(sentences: Sentence[], headings: string[] = [], about: { title?: string; year?: number } = {}): { analysed: Analysed[]; entities: EntityIndex; project?: string } {
  const entities = new EntityIndex();
  for (const h of headings) entities.observeHeading(h);
  for (const block of new Set(sentences.map((s) => s.block))) {
    for (const link of block.links ?? []) entities.observeLink(link);
    for (const piece of block.code ?? []) entities.observeCode(piece);
  }
  const analysed: Analysed[] = [];
  const toTag: Analysed[] = [];
  const blockDates = new Map<number, Sentence["datePrefix"]>();
  const paragraphYears = new Map<number, number>();
  const voice = interviewee(sentences, headings);
  for (const original of sentences) {
    let sentence = liftDatePrefix(original);
    // an interview's answers (block quotes) speak with the interviewee's voice
    const speaker = voice && sentence.block.kind === "quote" ? voice : undefined;
    const trimmed = trimFirstPersonTail(sentence.clean, FIRST_PERSON);
    if (trimmed !== sentence.clean && !FIRST_PERSON.test(outsideQuotes(trimmed))) sentence = { ...sentence, clean: trimmed, trimmed: true };
    if (speaker && FIRST_PERSON.test(outsideQuotes(sentence.clean))) sentence = { ...sentence, speaker };
    // the date of a timeline line holds for every sentence of that line
    if (sentence.datePrefix) blockDates.set(sentence.block.id, sentence.datePrefix);
    else if (blockDates.has(sentence.block.id)) sentence = { ...sentence, datePrefix: { ...blockDates.get(sentence.block.id)!, lowerStart: false, inherited: true } };
    else sentence = inParagraphYear(sentence, paragraphYears);
    // after the dates above: the publication year is no date of an event, only what "this year" means
    if (about.year) sentence = withPublicationYear(sentence, about.year);
    const skip = screen(sentence.clean, !!sentence.datePrefix && !sentence.datePrefix.paragraph, sentence.speaker) ?? (instanceOfLeadIn(sentence) || completesLeadIn(sentence) || continuation(original) ? "fragment" : undefined);
    const a: Analysed = { sentence, tokens: [], clauses: [], skip };
    analysed.push(a);
    // Screened-out sentences are still tagged when they could be context for the next one.
    if (skip !== "length" && skip !== "no-letters" && skip !== "code") toTag.push(a);
  }
  const tagged = tokenizeAll(toTag.map((a) => a.sentence.clean));
  toTag.forEach((a, i) => {
    a.tokens = tagged[i];
    entities.observe(a.tokens);
  });
  dropAsides(toTag);
  const whole = new Set(analysed);
  const split = splitAtColons(analysed, (clean, a) => screen(clean, !!a.sentence.datePrefix, a.sentence.speaker));
  if (split !== analysed) {
    const tagged = new Set(toTag);
    analysed.splice(0, analysed.length, ...split);
    toTag.splice(0, toTag.length, ...split.filter((a) => tagged.has(a) || !whole.has(a)));
  }
  const project = voice ? undefined : restateProjectVoice(toTag, entities, (a) => screen(a.sentence.clean, !!a.sentence.datePrefix, a.sentence.speaker), about.title);
  retagNames(toTag, entities, project);
  restateLabelledFragments(analysed, entities);
  restateHeadlines(toTag);
  retagMisreadVerbs(toTag);
  for (const a of analysed) if (a.tokens.length > 0) parse(a);
  addAppositions(analysed, entities);
  return { analysed, entities, ...(project ? { project } : {}) };
}

/** "...into tightly optimized JavaScript that …": the rest of a sentence begun elsewhere (before a code block). */
function continuation(sentence: Sentence): boolean {
  return /^(?:\.{2,}|…)\s*\p{Ll}/u.test(sentence.text);
}

/** Clauses, the main clause, and the structural reasons to skip a tagged sentence. */
function parse(a: Analysed): void {
  a.clauses = parseClauses(a.tokens);
  a.main = a.clauses.find((c) => !c.dependent && c.subject[1] > c.subject[0]);
  // "January: Daniel released curl 7.5.2 under MIT. The MIT license is extremely liberal …": the
  // line's date is when the release happened, not when the license became liberal
  if (a.sentence.datePrefix?.inherited && a.main && (timeless(a.tokens, a.main) || (a.sentence.datePrefix.paragraph && !pastTense(a.tokens, a.main)))) {
    const { datePrefix: _undated, ...sentence } = a.sentence;
    a.sentence = sentence;
  }
  if (a.skip) return;
  if (a.tokens.length < (a.sentence.datePrefix ? 3 : 5) || a.tokens.length > 60) a.skip = "length";
  else if (!hasFiniteVerb(a.tokens) || !a.main || !wellFormedMain(a.tokens, a.main) || subordinateOnly(a)) a.skip = "fragment";
  else if (isInstruction(a.tokens)) a.skip = "instruction";
  else if (secondPersonSubject(a.tokens, a.main)) a.skip = "second-person";
}

/** Each apposition (lib/content/appositions) as a sentence of its own, kept with the sentence it is in. */
function addAppositions(analysed: Analysed[], entities: EntityIndex): void {
  const found = analysed.flatMap((a) => (a.tokens.length > 0 && a.skip !== "question" && a.skip !== "code" ? appositionsOf(a, entities).map((clean) => ({ a, clean })) : []));
  if (found.length === 0) return;
  const tagged = tokenizeAll(found.map((f) => f.clean));
  found.forEach(({ a, clean }, i) => {
    const { datePrefix: _date, restated: _restated, sharedWith: _shared, speaker: _speaker, trimmed: _trimmed, ...sentence } = a.sentence;
    const skip = screen(clean);
    const part: Analysed = { sentence: { ...sentence, clean, apposition: true }, tokens: tagged[i], clauses: [], ...(skip ? { skip } : {}) };
    parse(part);
    (a.appositions ??= []).push(part);
  });
}
