// Owns turning a fact into a grammatical question about its object ("When was TensorFlow
// released to the public?", "Which team first developed TensorFlow?") or, failing that, a
// statement to complete. Templates only fire when the clause shape is known to invert cleanly.
import { formatDate } from "../dates";
import type { ExtractedFact } from "../facts";
import { pastTense } from "../verbs";

function doSupport(tense: "past" | "present", plural: boolean): string {
  if (tense === "past") return "did";
  return plural ? "do" : "does";
}

const TRAILING_PREP = /(?:^|\s+)(?:in|on|at|during|by|since)$/i;

/** The question word(s) for an object: When / Who / Which team / What. */
function whWord(ef: ExtractedFact): string {
  const { fact, grammar } = ef;
  if (fact.value.kind === "date") return "When";
  if (fact.value.kind === "entity" && fact.value.entityType === "person") return "Who";
  // "Which team …" only when the object names something; "Which control …" for "more control" reads badly.
  const head = grammar.objectHead;
  if (head && /^[a-z]/.test(head) && /\b[A-Z]/.test(fact.object) && fact.object.split(/\s+/).length <= 6 && !/\bof\b/.test(fact.object)) {
    return `Which ${head}`;
  }
  return "What";
}

/** A wh-question whose answer is the fact's object, or null when no template fits. */
export function objectQuestion(ef: ExtractedFact): string | null {
  const { fact, grammar: g } = ef;
  if (fact.negated || fact.value.kind === "quote" || fact.value.kind === "phrase" && fact.object.split(/\s+/).length > 6) return null;
  const subject = fact.subject;
  const wh = whWord(ef);
  const adverbs = g.adverbs ? `${g.adverbs} ` : "";
  // Passive agent: "was first developed by X" → "Which team first developed TensorFlow?"
  if (g.passive && /(?:^|\s)by$/.test(g.tail) && fact.value.kind === "entity") {
    const who = wh === "What" ? "Who" : wh;
    return `${who} ${adverbs}${pastTense(g.mainVerb)} ${subject}?`;
  }
  const tail = fact.value.kind === "date" ? g.tail.replace(TRAILING_PREP, "") : g.tail;
  const chain = g.chain ? ` ${g.chain}` : "";
  if (fact.value.kind === "date") {
    if (g.aux) return `When ${g.aux.toLowerCase()} ${subject} ${adverbs}${g.mainVerb}${chain}${tail ? ` ${tail}` : ""}?`;
    if (g.copula) return null;
    return `When ${doSupport(g.tense, g.plural)} ${subject} ${adverbs}${g.lemma}${chain}${tail ? ` ${tail}` : ""}?`;
  }
  if (g.chain) return null; // "aimed to make it easy …" does not invert cleanly
  // Copula with a trailing preposition: "is great for X" → "What is PyTorch great for?"
  if (g.copula) {
    if (!tail) return null;
    return `${wh} ${g.mainVerb.toLowerCase()} ${subject} ${adverbs}${tail}?`;
  }
  if (g.aux) return `${wh} ${g.aux.toLowerCase()} ${subject} ${adverbs}${g.mainVerb}${tail ? ` ${tail}` : ""}?`;
  if (wh === "Who") return null;
  return `${wh} ${doSupport(g.tense, g.plural)} ${subject} ${adverbs}${g.lemma}${tail ? ` ${tail}` : ""}?`;
}

/** "TensorFlow was first developed by ____." — always grammatical, used when no wh-form fits. */
export function completionPrompt(ef: ExtractedFact): string {
  const { fact, grammar } = ef;
  const q = grammar.qualifier ? ` ${grammar.qualifier}` : "";
  const s = fact.subject.charAt(0).toUpperCase() + fact.subject.slice(1);
  return `${s} ${fact.predicate} ____${q}.`;
}

/** The answer as a student should see it: dates at their precision, names canonical. */
export function displayAnswer(ef: ExtractedFact): string {
  const v = ef.fact.value;
  if (v.kind === "date" && !v.relative) return formatDate(v);
  return ef.fact.object;
}

/** The fact's event without its date, for ordering items: "TensorFlow was released to the public". */
export function eventLabel(ef: ExtractedFact): string {
  const s = ef.fact.subject.charAt(0).toUpperCase() + ef.fact.subject.slice(1);
  return `${s} ${ef.fact.predicate.replace(TRAILING_PREP, "")}`;
}
