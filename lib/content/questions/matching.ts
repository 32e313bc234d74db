// Owns matching questions: what the document says of each of several named subjects in
// parallel ("Spark is written in Scala", "Dask is written in Python"): match each subject to the
// phrase that completes the shared predicate.
import { MATCH_SEPARATOR } from "../bank-schema";
import type { Contrast, ContrastSide } from "../contrasts";
import type { LabelledEntry } from "../events";
import type { Statement } from "../statements";
import { seededShuffle } from "../ids";
import { normaliseAnswer } from "../normalise";
import type { Span } from "../spans";
import type { GenerationContext } from "./context";
import { descriptionsOf, type Description } from "./descriptions";
import { type Candidate, explanationOf, labelKey, questionId, sourceOf, sourceRange } from "./candidate";
import { sentenceKey } from "../sentences";

interface Pair {
  side: ContrastSide;
  span: Span;
}

/** The first short constituent of the complement: the value the subject is matched to. */
function valueOf(ctx: GenerationContext, side: ContrastSide): Span | undefined {
  const [from, to] = side.clause.complement;
  const spans = (ctx.spans.get(side.st) ?? []).filter((s) => s.from >= from && s.to <= to && s.kind !== "adjective" && s.to - s.from <= 5);
  return spans.sort((a, b) => a.from - b.from || b.to - a.to)[0];
}

/** "is written in" — the words between the subject and the value, shared by every pair. */
function stemOf(p: Pair): string {
  const { tokens, sentence } = p.side.st.analysed;
  const from = p.side.clause.verb[0];
  if (p.span.from <= from) return "";
  return sentence.clean.slice(tokens[from].start, tokens[p.span.from - 1].end).trim();
}

/** One matching question: each left item paired with the right value at the same position. */
function matchingCandidate(ctx: GenerationContext, statements: Statement[], left: string[], rights: string[], prompt: string, explanation?: string, builder = "parallel"): Candidate {
  const answer = left.map((l, i) => `${l}${MATCH_SEPARATOR}${rights[i]}`);
  const source = sourceRange(statements);
  const id = questionId(ctx.slug, "matching", statements.map((s) => sentenceKey(s.analysed.sentence)), answer);
  return {
    question: {
      id,
      factIds: statements.map((s) => ctx.factId(s)),
      type: "matching",
      prompt,
      left,
      choices: seededShuffle(rights, id),
      answer,
      explanation: explanation ?? explanationOf(statements),
      source: sourceOf(statements),
    },
    statements,
    builder,
    source,
    key: labelKey("matching", source, answer),
  };
}

export function matchingCandidates(ctx: GenerationContext, contrasts: Contrast[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of contrasts) {
    if (c.kind !== "parallel") continue;
    const pairs = [c.a, c.b].map((side) => ({ side, span: valueOf(ctx, side) })).filter((p): p is Pair => !!p.span);
    if (pairs.length < 2) continue;
    const stems = pairs.map(stemOf);
    if (!stems[0] || stems.some((s) => s.toLowerCase() !== stems[0].toLowerCase())) continue;
    // "… is ____": what a name is, cut to its first words ("Canopy → a Svelte"), is asked whole among
    // all the document's descriptions (descriptionMatchingCandidates)
    if (/^(?:is|are|was|were)$/i.test(stems[0])) continue;
    const rights = pairs.map((p) => p.span.text);
    if (new Set(rights.map(normaliseAnswer)).size !== rights.length) continue;
    out.push(matchingCandidate(ctx, pairs.map((p) => p.side.st), pairs.map((p) => p.side.name), rights, `Match each to what completes “… ${stems[0]} ____” according to the review.`));
  }
  return out;
}

const MAX_LABEL_PAIRS = 4;

/**
 * Entries labelled "<key> — <name>" ("1.13 — The Try Operator"): match each name to its key,
 * four entries of one section at a time.
 */
export function labelMatchingCandidates(ctx: GenerationContext, entries: LabelledEntry[]): Candidate[] {
  const bySection = new Map<string, LabelledEntry[]>();
  for (const entry of entries) {
    const section = entry.st.analysed.sentence.block.headingPath[0] ?? "";
    bySection.set(section, [...(bySection.get(section) ?? []), entry]);
  }
  const out: Candidate[] = [];
  for (const section of bySection.values()) {
    const versions = section.every((e) => /^v?\d+(?:\.\d+)*$/.test(e.key));
    for (let i = 0; i + 2 < section.length + 1 && i < section.length; i += MAX_LABEL_PAIRS) {
      const chunk = section.slice(i, i + MAX_LABEL_PAIRS);
      if (chunk.length < 3) break;
      if (new Set(chunk.map((e) => normaliseAnswer(e.key))).size !== chunk.length) continue;
      const prompt = versions ? "Match each item to the version the review lists it under." : "Match each item to the label the review lists it under.";
      out.push(matchingCandidate(ctx, chunk.map((e) => e.st), chunk.map((e) => e.name), chunk.map((e) => e.key), prompt, chunk.map((e) => `${e.key} — ${e.name}`).join("; ")));
    }
  }
  return out;
}

const MAX_DESCRIPTION_PAIRS = 5;

/** Content words of a description: two that say the same kind of thing with fewer words would both fit. */
function contentWords(text: string): Set<string> {
  return new Set(normaliseAnswer(text).split(" ").filter((w) => w && !/^(?:a|an|the|of|for|to|and|or|in|on|with|by|from|that|its|their)$/.test(w)));
}

/**
 * Whether two descriptions tell their names apart: neither says half of what the other says. "An
 * open-source time series database" (InfluxDB) beside "a distributed time series database based
 * on Hadoop and HBase" (OpenTSDB) fits both (rejected blind).
 */
function apart(a: Set<string>, b: Set<string>): boolean {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared < Math.min(a.size, b.size) / 2;
}

/**
 * What the document says each name is ("Docker is a tool for packaging and running applications in
 * lightweight containers", "Packer is a tool for automating the creation of machine images …"):
 * match each name to its description, three to five at a time in document order. The other
 * descriptions are the document's own, so none fits a second name.
 */
export function descriptionMatchingCandidates(ctx: GenerationContext): Candidate[] {
  // each description kept only if it is apart from every one kept before it
  const all: Description[] = [];
  const words: Set<string>[] = [];
  for (const d of descriptionsOf(ctx)) {
    const own = contentWords(d.text);
    if (words.some((w) => !apart(own, w))) continue;
    all.push(d);
    words.push(own);
  }
  if (all.length < 3) return [];
  const groups = Math.ceil(all.length / MAX_DESCRIPTION_PAIRS);
  const size = Math.ceil(all.length / groups);
  const out: Candidate[] = [];
  for (let i = 0; i < all.length; i += size) {
    const group = all.slice(i, i + size);
    if (group.length < 3) continue;
    const explanation = group.map((d) => `${d.name} is ${d.text}.`).join(" ");
    out.push(matchingCandidate(ctx, group.map((d) => d.st), group.map((d) => d.name), group.map((d) => d.text), "Match each name to what the review says it is.", explanation, "descriptions"));
  }
  return out;
}
