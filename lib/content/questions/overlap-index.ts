// Owns fast answers to "which of these phrases overlaps that one?" in the exact sense of
// `overlaps` (distractors.ts): after normalisation, one phrase is empty, equal to the other, or
// occurs inside it as whole words. Scanning every phrase per query made generation quadratic on
// long documents; indexing every whole-word run of each phrase turns a query into map lookups.
import { getOrCreate } from "../maps";
import { normaliseAnswer } from "../normalise";

/** Every contiguous run of whole words of a normalised phrase ("a b c" → "a", "a b", …, "c"). */
function wordRuns(normalised: string): Set<string> {
  const words = normalised.split(" ");
  const runs = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let run = words[i];
    runs.add(run);
    for (let j = i + 1; j < words.length; j++) {
      run += ` ${words[j]}`;
      runs.add(run);
    }
  }
  return runs;
}

export class OverlapIndex<T> {
  /** every value in the order it was added; the maps below hold positions in this list */
  private readonly values: T[] = [];
  /** normalised phrase → positions registered under it */
  private readonly exact = new Map<string, number[]>();
  /** word run → positions whose phrase contains that run (the whole phrase included) */
  private readonly containing = new Map<string, number[]>();
  /** positions whose phrase normalises to nothing: `overlaps` treats those as overlapping anything */
  private readonly empty: number[] = [];

  add(phrase: string, value: T): void {
    const at = this.values.push(value) - 1;
    const n = normaliseAnswer(phrase);
    if (!n) {
      this.empty.push(at);
      return;
    }
    getOrCreate(this.exact, n, () => []).push(at);
    for (const run of wordRuns(n)) getOrCreate(this.containing, run, () => []).push(at);
  }

  /** Values whose phrase overlaps `phrase`, in the order they were added. */
  overlapping(phrase: string): T[] {
    const n = normaliseAnswer(phrase);
    if (!n) return [...this.values];
    const hits = new Set<number>(this.empty);
    for (const at of this.containing.get(n) ?? []) hits.add(at); // phrases containing the query
    for (const run of wordRuns(n)) for (const at of this.exact.get(run) ?? []) hits.add(at); // phrases inside it
    return [...hits].sort((a, b) => a - b).map((at) => this.values[at]);
  }

  /** Does any registered phrase overlap `phrase`? */
  hasOverlap(phrase: string): boolean {
    if (this.values.length === 0) return false;
    const n = normaliseAnswer(phrase);
    if (!n || this.empty.length > 0 || this.containing.has(n)) return true;
    for (const run of wordRuns(n)) if (this.exact.has(run)) return true;
    return false;
  }
}
