// Owns the facts a simple table states: each column (or row) of values set against the things the
// table compares. "| Tool | Language |" over "| Spark | Scala |" says Spark's language is Scala; a
// feature matrix "| Feature | docmd | Docusaurus |" over "| Core Tech | Node.js | React.js |"
// says the core tech of each tool. Only short, distinct values make a fact: ticks, "Yes"/"No",
// sentences and repeated values tell nothing one could be asked to match. A feature matrix of
// ticks and crosses says something else: which one thing stands apart on a row ("Zero-Installs":
// only Yarn has it; "Plug'n'Play": only npm lacks it).
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

/** A row of ticks and crosses on which one thing stands apart from all the others. */
export interface TableOddOne {
  /** The row's feature ("Zero-Installs", "Has a lockfile"). */
  feature: string;
  /** The things the matrix compares, in column order ("pnpm", "Yarn", "npm"). */
  things: string[];
  /** The one that differs from the rest. */
  odd: string;
  /** Whether it is the only one with the feature (true) or the only one without (false). */
  has: boolean;
  row: Block;
}

/** A header cell that names the rows' attributes, not a thing (a feature matrix). */
const ATTRIBUTE_HEADER = /^(?:|features?|criteri(?:a|on)|aspects?|capabilit(?:y|ies)|categor(?:y|ies)|metrics?|propert(?:y|ies)|dimensions?|characteristics?|comparison(?: basis)?|basis|attributes?)$/i;
/** A cell that plainly says yes (ticks as characters or as GitHub's emoji codes) … */
const YES = /^(?:[✓✔✅☑]|:(?:white_check_mark|heavy_check_mark|ballot_box_with_check):|yes|y|supported)$/i;
/** … or plainly no. A dash, "partial", a tick with a remark ("✓ (plugin)") say neither. */
const NO = /^(?:[✗✘❌×✕]|:(?:x|heavy_multiplication_x|no_entry_sign):|no|n|unsupported)$/i;
/** Marks that say neither, and any other emoji code. */
const NEITHER = /^(?:[—–-]|:[a-z_]+:|n\/a|none|partial|partly|tbd|\?)$/i;
/** Values that say nothing to match: yes, no or neither. */
const isMark = (value: string) => YES.test(value) || NO.test(value) || NEITHER.test(value);
const MAX_VALUE_WORDS = 5;
const MIN_PAIRS = 3;
const MAX_PAIRS = 5;

