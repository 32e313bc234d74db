// Owns the two tiers. Published: candidates the ranker rates likely acceptable, free of automatic
// defects, not incidental (an answer named once, outside its section's heading), not naming the
// other of two compared names (the answer is then the one left), not the date of a count, not
// echoed by their own prompt (nor sharing a common word with it), not relative to something
// unnamed ("… now", "… too", "…, though"), not which name goes with a statistic's figures, no
// release of a name to type, no versions to match, no subject typed among all names ("Which
// technology …?"), not from a newsletter's showcase of what others built, at most one recall
// question (cloze, multiple choice, short answer) and two questions in all per fact, no duplicate
// or ambiguous prompts, and no type above 45 % of the tier.
// Suggested: the next best, for the author to promote. Deterministic order: document position.
import type { QuestionType } from "./bank-schema";
import { askedText, questionDefects, setDefects, statementPart, type DefectClass } from "./defects";
import { isCommonplace } from "./commonplace";
import { normaliseAnswer, normaliseText } from "./normalise";
import { asksWhen, type Candidate } from "./questions/candidate";
import type { Statement } from "./statements";
import { speaksAt } from "./questions/agents";

export const PUBLISH_THRESHOLD = 0.6;
/**
 * The date of a milestone told in prose (a first release, a launch, a rename, a licence change;
 * never a timeline's line nor a feature's point release: minorDate) is published from here. The
 * ranker, trained mostly on blanks and names, scores them low: such eligible date questions it
 * rated 0.5–0.6 were 38 of 52 labelled acceptable (73 %, the tier's own rate), and without them a
 * history published almost nothing (Rust's five years 4 questions, curl's history 3, Go's 2).
 */
export const MILESTONE_DATE_THRESHOLD = 0.5;

function publishThresholdOf(c: Candidate): number {
  return (c.builder === "date-year" || c.builder === "date-mcq") && !minorDate(c) ? MILESTONE_DATE_THRESHOLD : PUBLISH_THRESHOLD;
}
/**
 * Below this a candidate is not even suggested. At 0.3 (until the twenty-first session) the
 * suggested tier was mostly blanks of a generic word: of every tiered candidate of eight reviews
 * rated blind while unseen, 91 of 303 acceptable; from 0.4, 76 of 173 (and 1127 of 2207 labelled on
 * all documents, against 1354 of 3182), with a median of 16 suggestions a document left to promote.
 */
export const SUGGEST_THRESHOLD = 0.4;
export const MAX_TYPE_SHARE = 0.45;
export const MAX_PER_FACT = 2;
const RECALL = new Set<QuestionType>(["cloze", "mcq", "short_answer"]);

export type Tier = "published" | "suggested";

export function hasDefects(c: Candidate): boolean {
  return candidateDefects(c).length > 0;
}

/** The automatic defects of a candidate's question, with what the candidate knows of its source. */
export function candidateDefects(c: Candidate): DefectClass[] {
  return questionDefects({
    question: c.question,
    fromReferences: c.statements.some((s) => s.analysed.sentence.block.role === "references"),
    hasContext: c.statements.some((s) => !!s.resolution.context),
    scope: c.scope,
  });
}

function better(a: Candidate, b: Candidate): number {
  return (b.score ?? 0) - (a.score ?? 0) || (a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0);
}

/**
 * What the tiers compare candidates by, each computed once per candidate: the normalised text a
 * question asks (askedText) and its source key. A selection reads them many times per candidate
 * (every fit, swap and repeat check), so they are kept for one selection's candidates.
 */
class Keys {
  private readonly asked = new Map<Candidate, string>();
  private readonly sources = new Map<Candidate, string>();

  askedOf(c: Candidate): string {
    let key = this.asked.get(c);
    if (key === undefined) this.asked.set(c, (key = askedText(c.question)));
    return key;
  }

  sourceOf(c: Candidate): string {
    let key = this.sources.get(c);
    if (key === undefined) this.sources.set(c, (key = sourceKey(c)));
    return key;
  }
}

