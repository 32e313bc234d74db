// Owns the first person plural of a project writing its own history ("January: We dropped support
// for Gopher." in curl's history, "when we release Go 1.2" on the Go blog). When the writers say
// they release, ship or change the thing the document is about, their "we" is that project's
// developers: such sentences are restated in the third person ("Curl's developers dropped support
// for Gopher.") instead of being lost as first-person. Only a "we" that makes something is restated
// ("dropped", "switched", "will release"); what the writers want, think or cannot cover stays
// theirs and yields no fact. Interviews
// (lib/content/voices.ts) and quotations keep their speakers.
import { outsideQuotes, type Analysed } from "./analysis";
import { isLowerCaseName, type EntityIndex } from "./entities";
import { knownWord, tokenizeAll, type Token } from "./tokens";
import { lemma } from "./verbs";

const MAKERS = /\b(?:[Ww]e(?:['’]ve|\s+(?:have|had|then|also|finally|first|just|initially|originally))?(?:\s+(?:also|then|finally|first|just))?(?:\s+decided\s+to(?:\s+not)?)?\s+(?:released?|ship(?:ped)?|launched|dropped|switched|started|added|introduced|renamed|changed|rewrote|redesigned)\b|[Ww]e(?:['’]re|\s+are)\s+(?:(?:very|so)\s+)?(?:happy|excited|thrilled|proud|pleased|delighted|over the moon)\s+to\s+announce\b|[Oo]ur\s+(?:first\s+|biggest\s+|latest\s+)?releases?\b)/;
const PLURAL = /\b(?:[Ww]e|[Oo]ur|[Uu]s)\b/;
// "we've" is "we have" ("We've also changed our tagline"); "we're", "we'd", "we'll" are the writers'
const OTHER_FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)(?![\p{L}'’])|\b(?:[Mm]e|[Mm]y|[Mm]ine|[Ww]e['’](?!ve\b)\w+|[Oo]urs|[Oo]urselves|[Mm]yself)\b/u;

/**
 * The name the document is about, when its writers are the ones who make it; otherwise undefined.
 * @param title the document's title: a lower-case word of it no dictionary knows ("The year 2021
 *   for pnpm") is a name too
 */
