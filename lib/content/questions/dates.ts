// Owns date questions: "when did the following happen?" as multiple choice (the other choices are dates
// the document gives other events, never invented ones) or as a typed year, and timelines to
// put in order. Dates are compared at the precision the document states them.
import { formatDate, type DatePrecision } from "../dates";
import { eventDate, type DatedEvent } from "../events";
import { seededShuffle } from "../ids";
import { containsWords } from "../normalise";
import { possessive } from "../references";
import { renderStatement } from "../statements";
import type { GenerationContext } from "./context";
import { type Candidate, explanationOf, labelKey, questionId, sourceOf, sourceRange } from "./candidate";
import { sentenceKey } from "../sentences";

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

const timeOf = (iso: string) => Date.parse(iso.padEnd(10, "-01").slice(0, 10));

interface Timeline {
  times: number[];
  texts: string[];
}

/** The document's dates that can be shown at `precision`, in time order (built once per document and precision). */
const timelines = new WeakMap<DatedEvent[], Map<DatePrecision, Timeline>>();
function timelineAt(events: DatedEvent[], precision: DatePrecision): Timeline {
  let byPrecision = timelines.get(events);
  if (!byPrecision) timelines.set(events, (byPrecision = new Map()));
  let line = byPrecision.get(precision);
  if (!line) {
    const points = events
      .filter((o) => RANK[o.precision] >= RANK[precision])
      .map((o) => ({ time: timeOf(o.iso), text: eventDate(o, precision) }))
      .sort((a, b) => a.time - b.time || (a.text < b.text ? -1 : 1));
    line = { times: points.map((p) => p.time), texts: points.map((p) => p.text) };
    byPrecision.set(precision, line);
  }
  return line;
}

/**
 * Up to three other dates of the document at the answer's precision, the nearest in time first
 * (ties by text), for a month or a day each of another year. Walks outwards from the answer's
 * place in the document's timeline, so a long history costs a binary search per question, not a
 * sort.
 */
function dateDistractors(e: DatedEvent, events: DatedEvent[], precision: DatePrecision = e.precision): string[] {
  const { times, texts } = timelineAt(events, precision);
  const at = timeOf(e.iso);
  let right = 0;
  for (let hi = times.length; right < hi; ) {
    const mid = (right + hi) >> 1;
    if (times[mid] < at) right = mid + 1;
    else hi = mid;
  }
  let left = right - 1;
  const seen = new Set([eventDate(e, precision)]);
  const years = new Set([e.iso.slice(0, 4)]);
  const out: string[] = [];
  while (out.length < 3 && (left >= 0 || right < times.length)) {
    const l = left >= 0 ? { d: at - times[left], text: texts[left] } : undefined;
    const r = right < times.length ? { d: times[right] - at, text: texts[right] } : undefined;
    const takeLeft = !!l && (!r || l.d < r.d || (l.d === r.d && l.text < r.text));
    const text = takeLeft ? l!.text : r!.text;
    if (takeLeft) left--;
    else right++;
    if (seen.has(text)) continue;
    // a month or a day is asked among other years: the answer's own year and those of the choices
    // taken are no choice ("July 2017" among "June 2017" and "August 2017" asks the month: 7 of 37
    // such labelled questions acceptable, against 12 of 19 among years)
    if (precision !== "year" && years.has(text.slice(-4))) continue;
    seen.add(text);
    years.add(text.slice(-4));
    out.push(text);
  }
  return out;
}

/**
 * " in curl's history" when an event ("TELNET support was added.", "Version 2.2 was released.")
 * does not name what it happened to; never for what another name did ("GitHub launched …" in an
 * interview about pjax), and only when the card's header (the deck title) names it: the name a
 * document mentions most is not always what it is about ("in Bush's history" in a "History of
 * the Web" that quotes Vannevar Bush at length, rated garbled blind).
 */
function historyOf(ctx: GenerationContext, e: DatedEvent): string {
  if (!ctx.topicName || !containsWords(ctx.title, ctx.topicName) || containsWords(e.label, ctx.topicName) || isOwnActor(ctx, e)) return "";
  return ` in ${possessive(ctx.topicName)} history`;
}