class Picker {
  readonly picked: Candidate[] = [];
  private readonly perFact = new Map<string, number>();
  private readonly recallFacts = new Set<string>();
  private readonly prompts = new Set<string>();
  private readonly sources = new Set<string>();
  private readonly ids = new Set<string>();

  constructor(
    private readonly maxPerFact: number,
    private readonly keys: Keys,
  ) {}

  fits(c: Candidate): boolean {
    const q = c.question;
    if (this.ids.has(q.id) || this.prompts.has(this.keys.askedOf(c))) return false;
    if (this.sources.has(this.keys.sourceOf(c))) return false;
    for (const id of q.factIds) {
      if ((this.perFact.get(id) ?? 0) >= this.maxPerFact) return false;
      if (RECALL.has(q.type) && this.recallFacts.has(id)) return false;
    }
    return true;
  }

  take(c: Candidate): void {
    this.picked.push(c);
    this.ids.add(c.question.id);
    this.prompts.add(this.keys.askedOf(c));
    this.sources.add(this.keys.sourceOf(c));
    for (const id of c.question.factIds) {
      this.perFact.set(id, (this.perFact.get(id) ?? 0) + 1);
      if (RECALL.has(c.question.type)) this.recallFacts.add(id);
    }
  }
}

/** Type, answer and the sentence asked about (its own, not the context shown before it: "This leads to …" and "However, there may be …" after the same sentence are two facts). */
function sourceKey(c: Candidate): string {
  const start = c.statements[0]?.analysed.sentence.start ?? c.source.start;
  // a true/false and its other polarity from one sentence are one fact ("Preact is (not) intended
  // to be a reimplementation of React": both were offered, eighteenth blind rating)
  // "the GPL" and "GPL" are one answer, as the question's id says (two of one id would be one
  // question twice, and the bank's store refuses a second)
  const answer = c.question.type === "true_false" ? "" : typeof c.question.answer === "string" ? normaliseAnswer(c.question.answer) : normaliseText(JSON.stringify(c.question.answer));
  return `${c.question.type}|${start}|${answer}`;
}

/**
 * Keeps every type at or under the share cap by changing which question asks a fact before
 * dropping any: a fact asked by a question of the over-represented type is asked instead by its
 * best eligible question of a type that has room (the smallest loss in score first). Only when no
 * such swap is left are the weakest questions of that type demoted (while other types remain).
 * Exported for its test (tests/content/type-share.test.ts); selectTiers is the way in.
 */
