// Owns verb morphology (via compromise's conjugator) needed to turn statements into questions:
// "entered" → "enter" for "When did PyTorch enter …?", "written" → "wrote" for "Who wrote …?".
import nlp from "compromise";

interface Forms {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Participle?: string;
}

const cache = new Map<string, Forms>();

function forms(word: string): Forms {
  const key = word.toLowerCase();
  let f = cache.get(key);
  if (!f) {
    // Tag as a verb first: on its own "released" reads as an adjective to compromise.
    // compromise's .verbs() comes from a plugin its base View type does not declare
    const view = nlp(key).tag("Verb") as unknown as { verbs(): { conjugate(): Forms[] } };
    const conj = view.verbs().conjugate()[0] ?? {};
    f = conj;
    cache.set(key, f);
  }
  return f;
}

export function lemma(word: string): string {
  const w = word.toLowerCase();
  if (["is", "are", "was", "were", "am", "been", "being", "be"].includes(w)) return "be";
  if (["has", "had", "have", "having"].includes(w)) return "have";
  if (["does", "did", "do", "done"].includes(w)) return "do";
  return forms(w).Infinitive ?? w;
}

export function pastTense(word: string): string {
  return forms(word).PastTense ?? word;
}

/** "support" → "supports", "have" → "has": the form after a singular subject. */
export function presentTense(word: string): string {
  if (word.toLowerCase() === "have") return "has";
  if (word.toLowerCase() === "be") return "is";
  return forms(word).PresentTense ?? word;
}

/**
 * Verbs of saying and remembering ("Luke Wagner remembers discovering …", "Bastien recalls …"):
 * their subject is someone the document quotes, a person (or a company speaking), never a thing.
 * Not "describe", "note" or "explain": a paper or a style describes too ("REST described a network
 * architecture").
 */
export const REPORTING = new Set(["say", "remember", "recall", "recount", "believe", "think", "admit", "tell", "joke", "muse", "quip", "reflect"]);

/** Whether the verb group's first word after its auxiliaries and adverbs is one of `verbs` (as lemmas). */
export function leadVerbIn(words: string[], verbs: ReadonlySet<string>): boolean {
  const verb = words.find((w) => !/^(?:also|still|later|often|once|now|has|have|had|is|was|does|did|would|will|can|could)$/.test(w.toLowerCase()));
  return !!verb && verbs.has(lemma(verb));
}

/** Whether the finite verb opening `words` (auxiliaries skipped) is one of saying or remembering. */
export function reports(words: string[]): boolean {
  return leadVerbIn(words, REPORTING);
}

const PAST_AUX = new Set(["was", "were", "did", "had"]);

/** Tense of a finite verb as written, for picking do/does/did. */
export function tenseOf(word: string, tags: Set<string>): "past" | "present" {
  if (PAST_AUX.has(word.toLowerCase()) || tags.has("PastTense")) return "past";
  return "present";
}