/** The event's subject is a name that acts (not "HSTS is supported"): the event is its own. */
function isOwnActor(ctx: GenerationContext, e: DatedEvent): boolean {
  const { main, tokens } = e.st.analysed;
  if (!main || main.subject[1] <= main.subject[0]) return false;
  const named = tokens.slice(main.subject[0], main.subject[1]).every((_, i) => ctx.entities.isNameToken(tokens, main.subject[0] + i));
  return named && !tokens.slice(main.verb[0], main.verb[1]).some((t) => /^(?:is|are|was|were|be|been|being|'s|’s)$/.test(t.lower));
}

/** "In which year does the review place “Global Allocators” in Rust's history?": a labelled entry's year. */
function placePrompt(ctx: GenerationContext, e: DatedEvent): string {
  return `In which year does the review place “${e.label}”${historyOf(ctx, e)}?`;
}

export function dateCandidates(ctx: GenerationContext, events: DatedEvent[]): Candidate[] {
  const out: Candidate[] = [];
  const titleYears = new Set(ctx.title.match(/\b\d{4}\b/g));
  for (const e of events) {
    const statements = [e.st];
    const source = sourceRange(statements);
    const sentence = sentenceKey(e.st.analysed.sentence);
    // an event told without its date ("When did the following happen? …") is asked by its year:
    // the day or the month of a history's events is what the blind ratings called trivia ("The
    // exact day curl was bundled in Mac OS X"); a date that completes the sentence keeps its form
    const precision = e.span || e.phrase ? e.precision : "year";
    const answer = eventDate(e, precision);
    const distractors = dateDistractors(e, events, precision);
    if (distractors.length >= 2 && !titleYears.has(answer)) {
      const id = questionId(ctx.slug, "mcq", [sentence], answer);
      const prompt = e.phrase
        ? placePrompt(ctx, e)
        : e.span
          ? `Which date completes the statement? ${renderStatement(e.st, { blank: [e.span.from, e.span.to] }, ctx.resolutions)}`
          : `When did the following happen${historyOf(ctx, e)}? ${e.label}`;
      out.push({
        question: { id, factIds: [ctx.factId(e.st)], type: "mcq", prompt, choices: seededShuffle([answer, ...distractors], id), answer, explanation: explanationOf(statements), source: sourceOf(statements) },
        statements,
        span: e.span,
        builder: "date-mcq",
        source,
        key: labelKey("mcq", source, answer),
      });
    }
    // typed: the year alone, checked at year precision — unless the title says it ("pnpm in 2025"),
    // or the event has no label of its own to ask it by (an opening participle's date)
    const year = e.iso.slice(0, 4);
    if (titleYears.has(year) || !e.label) continue;
    out.push({
      question: {
        id: questionId(ctx.slug, "short_answer", [sentence], year),
        factIds: [ctx.factId(e.st)],
        type: "short_answer",
        prompt: e.phrase ? placePrompt(ctx, e) : `In which year did the following happen${historyOf(ctx, e)}? ${e.label}`,
        answer: year,
        answerValue: { kind: "date", iso: year, precision: "year", text: year },
        explanation: explanationOf(statements),
        source: sourceOf(statements),
      },
      statements,
      span: e.span,
      builder: "date-year",
      source,
      key: labelKey("short_answer", source, year),
    });
  }
  return out;
}

/** Timelines: runs of 3–4 events with distinct years, in document order, to put in order. */
export function orderingCandidates(ctx: GenerationContext, events: DatedEvent[]): Candidate[] {
  const out: Candidate[] = [];
  const usable = events.filter((e) => e.label && e.label.split(" ").length <= 16);
  const byYear = new Map<string, DatedEvent>();
  for (const e of usable) if (!byYear.has(e.iso.slice(0, 4))) byYear.set(e.iso.slice(0, 4), e);
  const picked = [...byYear.values()];
  for (let i = 0; i + 3 <= picked.length; i += 4) {
    const chunk = picked.slice(i, i + 4);
    if (chunk.length < 3) break;
    const sorted = [...chunk].sort((a, b) => (a.iso < b.iso ? -1 : 1));
    const labels = sorted.map((e) => e.label);
    if (new Set(labels).size !== labels.length) continue;
    const statements = sorted.map((e) => e.st);
    const id = questionId(ctx.slug, "ordering", statements.map((s) => sentenceKey(s.analysed.sentence)), labels);
    let choices = seededShuffle(labels, id);
    if (choices.join("\n") === labels.join("\n")) choices = [...labels.slice(1), labels[0]];
    const source = sourceRange(statements);
    out.push({
      question: {
        id,
        factIds: statements.map((s) => ctx.factId(s)),
        type: "ordering",
        prompt: sorted.every((e) => e.phrase) ? "Put these in the chronological order the review gives them, earliest first." : "Put these events in chronological order, earliest first.",
        choices,
        answer: labels,
        explanation: sorted.map((e) => `${formatDate({ iso: e.iso, precision: e.precision })}: ${e.label}`).join(" "),
        source: sourceOf(statements),
      },
      statements,
      builder: "timeline",
      source,
      key: labelKey("ordering", source, labels),
    });
  }
  return out;
}