/** A cell as plain text: emphasis and code marks dropped, spaces folded. */
export function cellText(cell: string): string {
  // "[Hooks]": a reference link whose target the document never defines keeps its brackets
  return cell.replace(/\*\*|__|`/g, "").replace(/(^|\s)[*_]|[*_](?=\s|$)/g, "$1").replace(/\s+/g, " ").trim().replace(/^\[([^\[\]]+)\]$/, "$1");
}

/**
 * A figure ("$24,500.00", "19MB / 127 packages", "~61 MB"): a sponsor's donation or a tool's size
 * to match is trivia (blind rating of unseen pages: 0 of 3). A year or a version stays.
 */
const FIGURE = /[$€£¥~≈]|\d[\d,.]*\s*(?:[KMGT]i?B|kb|packages|%)\b|\d{1,3}(?:,\d{3})+/i;

function usable(value: string): boolean {
  return value.length > 0 && !isMark(value) && !FIGURE.test(value) && !value.includes("→") && value.split(" ").length <= MAX_VALUE_WORDS && !/[.!?]$/.test(value) && /[\p{L}\p{N}]/u.test(value);
}

/** "node: built-in modules" → "Use a Node built-in module": a value that repeats its thing's words matches itself. */
function echoesThing(p: TablePair): boolean {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4).map((w) => w.replace(/s$/, "")));
  const thing = words(p.thing);
  return [...words(p.value)].some((w) => thing.has(w));
}

/** The pairs whose values are usable and unique among them (a repeated value matches two things), at most MAX_PAIRS. */
function distinctPairs(pairs: TablePair[]): TablePair[] {
  // "Built-in" and "Built-in (Lunr)" are one value to a student
  const core = (value: string) => value.replace(/\s*\([^)]*\)/g, "").toLowerCase();
  const seen = new Map<string, number>();
  for (const p of pairs) seen.set(core(p.value), (seen.get(core(p.value)) ?? 0) + 1);
  // "webpack/webpack", "jrburke/requirejs": a repository's path is no name a student produces
  const kept = pairs.filter((p) => usable(p.value) && usable(p.thing) && !/^[\w.-]+\/[\w.-]+$/.test(p.thing) && !echoesThing(p) && seen.get(core(p.value)) === 1);
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

function bodyTables(blocks: Block[]): Block[][] {
  const tables = new Map<number, Block[]>();
  for (const b of blocks) if (b.kind === "row" && b.role === "body" && b.group !== undefined) tables.set(b.group, [...(tables.get(b.group) ?? []), b]);
  return [...tables.values()];
}

/** Every fact of every simple table in the document's body, in document order. */
export function tableFacts(blocks: Block[]): TableFact[] {
  return bodyTables(blocks).flatMap(tableFactsOf);
}

function oddOnesOf(rows: Block[]): TableOddOne[] {
  const header = (rows[0].header ?? []).map(cellText);
  if (!ATTRIBUTE_HEADER.test(header[0] ?? "x") || rows.some((r) => (r.cells ?? []).length !== header.length)) return [];
  const grid = rows.map((r) => (r.cells ?? []).map(cellText));
  // the things are the columns that answer yes or no somewhere (a "Notes" column never does); a row
  // that gives one of them anything else ("—", "partial", "Yes (CEF)", a value) sets nothing apart
  const definite = (cell: string) => YES.test(cell) || NO.test(cell);
  const columns = header.map((_, k) => k).filter((k) => k > 0 && header[k] && grid.some((row) => definite(row[k])));
  if (columns.length < 2) return [];
  const things = columns.map((k) => header[k]);
  const out: TableOddOne[] = [];
  for (const [i, row] of grid.entries()) {
    const yes = columns.filter((k) => YES.test(row[k]));
    if (!row[0] || !columns.every((k) => definite(row[k])) || yes.length === 0 || yes.length === columns.length) continue;
    // with two things the row says which one has it; with more, one must stand alone
    if (yes.length === 1) out.push({ feature: row[0], things, odd: header[yes[0]], has: true, row: rows[i] });
    else if (yes.length === columns.length - 1) out.push({ feature: row[0], things, odd: header[columns.find((k) => !yes.includes(k))!], has: false, row: rows[i] });
  }
  return out;
}

/** Every row of a feature matrix of ticks on which one thing stands apart, in document order. */
export function tableOddOnes(blocks: Block[]): TableOddOne[] {
  return bodyTables(blocks).flatMap(oddOnesOf);
}

/**
 * The features a matrix gives every thing alike ("| POSIX ACLs | Supported | Supported |", "| NFS
 * protocol | Not directly supported | Not directly supported |"), lower-cased, each with the things
 * it names ("GlusterFS and JuiceFS"). A section under that heading says of one what holds of the
 * others too: "GlusterFS supports ACLs" asked as "Which of GlusterFS and JuiceFS …?", or swapped
 * into "JuiceFS supports ACLs" as false, has two right answers (rated so blind on an unseen comparison).
 */
export function tableSharedFeatures(blocks: Block[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const rows of bodyTables(blocks)) {
    const header = (rows[0].header ?? []).map(cellText);
    if (header.length < 3 || !ATTRIBUTE_HEADER.test(header[0]) || rows.some((r) => (r.cells ?? []).length !== header.length)) continue;
    const things = header.slice(1);
    for (const cells of rows.map((r) => (r.cells ?? []).map(cellText))) {
      const values = new Set(cells.slice(1).map((v) => v.toLowerCase()));
      if (cells[0] && values.size === 1 && !values.has("")) out.set(cells[0].toLowerCase(), `${things.slice(0, -1).join(", ")} and ${things.at(-1)}`);
    }
  }
  return out;
}
