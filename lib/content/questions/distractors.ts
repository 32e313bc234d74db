// Owns wrong answers: distractors of the same type and role as the right answer, never an alias
// or a part/parent of it, and never something another fact says is true of the same subject.
import { formatDate, type DateValue } from "../dates";
import type { ExtractedFact } from "../facts";
import { seededShuffle } from "../ids";
import { normaliseAnswer } from "../normalise";
import { bucketKey, type GenerationContext } from "./context";
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

function dateDistractors(ctx: GenerationContext, ef: ExtractedFact, max: number): string[] {
  const v = ef.fact.value as DateValue;
  const answer = displayAnswer(ef);
  const out: string[] = [];
  const add = (d: string) => {
    if (d !== answer && !out.includes(d) && out.length < max) out.push(d);
  };
  // Other dates of the same precision from the document are the most plausible.
  for (const other of ctx.index.buckets.get(bucketKey(ef)) ?? []) {
    if (out.length >= max) break;
    const ov = other.fact.value;
    if (other === ef || ov.kind !== "date" || ov.relative) continue;
    add(formatDate(ov));
  }
  // Then nearby dates, in a seeded order so the bank is reproducible.
  for (const step of seededShuffle([-2, -1, 1, 2, 3], ef.fact.id)) add(shiftDate(v, step));
  return out;
}

export function objectDistractors(ctx: GenerationContext, ef: ExtractedFact, max = 3): string[] {
  const { fact } = ef;
  if (fact.value.kind === "date") return fact.value.relative ? [] : dateDistractors(ctx, ef, max);
  const answer = fact.object;
  const aliases = fact.objectAliases ?? [];
  const truths = [...(ctx.index.truths.get(normaliseAnswer(fact.subject)) ?? [])];
  const picked: string[] = [];
  // A reference title ("Pytorch vs Tensorflow: …") mentions names without being them: a site
  // named in it is still an honest wrong venue.
  const subjectClash = (c: string) => !fact.reference && overlaps(c, fact.subject);
  const consider = (c: string) => {
    if (picked.length >= max) return;
    // never something the review says of the subject, even inside a longer phrase ("… such as pdb")
    if (overlaps(c, answer, aliases) || subjectClash(c) || truths.some((t) => overlaps(c, t))) return;
    if (picked.some((p) => overlaps(c, p))) return;
    picked.push(c);
  };
  const words = answer.split(/\s+/).length;
  const named = (x: string) => ctx.entities.isKnownName(x);
  for (const other of ctx.index.buckets.get(bucketKey(ef)) ?? []) {
    if (picked.length >= max) break;
    const o = other.fact;
    if (other === ef || o.negated) continue;
    // Free phrases only swap between named subjects sharing the exact relation ("X has …").
    if (fact.value.kind === "phrase" && !(named(o.subject) && named(fact.subject) && o.subject !== fact.subject && Math.abs(o.object.split(/\s+/).length - words) <= 3)) continue;
    consider(o.object);
  }
  // Names of the same type that the document mentions in a comparable role elsewhere.
  if (fact.value.kind === "entity" && picked.length < max && (fact.role === "agent" || fact.role === "venue")) {
    const type = fact.value.entityType;
    const pools = [`entity:${type}:${fact.role}`];
    if (type === "person") for (const q of ctx.index.buckets.get("quote:quote") ?? []) consider(q.fact.subject);
    for (const key of pools) for (const f of ctx.index.buckets.get(key) ?? []) consider(f.fact.object);
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
  const type = ctx.entities.typeOf(fact.subject);
  let checked = 0;
  for (const s of ctx.index.namedSubjects) {
    if (checked >= MAX_SWAP_CANDIDATES) break;
    if (s === fact.subject || ctx.entities.typeOf(s) !== type) continue;
    // "TensorFlow 2.0" inherits what is true of "TensorFlow": never swap within a family.
    if (overlaps(s, fact.subject)) continue;
    // Prefer the family's root name: "TensorFlow" rather than "TensorFlow 2.0".
    if (ctx.index.namedSubjects.some((n) => n !== s && n.length < s.length && overlaps(n, s))) continue;
    checked++;
    const about = ctx.index.bySubject.get(normaliseAnswer(s)) ?? [];
    if (about.length < 2 || fact.statement.includes(s)) continue;
    const contradictsNothing = !about.some(
      (f) => overlaps(f.fact.object, fact.object) || (f.fact.relation === fact.relation && f.fact.value.kind === fact.value.kind && f.fact.value.kind !== "date"),
    );
    // Names containing the candidate ("TensorFlow 2.0" for "TensorFlow") may share the object.
    const family = ctx.index.namedSubjects.filter((n) => n !== s && overlaps(n, s));
    const familyClash = family.some((n) => (ctx.index.truths.get(normaliseAnswer(n)) ?? new Set()).has(normaliseAnswer(fact.object)));
    if (contradictsNothing && !familyClash) return s;
  }
  return null;
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
