// Owns whether a question about a fact's object has exactly one right answer given the whole
// review. "What does PyTorch work with?" does not (PyTorch also uses pdb and TensorBoard); the
// question is then sharpened with the sentence's own reason clause ("… because it uses immediate
// execution?") or dropped. Used by the multiple-choice and short-answer generators.
import type { ExtractedFact } from "../facts";
import { normaliseAnswer, normaliseText } from "../normalise";
import type { GenerationContext } from "./context";
import { objectQuestion } from "./phrasing";

/** Facts about the same subject or its family ("TensorFlow" ↔ "TensorFlow 2.0", "TensorFlow code"). */
function familyFacts(ctx: GenerationContext, ef: ExtractedFact): ExtractedFact[] {
  const family = ctx.index.subjectFamilies.overlapping(normaliseAnswer(ef.fact.subject));
  return family.flatMap((subject) => ctx.index.bySubject.get(subject) ?? []);
}

function headOf(ef: ExtractedFact): string {
  const head = ef.grammar.objectHead ?? ef.fact.object.split(/\s+/).pop() ?? "";
  return head.toLowerCase();
}

/** Known names inside a phrase (runs of up to three words). */
function namesIn(ctx: GenerationContext, phrase: string): string[] {
  const words = phrase.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= Math.min(words.length, i + 3); j++) {
      const run = words.slice(i, j).join(" ");
      if (/^\p{Lu}/u.test(run) && ctx.entities.isKnownName(run)) out.push(run);
    }
  }
  return out;
}

/** Do two words share a stem ("debugger" / "debugging")? Five letters of common prefix is enough. */
function sameStem(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length, 5);
  return n >= 5 && a.slice(0, n) === b.slice(0, n);
}

/**
 * Another fact of the subject's family whose object would also answer the question: a named
 * object of the same type (any, for a bare "What …?"; one with the same head noun for "Which
 * debugger …?"), or a phrase that names the same kind of thing ("debugging tools such as pdb").
 */
export function rivalAnswers(ctx: GenerationContext, ef: ExtractedFact, head?: string): ExtractedFact[] {
  const v = ef.fact.value;
  if (ef.fact.role === "agent" || ef.fact.role === "venue") return [];
  // A bare "What …?" about a phrase is pinned down by its preposition (see short-answer.ts).
  if (v.kind !== "entity" && !(v.kind === "phrase" && head)) return [];
  const answer = normaliseAnswer(ef.fact.object);
  return familyFacts(ctx, ef).filter((other) => {
    const o = other.fact;
    if (other === ef || o.negated || normaliseAnswer(o.object) === answer) return false;
    if (o.value.kind === "entity" && (v.kind !== "entity" || o.value.entityType === v.entityType)) return !head || headOf(other) === head;
    if (o.value.kind !== "phrase") return false;
    if (head) return normaliseText(o.object).split(" ").some((w) => sameStem(w, head));
    // "standard editing tools such as Vim" names a thing of the answer's kind
    return v.kind === "entity" && namesIn(ctx, o.object).some((name) => ctx.entities.typeOf(name) === v.entityType);
  });
}

/** " because it uses immediate execution": a reason clause right after the object, if any. */
function reasonClause(ef: ExtractedFact): string | null {
  const { grammar: g, fact } = ef;
  if (g.objectStart < 0) return null;
  const written = g.cloze.slice(g.objectStart, g.objectStart + fact.object.length);
  if (normaliseText(written) !== normaliseText(fact.object)) return null;
  const m = /^\s*,?\s*(because|since)\s+([^.;,?!]+)/i.exec(g.cloze.slice(g.objectStart + fact.object.length));
  return m ? ` ${m[1].toLowerCase()} ${m[2].trim()}` : null;
}

/** The object's head noun as a question word ("Which debugger"), if the review uses it as a common noun. */
function headWord(ctx: GenerationContext, ef: ExtractedFact): string | null {
  const head = headOf(ef);
  if (!/^[a-z]+$/.test(head) || normaliseText(ef.fact.object) === head) return null;
  return ctx.index.sentenceWords.has(head) ? head : null;
}

/**
 * A wh-question whose only right answer, given every fact of the review, is this fact's object;
 * null when none can be phrased.
 */
export function unambiguousObjectQuestion(ctx: GenerationContext, ef: ExtractedFact): string | null {
  const question = objectQuestion(ef);
  if (!question) return null;
  const wh = /^(Which \S+|What|Who|When)\b/.exec(question)?.[1] ?? "";
  const givenHead = wh.startsWith("Which ") ? wh.slice(6).toLowerCase() : undefined;
  if (rivalAnswers(ctx, ef, givenHead).length === 0) return question;
  // Sharpen: name the kind of thing asked for and add the sentence's own reason.
  const reason = reasonClause(ef);
  if (!reason) return null;
  const head = givenHead ?? headWord(ctx, ef);
  const lead = head ? `Which ${head}` : wh;
  return `${lead}${question.slice(wh.length, -1)}${reason}?`;
}