export function projectName(analysed: Analysed[], entities: EntityIndex, title = ""): string | undefined {
  if (!analysed.some((a) => a.sentence.block.kind !== "quote" && MAKERS.test(outsideQuotes(a.sentence.clean)))) return undefined;
  const names = new Set<string>(title.split(/[^\p{L}\p{N}]+/u).filter(isLowerCaseName));
  for (const a of analysed) a.tokens.forEach((t, i) => entities.isNameToken(a.tokens, i) && names.add(bare(t.text).toLowerCase()));
  const counts = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  for (const a of analysed) {
    for (const t of a.tokens) {
      const word = bare(t.text);
      const lower = word.toLowerCase();
      if (!names.has(lower)) continue;
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
      const forms = spellings.get(lower) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      spellings.set(lower, forms);
    }
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // said twice as often as any other name, or most often and alone in the title ("Where is Strimzi
  // 1.0.0?", a history that names Kafka almost as often); never one of two the title names ("Why we
  // switched from X to Y" is written by neither's developers)
  const titleWords = title.toLowerCase().split(/[^\p{L}\p{N}.]+/u);
  const titledAlone = !!first && titleWords.includes(first[0]) && !(second && titleWords.includes(second[0]));
  if (!first || first[1] < 8 || (second && !titledAlone && first[1] < 2 * second[1])) return undefined;
  // an English word the title does not name is no project ("line" in VS Code's "Text Buffer
  // Reimplementation" made "Line's developers built a text buffer …")
  if (title && knownWord(first[0]) && !title.toLowerCase().split(/[^\p{L}\p{N}.]+/u).includes(first[0])) return undefined;
  // writers who say they took it up are its users, not its makers ("We started working with gRPC
  // for Go late in Q1 of 2016" in Yik Yak's migration post became "gRPC's developers started …")
  if (analysed.some((a) => a.sentence.block.kind !== "quote" && usesIt(outsideQuotes(a.sentence.clean), first[0]))) return undefined;
  return [...spellings.get(first[0])!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

const TOOK_UP = /\b[Ww]e(?:['’]ve|\s+have|\s+had)?\s+(?:(?:also|then|first|initially|eventually|finally)\s+)?(?:started\s+(?:using|working\s+with)|began\s+(?:using|working\s+with)|adopted|chose|evaluated|migrated\s+to|switched\s+to|moved\s+to)\s+(?:the\s+)?(\S+)/g;

/** "we started working with gRPC", "we adopted Kafka", "we switched to Rust": the writers took the name up. */
function usesIt(text: string, name: string): boolean {
  for (const m of text.matchAll(TOOK_UP)) if (bare(m[1].replace(/[,.;:!?)]+$/, "")).toLowerCase() === name) return true;
  return false;
}

const bare = (word: string) => word.replace(/[’']s$/, "");


/** What a project's developers do to it — not what its writers think, want or cannot cover. */
const MAKING = new Set([
  "release", "ship", "launch", "drop", "switch", "start", "add", "introduce", "rename", "move", "stabilise", "stabilize",
  "remove", "deprecate", "rewrite", "create", "build", "implement", "announce", "merge", "replace", "port", "publish",
  "enable", "deliver", "fix", "improve", "complete", "finish", "redesign", "migrate", "open-source", "preview", "hold",
  "change",
]);

const ADVERBS = /^(?:also|then|finally|first|just|later|eventually|soon|already|recently|initially|originally)$/;

/** "we dropped", "we then switched", "we have also started", "we will release": a verb of making follows (past tense, perfect, or after will). */
function makes(tokens: Token[], at: number): boolean {
  let i = at;
  while (tokens[i] && ADVERBS.test(tokens[i].lower)) i++;
  if (/^(?:have|had)$/.test(tokens[i]?.lower ?? "")) {
    i++;
    while (tokens[i] && ADVERBS.test(tokens[i].lower)) i++;
  }
  const verb = tokens[i];
  if (!verb) return false;
  if (/^(?:will|['’]ll)$/.test(verb.lower)) return MAKING.has(tokens[i + 1]?.lower ?? "");
  if (!verb.tags.has("PastTense")) return false;
  // "we continued to improve gopls", "we decided to (not) release 1.0.0"
  if (/^(?:continue|decide)$/.test(lemma(verb.lower)) && tokens[i + 1]?.lower === "to") {
    const next = tokens[i + 2]?.lower === "not" ? i + 3 : i + 2;
    return MAKING.has(lemma(tokens[next]?.lower ?? ""));
  }
  return MAKING.has(lemma(verb.lower));
}

/**
 * "we dropped" → "curl's developers dropped", "our build system" → "Rust's build system"; undefined when a "we" is not followed by a past tense or a modal.
 * @param earlier ranges restated before ("in 2021" for "this year"): they keep their words in the new wording
 */
export function inTheThirdPerson(text: string, tokens: Token[], project: string, earlier: Array<[number, number]> = []): { text: string; restated: Array<[number, number]> } | undefined {
  let out = "";
  let at = 0;
  const restated: Array<[number, number]> = [];
  const edits: Array<{ end: number; delta: number }> = [];
  // "us" is the developers only beside a "we" that makes something: "Go is far more than just us on
  // the Go team" says nothing about Go's developers
  if (tokens.some((t) => t.lower === "us") && !tokens.some((t, i) => t.lower === "we" && makes(tokens, i + 1))) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.lower;
    if (lower !== "we" && lower !== "our" && lower !== "us") continue;
    if (lower === "we" && !makes(tokens, i + 1)) return undefined;
    // "Our first attempt at Helm", "Our other open source project - also called Deis": an "our"
    // beside the project's own name, or of another project, is the writers' company, not the
    // project ("Helm's first attempt at Helm" was rated garbled blind)
    if (lower === "our" && (tokens[i + 1]?.lower === "other" || ownsTheProject(tokens, i, project))) return undefined;
    const phrase = lower === "our" ? `${project}'s` : `${project}'s developers`;
    out += text.slice(at, t.start);
    restated.push([out.length, out.length + phrase.length]);
    // the project's own spelling, even first ("curl's developers"): rendering capitalises what opens a statement
    out += phrase;
    edits.push({ end: t.end, delta: phrase.length - (t.end - t.start) });
    at = t.end;
  }
  const moved = (offset: number) => offset + edits.filter((e) => e.end <= offset).reduce((sum, e) => sum + e.delta, 0);
  const kept = earlier.map(([from, to]) => [moved(from), moved(to)] as [number, number]);
  return { text: out + text.slice(at), restated: [...kept, ...restated].sort((x, y) => x[0] - y[0]) };
}

/** "Our first attempt at Helm": the noun phrase an "our" opens ends on the project, after a preposition. */
function ownsTheProject(tokens: Token[], at: number, project: string): boolean {
  for (let k = at + 1; k < Math.min(tokens.length, at + 8); k++) {
    if (isVerbToken(tokens[k]) || /[,;:.!?]/.test(tokens[k - 1].post)) return false;
    if (bare(tokens[k].text).toLowerCase() === project.toLowerCase() && tokens[k - 1].tags.has("Preposition")) return true;
  }
  return false;
}

const isVerbToken = (t: Token) => t.tags.has("Verb") && !t.tags.has("Gerund") && !t.tags.has("Participle");

/**
 * Restates the first-person sentences of a project's own history in the third person and tags
 * them again; `rescreen` says whether the restated sentence is still to be skipped. Returns the
 * project's name, when the document is its own history.
 */
export function restateProjectVoice(analysed: Analysed[], entities: EntityIndex, rescreen: (a: Analysed) => Analysed["skip"], title?: string): string | undefined {
  const project = projectName(analysed, entities, title);
  if (!project) return undefined;
  const changed: Array<{ a: Analysed; text: string; restated: Array<[number, number]> }> = [];
  for (const a of analysed) {
    if (a.skip !== "first-person" || a.sentence.block.kind === "quote" || a.sentence.speaker) continue;
    const own = outsideQuotes(a.sentence.clean);
    if (!PLURAL.test(own) || OTHER_FIRST_PERSON.test(own)) continue;
    const restatement = inTheThirdPerson(a.sentence.clean, a.tokens, project, a.sentence.restated);
    if (restatement) changed.push({ a, ...restatement });
  }
  if (changed.length === 0) return project;
  const tagged = tokenizeAll(changed.map((c) => c.text));
  changed.forEach(({ a, text, restated }, i) => {
    const { datePrefix } = a.sentence;
    // "January: we …" / "January: We …" alike read "In January 2006, curl's developers …"
    const lowerStart = datePrefix && restated[0][0] === 0 ? { datePrefix: { ...datePrefix, lowerStart: /^\p{Ll}/u.test(project) } } : {};
    a.sentence = { ...a.sentence, clean: text, restated, ...lowerStart };
    a.tokens = tagged[i];
    a.skip = rescreen(a);
  });
  return project;
}