export function capTypeShare(published: Candidate[], eligible: Candidate[], keys = new Keys()): { kept: Candidate[]; demoted: Candidate[] } {
  let kept = [...published];
  const demoted: Candidate[] = [];
  const alternatives = new Map<string, Candidate[]>();
  // how many alternatives ask each text: a demotion frees one prompt, and only an alternative
  // asking it can make a swap that the step before did not find (below)
  const altPrompts = new Map<string, number>();
  for (const c of eligible) if (c.question.factIds.length === 1 && RECALL.has(c.question.type) && !openNameBlank(c)) {
    const list = alternatives.get(c.question.factIds[0]);
    if (list) list.push(c);
    else alternatives.set(c.question.factIds[0], [c]);
    altPrompts.set(keys.askedOf(c), (altPrompts.get(keys.askedOf(c)) ?? 0) + 1);
  }
  // the kept questions' types and what they ask, kept up to date with each swap and demotion (a
  // tier's prompts are distinct, but counted all the same)
  const counts = new Map<QuestionType, number>();
  const prompts = new Map<string, number>();
  const add = (c: Candidate, n: number) => {
    const t = c.question.type;
    if ((counts.get(t) ?? 0) + n === 0) counts.delete(t);
    else counts.set(t, (counts.get(t) ?? 0) + n);
    prompts.set(keys.askedOf(c), (prompts.get(keys.askedOf(c)) ?? 0) + n);
  };
  for (const c of kept) add(c, 1);
  // After a step that found no swap and demoted a question of the same type, a swap can only be
  // new if it brings in an alternative asking the demoted question's prompt: the kept questions
  // are fewer, every other type's room is no larger, and only that prompt was freed. So the next
  // search looks only for it, and is skipped when no alternative asks it.
  let freed: { type: QuestionType; prompt: string } | undefined;
  for (let guard = 0; guard < 4 * published.length + 4; guard++) {
    const [type, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
    if (!type || n === undefined || n <= MAX_TYPE_SHARE * kept.length) break;
    const room = (t: QuestionType) => (counts.get(t) ?? 0) + 1 <= MAX_TYPE_SHARE * kept.length;
    const only = freed?.type === type ? freed.prompt : undefined;
    let best: { out: Candidate; in: Candidate; loss: number } | undefined;
    if (only === undefined || altPrompts.has(only)) {
      for (const c of kept) {
        if (c.question.type !== type || c.question.factIds.length !== 1) continue;
        for (const alt of alternatives.get(c.question.factIds[0]) ?? []) {
          if (alt.question.type === type || !room(alt.question.type) || (prompts.get(keys.askedOf(alt)) ?? 0) > 0 || (only !== undefined && keys.askedOf(alt) !== only)) continue;
          const loss = (c.score ?? 0) - (alt.score ?? 0);
          if (!best || loss < best.loss || (loss === best.loss && better(alt, best.in) < 0)) best = { out: c, in: alt, loss };
        }
      }
    }
    if (best) {
      const { out, in: alt } = best;
      kept = kept.map((c) => (c === out ? alt : c));
      add(out, -1);
      add(alt, 1);
      freed = undefined;
      continue;
    }
    // with fewer than three types no share cap under 50 % can hold by demoting: it would empty the
    // tier down to one question, so demotion stops at an even split of the types present (and a
    // tier of one type, when no fact has a question of another, stays)
    if (n <= Math.max(MAX_TYPE_SHARE, 1 / counts.size) * kept.length || counts.size < 2) break;
    const weakest = weakestOf(kept, type);
    kept.splice(kept.indexOf(weakest), 1);
    add(weakest, -1);
    demoted.push(weakest);
    freed = { type, prompt: keys.askedOf(weakest) };
  }
  return { kept, demoted };
}

/**
 * A name blanked as the subject with no choices ("____ is effectively an alternate Python
 * interpreter" → Nuitka): not what a multiple choice among the document's names swaps to when
 * multiple choice is over its share — the choices were what ruled out a second right answer
 * (labelled published such clozes with a multiple choice of the same blank: 25 of 45 acceptable;
 * twenty-second round, 0 of 5, rated ambiguous blind).
 */
function openNameBlank(c: Candidate): boolean {
  return c.builder === "cloze" && c.span?.role === "subject" && c.span.kind === "name";
}

/** The last of the candidates of `type` sorted by `better` (of equals, the last in order), in one pass. */
function weakestOf(candidates: Candidate[], type: QuestionType): Candidate {
  let weakest: Candidate | undefined;
  for (const c of candidates) if (c.question.type === type && (!weakest || better(c, weakest) >= 0)) weakest = c;
  return weakest!;
}

/**
 * Whether the question asks the sentence's own fact: an answer in the main clause's subject, or
 * after its verb before any clause break. "Hug was created by ____, the same creator of isort, a
 * great tool to sort imports in Python files" asks what the sentence says; "… in ____ files"
 * (Python) asks an aside of it. Questions without a span (dates, matching) count as central.
 */
function asksMainFact(c: Candidate): boolean {
  const st = c.statements[0];
  const main = st?.analysed.main;
  if (!c.span || !main) return true;
  const { from, to } = c.span;
  if (from >= main.subject[0] && to <= main.subject[1]) return true;
  if (from < main.verb[0]) return false;
  const tokens = st.analysed.tokens;
  for (let k = main.verb[0]; k < from; k++) if (/[,;:(—–]/.test(tokens[k].post)) return false;
  return true;
}

/**
 * Which of the document's names a sentence is about, asked with those names as the choices: the
 * choices rule out a second right answer from outside the document, the commonest rejection of
 * cloze and short-answer questions about a subject (held-out blind ratings: 80 % acceptable
 * against 43 % and 49 %; strict labels: 74 % against 33 % and 57 %).
 */
function choosesSubject(c: Candidate): boolean {
  return c.builder === "mcq-subject";
}

/** A question within this much of a fact's best may be chosen instead of it to keep the types balanced. */
const BALANCE_MARGIN = 0.12;

/**
 * Greedy, balanced: multi-fact questions first (best first), then each fact in order of its best
 * candidate, taking its recall question from the type the tier has least of among those nearly as
 * good as the best, then a second (true/false) question if one fits.
 */
function pickPublished(eligible: Candidate[], keys: Keys): Candidate[] {
  const picker = new Picker(MAX_PER_FACT, keys);
  const counts = new Map<QuestionType, number>();
  const take = (c: Candidate) => {
    picker.take(c);
    counts.set(c.question.type, (counts.get(c.question.type) ?? 0) + 1);
  };
  for (const c of eligible.filter((c) => c.question.factIds.length > 1)) if (picker.fits(c)) take(c);
  const byFact = new Map<string, Candidate[]>();
  for (const c of eligible) if (c.question.factIds.length === 1) {
    const list = byFact.get(c.question.factIds[0]);
    if (list) list.push(c);
    else byFact.set(c.question.factIds[0], [c]);
  }
  const facts = [...byFact.values()].sort((a, b) => better(a[0], b[0]));
  for (const options of facts) {
    const best = options[0].score ?? 0;
    const recall = options.filter((c) => RECALL.has(c.question.type) && (c.score ?? 0) >= best - BALANCE_MARGIN && picker.fits(c));
    // the sentence's own fact before an aside of it, then the type the tier has least of
    recall.sort((a, b) => Number(asksMainFact(b)) - Number(asksMainFact(a)) || Number(choosesSubject(b)) - Number(choosesSubject(a)) || (counts.get(a.question.type) ?? 0) - (counts.get(b.question.type) ?? 0) || better(a, b));
    if (recall[0]) take(recall[0]);
    for (const c of options) if (!RECALL.has(c.question.type) && picker.fits(c)) {
      take(c);
      break;
    }
  }
  return picker.picked;
}

/**
 * A typed answer that is a release of a name ("Which technology introduced large file support?" →
 * Curl 7.11.0; "Which technology will become LTS?" → Node.js 27): no student produces the exact
 * release from the prompt (0 of 3 labelled, 0 of 2 on held-out Node.js posts). As multiple choice
 * among the document's releases it is fair.
 */
function typedRelease(c: Candidate): boolean {
  return c.question.type === "short_answer" && !asksWhen(c) && typeof c.question.answer === "string" && /^\p{Lu}[^\s]*(?:\s[^\s\d][^\s]*)*\s\d+(?:\.\d+)*$/u.test(c.question.answer);
}

/**
 * A matching of features to the versions that brought them ("The Try Operator → 1.13"): a version
 * number to recall, which the rubric says is no fact worth learning (a blind random sample rejected
 * all three of Rust's it drew); suggested at most.
 */
function isVersionMatching(c: Candidate): boolean {
  return c.question.type === "matching" && Array.isArray(c.question.answer) && c.question.answer.every((pair) => /→ v?\d+(?:\.\d+)+$/.test(pair));
}

/**
 * A blank in a timeline's line ("August: the first HTTP/3 requests with curl." → "In August 2019,
 * the first ____ requests with curl."): a note more than a sentence, whose date is what it says
 * (16 of 117 such labelled questions acceptable, 1 of 3 published). Its date is asked instead.
 */
function blankInTimelineNote(c: Candidate): boolean {
  return RECALL.has(c.question.type) && !asksWhen(c) && c.statements.some((s) => !!s.analysed.sentence.datePrefix);
}

/**
 * The date of an event the review does not mark as one that counts (a first, a launch, a major
 * release …: features.ts MILESTONE): of such date questions the ranker rated likely, 17 of 41
 * labelled acceptable, against 25 of 38 milestones (curl's timeline published twenty, half trivia).
 * Nor the date of a timeline's line, milestone or not ("December: curl 5 was released …", "OSS-Fuzz
 * started fuzzing libcurl"): a timeline dates each of its many entries, and of their date questions
 * scored 0.5 or more, 23 of 98 labelled acceptable, against 56 of 93 in prose.
 */
function minorDate(c: Candidate): boolean {
  return (c.builder === "date-year" || c.builder === "date-mcq") && (!c.features?.date_milestone || c.statements.some((s) => !!s.analysed.sentence.datePrefix));
}

/** From a newsletter's showcase of what others built: suggested at most (see structure/document.ts). */
function showcased(c: Candidate): boolean {
  return c.statements.every((s) => s.analysed.sentence.block.showcase);
}

/**
 * "Which technology is a full-featured framework that is designed to be highly opinionated?": a
 * typed answer to a subject question among all the names there are, where the review may say the
 * same of another (it calls Angular opinionated too). Half of such labelled published questions
 * were acceptable, 4 of 11 on unseen pages, and 1 in 12 of "Which technology does the review
 * describe as …?", against four in five of the same facts asked among the document's names (mcq)
 * and 37 of 41 asked "Which of A and B …?": suggested only.
 */
function openSubject(c: Candidate): boolean {
  // "Compared with Graphite, which technology …?" has one other side: 3 of 3 labelled acceptable
  return (c.builder === "subject-question" || c.builder === "definition") && !c.scope && !c.question.prompt.startsWith("Compared with ");
}

/**
 * Names every student of the field knows, that a blank of theirs gives away when the document is
 * not about them ("Astro automatically strips unnecessary ____ from the page" → JavaScript; "With
 * ____'s outstanding support for reflection …" in Flask's design notes → Python): 10 of 30 such
 * labelled questions the ranker rates likely were acceptable, against 369 of 568 of other answers.
 * A name a heading holds is what the document is about (JSON in an essay on REST and JSON).
 */
function commonplace(c: Candidate): boolean {
  return RECALL.has(c.question.type) && typeof c.question.answer === "string" && isCommonplace(c.question.answer) && !c.features?.answer_in_heading;
}

/**
 * An answer the document mentions once, and not in the heading of its section: an incidental
 * detail more often than a fact worth learning (published recall questions of that kind: 46 %
 * acceptable on the strict labels against 67 %; on fresh pages 39 % against 83 % when the heading
 * names the answer). Such a question is only suggested. Dates are left to the ranker: a history
 * dates each event once.
 */
function incidental(c: Candidate): boolean {
  // an expansion is spelled out once by nature; the acronym is what the document uses
  if (c.builder === "acronym") return false;
  // a date asked as a choice among dates ("When did the following happen?") is a date too
  return RECALL.has(c.question.type) && !asksWhen(c) && !c.features?.kind_date && !c.question.answerValue && !c.features?.answer_in_heading && !c.features?.answer_repeated_in_doc;
}

/**
 * A question the ranker rates well that is still only suggested:
 * - the document's own topic as the answer ("____ has been voted most loved" in a post about Rust) tests nothing;
 * - in a document comparing two names, a question that names one of them: the answer is the other
 *   (1 of 23 such labelled questions acceptable: "Generally Dask is smaller and lighter weight than ____");
 * - when a count was reached ("The curl website gets 4000 visits weekly"): the count keeps changing;
 * - the date of a feature added or a point release (27 % of such labelled date questions acceptable;
 *   a blind rating of curl's and Rust's dates: trivia), or an ordering mostly of them;
 * - a prompt that all but says its answer ("____ of things … was spotty; some things were well
 *   documented" → Documentation: 20 of 117 such labelled questions acceptable), or has a word of it
 *   ("… different concatenation for each runtime" → Module Concatenation: 27 of 170);
 * - a claim relative to something unnamed ("… by default now", "… too", "still": 5 of 64);
 * - which name goes with which figures of a statistic ("PyTorch at 72 mentions, with ____ at 273": 3 of 25);
 * - what a comparison is made against ("… in a different way than ____": 6 of 24);
 * - and the rules below (typed releases, versions to match, open subject questions, incidental
 *   and commonplace answers, showcases, blanks in a timeline's notes, dates of no milestone).
 */
const HOLD_BACK: ReadonlyArray<readonly [string, (c: Candidate) => boolean]> = [
  ["answer is the topic", (c) => !!c.features?.answer_is_topic],
  ["names the other compared name", (c) => !!c.features?.answer_foil_named],
  ["date of a count", (c) => !!c.features?.date_of_count],
  ["date of a minor release", (c) => (c.features?.date_minor ?? 0) >= 0.5],
  ["answer echoed by the prompt", (c) => !!c.features?.answer_echoed],
  ["answer word in the prompt", (c) => !!c.features?.answer_word_in_prompt],
  ["relative claim", (c) => !!c.features?.relative_claim],
  ["statistic", (c) => !!c.features?.statistic],
  ["comparand", comparand],
  ["typed release", typedRelease],
  ["versions to match", isVersionMatching],
  ["open subject", openSubject],
  ["incidental", incidental],
  ["commonplace", commonplace],
  ["showcased", showcased],
  ["blank in a timeline note", blankInTimelineNote],
  ["minor date", minorDate],
  ["employer", employer],
  ["adviser", adviser],
  ["denied blank", deniedBlank],
  ["spelled out", spelledOut],
  ["timeline notes swapped", swappedTimelineNotes],
  ["exclaimed", exclaimed],
  ["shared by another", sharedByOther],
  ["bracketed alias", bracketedAlias],
  ["who said it", whoSaidIt],
  ["points to a source", pointsToSource],
];

/** The first rule that holds a candidate back from the published tier, by name (`bank:eval --show` prints it). */
export function heldBackBy(c: Candidate): string | undefined {
  return HOLD_BACK.find(([, rule]) => rule(c))?.[0];
}

/**
 * Whom the document quotes or recalls, as the answer: "____ remembers discovering that Facebook had
 * quietly integrated Asm.js …", "Programmer ____ said …" — who told the anecdote, not a fact of
 * the story (twenty-third round: rated trivia blind; of the labelled questions this rule is the first
 * to hold back, 0 of 3 acceptable).
 */
function whoSaidIt(c: Candidate): boolean {
  const st = c.statements[0];
  return RECALL.has(c.question.type) && !!c.span && !!st && speaksAt(st, c.span.from, c.span.to);
}

/**
 * A sentence that points to where something is written up ("Some additional details about the early
 * design of HARP are available in Techniques for Dynamic Software Migration from 1988", "Paul R
 * Potts wrote about his experiences with Apple Dylan"): the bibliography, told in prose (twenty-fifth
 * round, both published and rated trivia blind; 1 of 5 such labelled questions acceptable).
 */
const SOURCE_POINTER = /\b(?:are|is) (?:available|described|discussed|documented|detailed|explained) in\b|\bwrote about\b|\bwrote a (?:blog )?post\b/i;

function pointsToSource(c: Candidate): boolean {
  return c.statements.some((st) => SOURCE_POINTER.test(st.analysed.sentence.clean));
}

/**
 * A blank that is what a comparison is made against ("Capacitor manages plugins in a different way
 * than ____" → Cordova, "Vue is much less opinionated than ____" → Angular, "Unlike ____, AsciiDoc
 * can …"): the one other the review weighs is given away, or any other fits (6 of 24 such
 * labelled questions acceptable, 0 of 3 published; eighteenth round, rated trivial).
 */
const COMPARAND_BLANK = /\b(?:than|[Uu]nlike|compared (?:to|with)|different(?:ly)? from|versus|vs\.?) ____/;

function comparand(c: Candidate): boolean {
  return RECALL.has(c.question.type) && COMPARAND_BLANK.test(c.question.prompt);
}

/**
 * A sentence the writer exclaims ("Elixir is very popular and a great language!", "… very cool,
 * especially because of its OCaml heritage!"): enthusiasm more than a fact to learn (fourteenth
 * round, 0 of 2 published rated acceptable blind; 5 of 32 such labelled candidates acceptable).
 */
function exclaimed(c: Candidate): boolean {
  // "The Apache NetBeans Community is inviting you to participate!." too
  return /!\.?\s*$/.test(c.statements[0]?.analysed.sentence.clean ?? "");
}

/**
 * A subject typed for a claim that says something else holds it too: "____ also has an audit log
 * that posts to Slack …", "Which of Elixir and Gleam is another language that runs on the Erlang
 * virtual machine?" (both do). Of such labelled published cloze and "Which of" questions none of 6
 * was acceptable (fourteenth round: 0 of 3), rejected as ambiguous: the something else fits the
 * blank too. Among choices it may not be one (multiple choice: 5 of 8 acceptable), so those stay.
 */
const SHARED_CLAIM = /(?:^Which of [^?]+? and \S+ |____ )(?:(?:is|was|are|were|has|have|had|does|did|can|could|will|would)\s+)?(?:also|another)\b/;

function sharedByOther(c: Candidate): boolean {
  return (c.builder === "subject-question" || (c.span?.role === "subject" && c.question.type === "cloze")) && SHARED_CLAIM.test(statementPart(c.question.prompt));
}

/**
 * A blank that is all a bracket holds, after what it names ("Dask's DataFrame (____)" → DaskDF,
 * "the Log-Structured Merge-tree (____)" → LSM-tree, "Munich (____)" → Germany): an abbreviation
 * or a gloss the words before it give away (3 of 13 such labelled questions acceptable; twenty-second
 * round, rated given away blind).
 */
function bracketedAlias(c: Candidate): boolean {
  return RECALL.has(c.question.type) && /\(____\)/.test(statementPart(c.question.prompt));
}

/**
 * Two lines of a timeline swapped into each other ("Zulip Server 1.7 was released, with 3675 new
 * commits …", "Plane 3.9.0 released with ChibiOS support, …" from Copter's line): which release
 * brought which counts or features is the timeline's detail (0 of 3 labelled acceptable, against
 * 24 of 27 such swaps in prose); so are two numbered releases told in prose ("The OCaml 5.0 release
 * in 2012 added GADTs …").
 */
function swappedTimelineNotes(c: Candidate): boolean {
  return c.builder.startsWith("contrast-parallel") && c.statements.some((s) => !!s.analysed.sentence.datePrefix || releaseSubject(s));
}

/** "The OCaml 4.0 release in 2012 added GADTs …": a subject that is a numbered release, a timeline's line in prose. */
function releaseSubject(s: Statement): boolean {
  const main = s.analysed.main;
  return !!main && s.analysed.tokens.slice(main.subject[0], main.subject[1]).some((t) => /^v?\d+\.\d+(?:\.\d+)*$/.test(t.text));
}

/**
 * An acronym asked from the sentence that spells it out ("____ is an acronym for Representational
 * State Transfer" → REST): the expansion gives its letters away (twelfth round, rated given away
 * blind, as multiple choice and as "Which technology …?"). What an acronym stands for is the
 * acronym builder's question.
 */
function spelledOut(c: Candidate): boolean {
  return RECALL.has(c.question.type) && typeof c.question.answer === "string" && /^[A-Z][A-Za-z]*[A-Z]s?$/.test(c.question.answer) && /\b(?:acronym|abbreviation|initialism) (?:for|of)\b|\b(?:stands|short) for\b/i.test(c.question.prompt);
}

/**
 * A blank in what a sentence denies ("GraphQL was not invented to enable ____" → Relay; "FastAPI is
 * not actually an alternative to ____" → Requests): a denial leaves countless answers (twelfth
 * round, rated vague blind; 1 of 4 such published questions labelled acceptable). What is denied
 * of a subject ("____ does not check …") is asked as that subject, and stays.
 */
function deniedBlank(c: Candidate): boolean {
  const main = c.statements[0]?.analysed.main;
  if (c.question.type !== "cloze" || !c.span || !main || c.span.from < main.complement[0] || c.span.to > main.complement[1]) return false;
  return c.statements[0].analysed.tokens.slice(main.verb[0], main.verb[1]).some((t) => /^(?:not|n['’]t|never)$/.test(t.lower));
}

/**
 * Whom someone works for, asked as a blank of their post ("Sundar Pichai, the chief executive of
 * ____, has said …" → Google): a post is trivia, not what the page teaches (see appositions.ts,
 * where blind raters rejected such descriptions), and a famous one gives its company away.
 */
function employer(c: Candidate): boolean {
  return RECALL.has(c.question.type) && /\b(?:chief executive|executive|officer|ceo|cto|cfo|president|director|manager|engineer|employee|chair(?:man|woman)?)s? (?:of|at) ____/i.test(c.question.prompt);
}

/**
 * Who advised the people credited with a piece of work ("… developed by Yunsup Lee, Andrew Waterman
 * …, advised by ____" → Krste Asanović): the credits of a history, not its story (twenty-fourth
 * round, published and rated trivia blind; 0 of 2 such labelled questions acceptable).
 */
function adviser(c: Candidate): boolean {
  return RECALL.has(c.question.type) && /\b(?:advised|supervised|mentored) by ____/i.test(c.question.prompt);
}

export function selectTiers(candidates: Candidate[]): Candidate[] {
  for (const c of candidates) delete c.question.tier;
  // below the suggestion threshold a candidate is in neither tier, defects or not: only the others are checked
  const clean = candidates.filter((c) => (c.score ?? 0) >= SUGGEST_THRESHOLD && !hasDefects(c)).sort(better);
  const eligible = clean.filter((c) => (c.score ?? 0) >= publishThresholdOf(c) && heldBackBy(c) === undefined);
  const keys = new Keys();
  const published = { picked: pickPublished(eligible, keys) };
  // ambiguity shows only across questions: two published prompts with different answers
  const flagged = setDefects(published.picked.map((c) => c.question));
  const unflagged = published.picked.filter((c) => !flagged.has(c.question.id));
  const { kept, demoted } = capTypeShare(unflagged, eligible.filter((c) => !flagged.has(c.question.id)), keys);
  // Suggestions: other questions the author may promote, up to two per fact, never a repeat of a
  // published question (same prompt, or same type and answer from the same sentence).
  const suggested = new Picker(MAX_PER_FACT, keys);
  const publishedKeys = new Set(kept.flatMap((c) => [keys.askedOf(c), keys.sourceOf(c), c.question.id]));
  const suggestions: Candidate[] = [];
  const isKept = new Set(kept);
  // the topic as the answer is no better a suggestion (eighth blind rating: 39 of 53 rejected suggestions on new pages were trivial, most of them "____" = the page's own product)
  for (const c of [...demoted, ...clean.filter((c) => !isKept.has(c) && !c.features?.answer_is_topic)].sort(better)) {
    if (flagged.has(c.question.id) || publishedKeys.has(c.question.id) || publishedKeys.has(keys.askedOf(c)) || publishedKeys.has(keys.sourceOf(c)) || !suggested.fits(c)) continue;
    suggested.take(c);
    suggestions.push(c);
  }
  for (const c of kept) c.question.tier = "published";
  for (const c of suggestions) c.question.tier = "suggested";
  return [...kept, ...suggestions].sort((a, b) => a.source.start - b.source.start || (a.question.tier === b.question.tier ? 0 : a.question.tier === "published" ? -1 : 1) || better(a, b));
}
