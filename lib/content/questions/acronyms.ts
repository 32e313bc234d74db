// Owns what an acronym stands for, when the document spells it out: "AJAX, or Asynchronous
// JavaScript and XML", "The term REST, short for REpresentational State Transfer", "MIR
// (Mid-level Intermediate Representation)", "Hypermedia As The Engine of Application State
// (HATEOAS)". The expansion is checked letter by letter against the acronym, so it is the one right
// answer, and the question needs nothing else the sentence says: a sentence whose other references
// are unresolved ("Also arriving at this moment was AJAX, or …") still spells its acronym out.
import { containsWords, normaliseText } from "../normalise";
import type { Statement } from "../statements";
import type { GenerationContext } from "./context";
import type { Candidate } from "./candidate";
import { shortAnswer } from "./short-answer";
import { spellsOut } from "../spelling";

const ACRONYM = String.raw`[A-Z][A-Z0-9]{1,7}`;
const WORDS = String.raw`[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){1,8}`;
/** Each pattern captures the acronym and its expansion (in either order: `acronymFirst`). */
const PATTERNS: Array<{ re: RegExp; acronymFirst: boolean }> = [
  // "MIR (Mid-level Intermediate Representation)", "REST (short for …)"
  { re: new RegExp(String.raw`\b(${ACRONYM})\s*\((?:short for\s+|or\s+)?(${WORDS})\)`, "g"), acronymFirst: true },
  // "AJAX, or Asynchronous JavaScript and XML", "REST, short for REpresentational State Transfer,"
  { re: new RegExp(String.raw`\b(${ACRONYM}),\s+(?:or|short for|which stands for)\s+(${WORDS})(?=[,;:.)]|\s*$)`, "g"), acronymFirst: true },
  // "AJAX stands for Asynchronous JavaScript and XML"
  { re: new RegExp(String.raw`\b(${ACRONYM})\s+(?:stands|stood)\s+for\s+(${WORDS})(?=[,;:.)]|\s*$)`, "g"), acronymFirst: true },
  // "Hypermedia As The Engine of Application State (HATEOAS)"
  { re: new RegExp(String.raw`\b(${WORDS})\s*\((${ACRONYM})\)`, "g"), acronymFirst: false },
];

/**
 * How many times the review uses a term before a question about it is worth asking: "REST",
 * "HATEOAS", "RPC" in an essay on REST were accepted blind; "IRC" (twice, in passing in curl's
 * history) and "HMR" (twice, beside Vite) were rejected as trivia. A term the review's title or
 * headings do not name must be used far more: "AJAX" (3 times in the REST essay) and "ESM" (6
 * times in "Why Vite") were rejected as general knowledge; "RPC" (20 times) was accepted.
 */
const MIN_USES = 3;
const MIN_USES_UNHEADED = 10;

/** "What does AJAX stand for?" once per acronym the review uses, from the first sentence that spells it out. */
export function acronymCandidates(ctx: GenerationContext): Candidate[] {
  const out: Candidate[] = [];
  const asked = new Set<string>();
  const stated = new Map(ctx.statements.map((st) => [st.analysed, st]));
  const sentences = [...ctx.resolutions.keys()].map((a) => a.sentence.clean);
  const headings = [ctx.title, ...new Set(ctx.statements.flatMap((st) => st.analysed.sentence.block.headingPath))];
  const worthAsking = (acronym: string) => {
    const word = new RegExp(`\\b${acronym}s?\\b`, "g");
    const count = (text: string) => text.match(word)?.length ?? 0;
    const uses = sentences.reduce((n, text) => n + count(text), 0);
    return uses >= (headings.some((h) => count(h) > 0) ? MIN_USES : MIN_USES_UNHEADED);
  };
  for (const [analysed, resolution] of ctx.resolutions) {
    if (analysed.sentence.block.role !== "body") continue;
    const text = analysed.sentence.clean;
    for (const { re, acronymFirst } of PATTERNS) {
      for (const m of text.matchAll(re)) {
        const [acronym, written] = acronymFirst ? [m[1], m[2]] : [m[2], m[1]];
        // the words before "(HATEOAS)" may start earlier than the expansion: keep the shortest tail that spells it
        const tail = acronymFirst ? written.trim() : shortestSpelling(acronym, written.trim());
        if (!tail || asked.has(acronym) || !spellsOut(acronym, tail) || containsWords(tail, acronym) || !worthAsking(acronym)) continue;
        // "a garbage collected (GC) language": a participle describes; GC stands for garbage collection (rated wrong blind)
        if (/^[a-z]+ed$/.test(tail.split(/\s+/).at(-1)!)) continue;
        // the deck's title shows above every card: "Profile-guided optimization in Go 1.21" answers "What does PGO stand for?"
        if (normaliseText(ctx.title).includes(normaliseText(tail))) continue;
        asked.add(acronym);
        const st: Statement = stated.get(analysed) ?? { analysed, resolution, from: 0 };
        out.push(shortAnswer(ctx, st, { prompt: `What does ${acronym} stand for?`, answer: tail, builder: "acronym", variant: "acronym" }));
      }
    }
  }
  return out;
}

function shortestSpelling(acronym: string, words: string): string | undefined {
  const list = words.split(/\s+/);
  for (let from = list.length - 2; from >= 0; from--) {
    const tail = list.slice(from).join(" ");
    if (spellsOut(acronym, tail)) return tail;
  }
  return undefined;
}
