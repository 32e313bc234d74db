// Owns wrong answers: distractors of the same type and role as the right answer, never an alias
// or a part/parent of it, and never something another fact says is true of the same subject.
import { formatDate, type DateValue } from "../dates";
import type { ExtractedFact, Fact } from "../facts";
import { seededShuffle } from "../ids";
import { getOrCreate } from "../maps";
import { normaliseAnswer } from "../normalise";
import { bucketKey, type FactIndex, type GenerationContext, relationKindKey } from "./context";
import { displayAnswer } from "./phrasing";

/** Could `candidate` be mistaken for (or be a piece of) `answer`? */
export function overlaps(candidate: string, answer: string, aliases: string[] = []): boolean {
  const c = normaliseAnswer(candidate);
  for (const a of [answer, ...aliases].map(normaliseAnswer)) {
    if (!c || !a || c === a) return true;
    if (` ${c} `.includes(` ${a} `) || ` ${a} `.includes(` ${c} `)) return true; // "Google" vs "Google Brain team"
  }
  return false;
}

function shiftDate(value: DateValue, steps: number): string {
  const [y, m, d] = value.iso.split("-").map(Number);
  if (value.precision === "year") return formatDate({ iso: String(y + steps), precision: "year" });
  const total = y * 12 + (m - 1) + steps * 7; // 7-month steps vary both month and year
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const iso = value.precision === "month" ? `${ny}-${String(nm).padStart(2, "0")}` : `${ny}-${String(nm).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return formatDate({ iso, precision: value.precision });
}

/**
 * A bucket without repeats, built once per bucket and filter. Scanning a whole bucket for every
 * fact was quadratic on long documents, which repeat the same objects many times. A candidate
 * whose normalised text was already considered can never be picked again (it was rejected, or
 * picked and now clashes with itself), so only the first fact of each `groupOf` group matters —
 * and, with `otherSubject`, the group's first fact about another subject, for the callers that
 * skip the asking fact's own subject. Facts `groupOf` maps to null are never candidates.
 */
function firstOfEach(ctx: GenerationContext, cacheKey: string, facts: ExtractedFact[], groupOf: (ef: ExtractedFact) => string | null, otherSubject = false): ExtractedFact[] {
  const cache = getOrCreate(sourceCache, ctx.index, () => new Map<string, ExtractedFact[]>());
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const firsts = new Map<string, ExtractedFact>();
  const seconds = new Set<string>();
  const out: ExtractedFact[] = [];
  for (const ef of facts) {
    const group = groupOf(ef);
    if (group === null) continue;
    const first = firsts.get(group);
    if (!first) firsts.set(group, ef);
    else if (!otherSubject || seconds.has(group) || first.fact.subject === ef.fact.subject) continue;
    else seconds.add(group);
    out.push(ef);
  }
  cache.set(cacheKey, out);
  return out;
}

const sourceCache = new WeakMap<FactIndex, Map<string, ExtractedFact[]>>();

const wordCount = (s: string) => s.split(/\s+/).length;

function dateDistractors(ctx: GenerationContext, ef: ExtractedFact, max: number): string[] {
  const v = ef.fact.value as DateValue;
  const answer = displayAnswer(ef);
  const out: string[] = [];
  const add = (d: string) => {
    if (d !== answer && !out.includes(d) && out.length < max) out.push(d);
  };
  // Other dates of the same precision from the document are the most plausible.
  const key = bucketKey(ef);
  const dates = firstOfEach(ctx, `date ${key}`, ctx.index.buckets.get(key) ?? [], (other) => {
    const ov = other.fact.value;
    return ov.kind === "date" && !ov.relative ? formatDate(ov) : null;
  });
  for (const other of dates) {
    if (out.length >= max) break;
    if (other !== ef) add(formatDate(other.fact.value as DateValue));
  }
  // Then nearby dates, in a seeded order so the bank is reproducible.
  for (const step of seededShuffle([-2, -1, 1, 2, 3], ef.fact.id)) add(shiftDate(v, step));
  return out;
}

/**
 * Same-bucket objects that may stand in for this fact's object: never negated, and free phrases
 * only from named subjects (grouped by length too, which the caller compares).
 */
function sameBucketObjects(ctx: GenerationContext, ef: ExtractedFact): ExtractedFact[] {
  const key = bucketKey(ef);
  const phrase = ef.fact.value.kind === "phrase";
  return firstOfEach(
    ctx,
    `object ${key}`,
    ctx.index.buckets.get(key) ?? [],
    ({ fact: o }) => {
      if (o.negated || (phrase && !ctx.entities.isKnownName(o.subject))) return null;
      return phrase ? `${normaliseAnswer(o.object)}|${wordCount(o.object)}` : normaliseAnswer(o.object);
    },
    true,
  );
}

export function objectDistractors(ctx: GenerationContext, ef: ExtractedFact, max = 3): string[] {
  const { fact } = ef;
  if (fact.value.kind === "date") return fact.value.relative ? [] : dateDistractors(ctx, ef, max);
  const answer = fact.object;
  const aliases = fact.objectAliases ?? [];
  const truths = ctx.index.truthOverlaps.get(normaliseAnswer(fact.subject));
  const picked: string[] = [];
  // A reference title ("Pytorch vs Tensorflow: …") mentions names without being them: a site
  // named in it is still an honest wrong venue.
  const subjectClash = (c: string) => !fact.reference && overlaps(c, fact.subject);
  const consider = (c: string) => {
    if (picked.length >= max) return;
    // never something the review says of the subject, even inside a longer phrase ("… such as pdb")
    if (overlaps(c, answer, aliases) || subjectClash(c) || truths?.hasOverlap(c)) return;
    if (picked.some((p) => overlaps(c, p))) return;
    picked.push(c);
  };
  const words = wordCount(answer);
  // Free phrases only swap between named subjects sharing the exact relation ("X has …").
  const phrase = fact.value.kind === "phrase";
  if (!phrase || ctx.entities.isKnownName(fact.subject)) {
    for (const other of sameBucketObjects(ctx, ef)) {
      if (picked.length >= max) break;
      const o = other.fact;
      if (other === ef || (phrase && (o.subject === fact.subject || Math.abs(wordCount(o.object) - words) > 3))) continue;
      consider(o.object);
    }
  }
  // Names of the same type that the document mentions in a comparable role elsewhere.
  if (fact.value.kind === "entity" && picked.length < max && (fact.role === "agent" || fact.role === "venue")) {
    const type = fact.value.entityType;
    const key = `entity:${type}:${fact.role}`;
    if (type === "person") {
      const speakers = firstOfEach(ctx, "speakers", ctx.index.buckets.get("quote:quote") ?? [], (q) => normaliseAnswer(q.fact.subject));
      for (const q of speakers) consider(q.fact.subject);
    }
    const objects = firstOfEach(ctx, `any object ${key}`, ctx.index.buckets.get(key) ?? [], (f) => normaliseAnswer(f.fact.object));
    for (const f of objects) {
      if (picked.length >= max) break;
      consider(f.fact.object);
    }
  }
  return picked;
}

const MAX_SWAP_CANDIDATES = 25;

/**
 * Another subject that can replace this fact's subject to make a false statement: a name of the
 * same type, and no fact about it (or about a name containing it) says anything similar.
 */
export function subjectSwap(ctx: GenerationContext, ef: ExtractedFact): string | null {
  const { fact } = ef;
  if (/\band\b/.test(fact.subject) || !ctx.entities.isKnownName(fact.subject) || ef.grammar.subordinate) return null;
  let checked = 0;
  // Family roots only: "TensorFlow" rather than "TensorFlow 2.0".
  for (const s of ctx.index.rootNames.get(ctx.entities.typeOf(fact.subject)) ?? []) {
    if (checked >= MAX_SWAP_CANDIDATES) break;
    // "TensorFlow 2.0" inherits what is true of "TensorFlow": never swap within a family.
    if (s === fact.subject || overlaps(s, fact.subject)) continue;
    checked++;
    const key = normaliseAnswer(s);
    if ((ctx.index.bySubject.get(key)?.length ?? 0) < 2 || fact.statement.includes(s)) continue;
    if (saysSomethingSimilar(ctx, key, fact)) continue;
    // Names containing the candidate ("TensorFlow 2.0" for "TensorFlow") may share the object.
    const family = ctx.index.nameFamilies.overlapping(s).filter((n) => n !== s);
    const familyClash = family.some((n) => ctx.index.truths.get(normaliseAnswer(n))?.has(normaliseAnswer(fact.object)));
    if (!familyClash) return s;
  }
  return null;
}

/** Does a fact about `subject` (normalised) state this object, or another value for the same relation? */
function saysSomethingSimilar(ctx: GenerationContext, subject: string, fact: Fact): boolean {
  if (ctx.index.objectOverlaps.get(subject)?.hasOverlap(fact.object)) return true;
  // Another value of the same relation can be true as well ("has eager mode" next to "has
  // static graphs"), so the swapped statement would be unprovable — except for a date, where
  // "was released in 2016" makes "was released in 2015" plainly false.
  return fact.value.kind !== "date" && !!ctx.index.relationKinds.get(subject)?.has(relationKindKey(fact));
}

/** People who could be mistaken for the speaker of a quotation: other speakers and named authors. */
export function speakerDistractors(ctx: GenerationContext, ef: ExtractedFact, max = 3): string[] {
  const speaker = ef.fact.subject;
  const picked: string[] = [];
  const pool = [...(ctx.index.buckets.get("quote:quote") ?? []).map((q) => q.fact.subject), ...(ctx.index.buckets.get("entity:person:agent") ?? []).map((f) => f.fact.object)];
  for (const c of pool) {
    if (picked.length >= max) break;
    if (overlaps(c, speaker) || picked.some((p) => overlaps(c, p))) continue;
    picked.push(c);
  }
  return picked;
}
