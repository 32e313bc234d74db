// Owns the facts a simple table states: each column (or row) of values set against the things the
// table compares. "| Tool | Language |" over "| Spark | Scala |" says Spark's language is Scala; a
// feature matrix "| Feature | docmd | Docusaurus |" over "| Core Tech | Node.js | React.js |"
// says the core tech of each tool. Only short, distinct values make a fact: ticks, "Yes"/"No",
// sentences and repeated values tell nothing one could be asked to match.
import type { Block } from "./structure/document";

export interface TablePair {
  /** What the value belongs to ("Docusaurus", "Spark"). */
  thing: string;
  value: string;
}

export interface TableFact {
  /** The attribute the values give ("core tech", "language"). */
  attribute: string;
  /** What the things are called in the table, if it says ("tool"); undefined for a feature matrix. */
  things?: string;
  pairs: TablePair[];
  /** The table's rows, for provenance and offsets. */
  rows: Block[];
}

/** A header cell that names the rows' attributes, not a thing (a feature matrix). */
const ATTRIBUTE_HEADER = /^(?:|features?|criteri(?:a|on)|aspects?|capabilit(?:y|ies)|categor(?:y|ies)|metrics?|propert(?:y|ies)|dimensions?|characteristics?|comparison|attributes?)$/i;
/** Values that say nothing to match: ticks, crosses, yes/no, dashes. */
const NO_VALUE = /^(?:[✓✔✅✗✘❌×—–-]|yes|no|n\/a|none|partial|partly|tbd|\?|y|n)$/i;
const MAX_VALUE_WORDS = 5;
const MIN_PAIRS = 3;
const MAX_PAIRS = 5;

/** A cell as plain text: emphasis and code marks dropped, spaces folded. */
export function cellText(cell: string): string {
  return cell.replace(/\*\*|__|`/g, "").replace(/(^|\s)[*_]|[*_](?=\s|$)/g, "$1").replace(/\s+/g, " ").trim();
}

function usable(value: string): boolean {
  return value.length > 0 && !NO_VALUE.test(value) && !value.includes("→") && value.split(" ").length <= MAX_VALUE_WORDS && !/[.!?]$/.test(value) && /[\p{L}\p{N}]/u.test(value);
}

/** The pairs whose values are usable and unique among them (a repeated value matches two things), at most MAX_PAIRS. */
function distinctPairs(pairs: TablePair[]): TablePair[] {
  // "Built-in" and "Built-in (Lunr)" are one value to a student
  const core = (value: string) => value.replace(/\s*\([^)]*\)/g, "").toLowerCase();
  const seen = new Map<string, number>();
  for (const p of pairs) seen.set(core(p.value), (seen.get(core(p.value)) ?? 0) + 1);
  const kept = pairs.filter((p) => usable(p.value) && usable(p.thing) && seen.get(core(p.value)) === 1);
  return kept.length >= MIN_PAIRS ? kept.slice(0, MAX_PAIRS) : [];
}

function tableFactsOf(rows: Block[]): TableFact[] {
  const header = (rows[0].header ?? []).map(cellText);
  const width = header.length;
  if (width < 2 || rows.some((r) => (r.cells ?? []).length !== width)) return [];
  const grid = rows.map((r) => (r.cells ?? []).map(cellText));
  const out: TableFact[] = [];
  if (ATTRIBUTE_HEADER.test(header[0])) {
    // a feature matrix: the header names the things, each row gives one attribute of each
    for (const [i, row] of grid.entries()) {
      const pairs = distinctPairs(header.slice(1).map((thing, k) => ({ thing, value: row[k + 1] })));
      if (pairs.length && row[0]) out.push({ attribute: row[0], pairs, rows: [rows[i]] });
    }
  } else {
    // the first column names the things, each further column is an attribute of them
    for (let col = 1; col < width; col++) {
      const pairs = distinctPairs(grid.map((row) => ({ thing: row[0], value: row[col] })));
      if (pairs.length && header[col]) out.push({ attribute: header[col], things: header[0] || undefined, pairs, rows });
    }
  }
  return out;
}

/** Every fact of every simple table in the document's body, in document order. */
export function tableFacts(blocks: Block[]): TableFact[] {
  const tables = new Map<number, Block[]>();
  for (const b of blocks) if (b.kind === "row" && b.role === "body" && b.group !== undefined) tables.set(b.group, [...(tables.get(b.group) ?? []), b]);
  return [...tables.values()].flatMap(tableFactsOf);
}
