// Owns a faster drop-in for compromise's `bulkMatch`, the step of its post-tagger that picks, for
// every comma-separated chunk of a sentence, which of its ~570 tagging patterns could apply and
// runs them. compromise 14.17.0 finds those patterns by walking all ~730 keys of the pattern index
// for every chunk (and concatenating arrays as it goes): about a third of all tagging time. This
// version walks the chunk's own words and tags instead (a few dozen), looks up only the patterns
// each one triggers (a pattern is triggered by one of the words or tags it needs, not by all of
// them: a quarter of the checks), and puts the patterns that apply back in compromise's order, so
// the same patterns run in the same order and every tag comes out the same. Everything else (the
// cache of a chunk's words and tags, the filters, running the patterns) is compromise's own code,
// transcribed step by step.

/** The compromise version this file transcribes; any other keeps compromise's own bulkMatch. */
const VERSION = "14.17.0";

interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}

type Term = object;

interface Methods {
  one: {
    cacheDoc(document: Term[][]): Array<Set<string>>;
    match(docs: Term[][], pattern: Pattern): { ptrs: number[][] };
    bulkMatch: BulkMatch;
  };
}

type BulkMatch = (document: Term[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Array<Pattern & { pointer: number[] }>;

/**
 * The pattern index of one net, prepared for lookups by a chunk's words. compromise files each
 * pattern under every one of its needs and wants, and walks all of them; a pattern can only apply
 * when all its needs are present, so here it is filed under one need (its trigger) and looked at
 * only when that one is present — a quarter of the checks. Its place in compromise's order (the
 * first key of the index's key order, present in the chunk, it is filed under; then its place in
 * that key's list) is kept with it, so the patterns that apply still come out in that order.
 * Patterns are numbered, so that "each pattern once per chunk" is an array check.
 */
interface Index {
  rank: Map<string, number>;
  patterns: Pattern[];
  /** By rank: the numbers of the patterns a key triggers. */
  triggered: number[][];
  /** By pattern number: where compromise files it, as [rank, position] pairs by rank. */
  filed: number[][];
  /** By pattern number: the chunk that last looked at it. */
  seen: Int32Array;
  /** Chunks looked at so far (the stamp in `seen`). */
  chunks: number;
  /** By rank: whether the current chunk has the key. */
  present: Uint8Array;
}

/**
 * compromise builds each net once (postTagger's and the chunker's are module-level) and never
 * changes it after, so its index is built once too; keyed by the net's own hooks object, nothing
 * outlives the net.
 */
const indexes = new WeakMap<Record<string, Pattern[]>, Index | null>();

function indexOf(hooks: Record<string, Pattern[]>): Index | null {
  let index = indexes.get(hooks);
  if (index === undefined) indexes.set(hooks, (index = buildIndex(hooks)));
  return index;
}

function buildIndex(hooks: Record<string, Pattern[]>): Index | null {
  const keys = Object.keys(hooks);
  const rank = new Map(keys.map((k, i) => [k, i]));
  const number = new Map<Pattern, number>();
  const patterns: Pattern[] = [];
  const filed: number[][] = [];
  const matches = new Map<string, Pattern>();
  keys.forEach((k, r) =>
    hooks[k].forEach((m, position) => {
      let i = number.get(m);
      if (i === undefined) {
        number.set(m, (i = patterns.length));
        patterns.push(m);
        filed.push([]);
      }
      filed[i].push(r, position);
      matches.set(m.match, matches.get(m.match) ?? m);
    }),
  );
  // two patterns with one match string: compromise keeps whichever it meets first, applying or
  // not, which a trigger cannot tell; no net of 14.17.0 has any, but a plugin's might
  if (patterns.some((m) => matches.get(m.match) !== m)) return null;
  const triggered: number[][] = keys.map(() => []);
  patterns.forEach((m, i) => {
    // any need would do; the rarest is best: a word before a tag, a tag with fewer patterns
    const needs = m.needs.filter((k) => rank.has(k));
    if (needs.length > 0) {
      triggered[rank.get(needs.reduce((a, b) => (rarer(b, a, hooks) ? b : a)))!].push(i);
      return;
    }
    // no need: reachable under any key it is filed under (its wants)
    for (let k = 0; k < filed[i].length; k += 2) if (triggered[filed[i][k]].at(-1) !== i) triggered[filed[i][k]].push(i);
  });
  return { rank, patterns, triggered, filed, seen: new Int32Array(patterns.length).fill(-1), chunks: 0, present: new Uint8Array(keys.length) };
}

function rarer(a: string, b: string, hooks: Record<string, Pattern[]>): boolean {
  const tagA = a.startsWith("#"), tagB = b.startsWith("#");
  if (tagA !== tagB) return tagB;
  return hooks[a].length < hooks[b].length;
}

/**
 * compromise's getHooks and trimDown for a chunk of `termCount` terms: every pattern filed under a
 * key the chunk has that applies to it, in the order compromise would list them.
 */
function hooksOf(have: Set<string>, index: Index, termCount: number): Pattern[] {
  if (index.chunks === 0x7fffffff) {
    index.seen.fill(-1);
    index.chunks = 0;
  }
  const chunk = index.chunks++;
  const hit: number[] = [];
  for (const item of have) {
    const r = index.rank.get(item);
    if (r !== undefined) {
      hit.push(r);
      index.present[r] = 1;
    }
  }
  const found: Pattern[] = [];
  const order: number[] = [];
  for (const r of hit) {
    for (const i of index.triggered[r]) {
      if (index.seen[i] === chunk) continue;
      index.seen[i] = chunk;
      const m = index.patterns[i];
      if (!applies(m, have) || termCount < m.minWords) continue;
      // where compromise meets it first: its first filing under a key the chunk has
      const filed = index.filed[i];
      let k = 0;
      while (index.present[filed[k]] === 0) k += 2;
      found.push(m);
      order.push(filed[k] * 65536 + filed[k + 1]);
    }
  }
  for (const r of hit) index.present[r] = 0;
  if (found.length < 2) return found;
  return found.map((_, i) => i).sort((a, b) => order[a] - order[b]).map((i) => found[i]);
}

/** compromise's getHooks and trimDown as it does them, for a net the trigger index cannot hold. */
function allHooksOf(have: Set<string>, hooks: Record<string, Pattern[]>, termCount: number): Pattern[] {
  const seen = new Set<string>();
  const maybe: Pattern[] = [];
  for (const k of Object.keys(hooks)) {
    if (!have.has(k)) continue;
    for (const m of hooks[k]) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (applies(m, have) && termCount >= m.minWords) maybe.push(m);
    }
  }
  return maybe;
}

/** compromise's trimDown: every need present, no `ifNo` present, enough wants present. */
function applies(m: Pattern, have: Set<string>): boolean {
  for (const need of m.needs) if (!have.has(need)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (have.has(no)) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const w of m.wants) if (have.has(w)) found++;
  return found >= m.minWant;
}

const bulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const docCache = methods.one.cacheDoc(document);
  const index = indexOf(net.hooks);
  const results: Array<Pattern & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n += 1) {
    const have = docCache[n];
    const termCount = document[n].length;
    const list = index ? hooksOf(have, index, termCount) : allHooksOf(have, net.hooks, termCount);
    if (net.always.length > 0) list.push(...net.always.filter((m) => termCount >= m.minWords));
    // compromise's runMatch, as written, but with one list of this chunk for all its patterns
    // (match only reads it)
    const chunk = [document[n]];
    for (const m of list) {
      const res = methods.one.match(chunk, m);
      if (res.ptrs.length > 0) {
        res.ptrs.forEach((ptr) => {
          ptr[0] = n;
          const todo = Object.assign({}, m, { pointer: ptr });
          if (m.unTag !== undefined) todo.unTag = m.unTag;
          results.push(todo);
        });
        if (opts.matchOne === true) return [results[0]];
      }
    }
  }
  return results;
};

/** Puts the faster bulkMatch into compromise (once; only for the version it was written against). */
export function installFastSweep(nlp: { version: string; world(): unknown }): void {
  if (nlp.version !== VERSION) return;
  (nlp.world() as { methods: Methods }).methods.one.bulkMatch = bulkMatch;
}
