// Owns dates: finding them in prose with chrono-node (plus a bare-year parser chrono lacks),
// their precision, relative dates anchored on the text's own previous date (never on today),
// and parsing/comparing dates typed by a student.
import * as chrono from "chrono-node";

export type DatePrecision = "year" | "month" | "day";

export interface DateValue {
  kind: "date";
  /** "2015", "2015-11" or "2015-11-06": as precise as the text, no more. */
  iso: string;
  precision: DatePrecision;
  /** The words that expressed it, e.g. "November 2015" or "one year later". */
  text: string;
  /** True when derived from a relative phrase ("one year later") and a reference date. */
  relative?: boolean;
}

export interface DateMention extends DateValue {
  index: number;
  length: number;
}

// A fixed instant for chrono's required reference: results that would depend on it are
// rejected below, so "today" can never leak into a bank.
const FIXED_INSTANT = new Date(Date.UTC(2000, 0, 1));

function buildParser(): chrono.Chrono {
  const parser = chrono.casual.clone();
  // chrono ignores bare years; prose says "in 2015", "since 2019", "by 2020".
  parser.parsers.push({
    pattern: () => /\b(?:in|since|by|during|until|before|after|from|of|early|late|mid-?)\s+((?:1[5-9]|20)\d{2})(?![\d.,]\d|s\b|\s*[-–]\s*\d)/i,
    extract: (_context, match) => ({ year: Number(match[1]) }),
  });
  // ISO-like "2015-11" typed answers.
  parser.parsers.push({
    pattern: () => /\b((?:1[5-9]|20)\d{2})-(0[1-9]|1[0-2])\b(?!-\d)/,
    extract: (_context, match) => ({ year: Number(match[1]), month: Number(match[2]) }),
  });
  return parser;
}

let parser: chrono.Chrono | undefined;
function getParser(): chrono.Chrono {
  parser ??= buildParser();
  return parser;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function isoAt(year: number, month: number | undefined, day: number | undefined, precision: DatePrecision): string {
  if (precision === "year") return String(year);
  if (precision === "month") return `${year}-${pad(month ?? 1)}`;
  return `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
}

const RELATIVE = /\b(?:ago|later|earlier|before|after|next|last|previous|following|since|this|that|today|tonight|tomorrow|yesterday|now|currently|recently)\b/i;
const VERSION_LIKE = /^v?\d+(?:\.\d+)+$/i;

/**
 * Dates in `text`. `reference` is the previous explicit date of the document: relative phrases are
 * resolved against it, and without it they are dropped (never anchored on the current time).
 */
export function findDates(text: string, reference?: DateValue): DateMention[] {
  // every date kept below has a year, written in digits, or a reference to anchor it: no digit, no date
  if (!reference && !/\d/.test(text)) return [];
  const instant = reference ? new Date(`${isoAt(Number(reference.iso.slice(0, 4)), Number(reference.iso.slice(5, 7)) || 1, Number(reference.iso.slice(8, 10)) || 1, "day")}T12:00:00Z`) : FIXED_INSTANT;
  const results = getParser().parse(text, { instant, timezone: 0 }, { forwardDate: false });
  const out: DateMention[] = [];
  for (const r of results) {
    const known = r.start as unknown as { knownValues: Record<string, number>; impliedValues: Record<string, number> };
    const k = known.knownValues;
    let mentionText = r.text;
    let index = r.index;
    // The bare-year parser reports "in 2015"; the date's own words are just "2015".
    const lead = /^(?:in|since|by|during|until|before|after|from|of|early|late|mid-?)\s+(?=\d{4}$)/i.exec(mentionText);
    if (lead) {
      index += lead[0].length;
      mentionText = mentionText.slice(lead[0].length);
    }
    // Times of day and "in 20 s" style offsets are never the dates a review talks about.
    if (k.hour !== undefined || k.minute !== undefined || k.second !== undefined) continue;
    if (VERSION_LIKE.test(mentionText.trim())) continue; // "2.0", "10.11" are versions
    const relative = RELATIVE.test(mentionText) || (r.tags?.() ?? new Set<string>()).has("result/relativeDate");
    if (relative && !reference) continue;
    const hasYear = k.year !== undefined;
    if (!hasYear && !(reference && k.month !== undefined)) continue; // "at 5 pm", "Monday", "March" with nothing to anchor
    const date = r.start.date();
    const year = hasYear ? k.year : date.getUTCFullYear();
    const precision: DatePrecision = k.day !== undefined && k.month !== undefined ? "day" : k.month !== undefined ? "month" : "year";
    const month = k.month ?? (precision !== "year" ? date.getUTCMonth() + 1 : undefined);
    const day = k.day;
    out.push({
      kind: "date",
      iso: isoAt(year, month, day, precision),
      precision,
      text: mentionText.trim(),
      relative: relative || !hasYear || undefined,
      index,
      length: mentionText.length,
    });
  }
  return out;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Human form at the value's precision: "2015", "November 2015", "July 26, 2022". */
export function formatDate(value: Pick<DateValue, "iso" | "precision">): string {
  const [y, m, d] = value.iso.split("-").map(Number);
  if (value.precision === "year") return String(y);
  if (value.precision === "month") return `${MONTHS[m - 1]} ${y}`;
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** `a` truncated to `precision`, or null when `a` is less precise than asked. */
export function truncate(a: Pick<DateValue, "iso" | "precision">, precision: DatePrecision): string | null {
  if (RANK[a.precision] < RANK[precision]) return null;
  return a.iso.slice(0, precision === "year" ? 4 : precision === "month" ? 7 : 10);
}

/** A date typed by a student: "November 2015", "Nov 2015", "11/2015", "2015-11", "2015". */
export function parseDateAnswer(input: string): DateValue | null {
  const text = input.trim();
  const bare = /^((?:1[5-9]|20)\d{2})$/.exec(text);
  if (bare) return { kind: "date", iso: bare[1], precision: "year", text };
  const found = findDates(text);
  const whole = found.find((d) => d.length >= text.replace(/^(?:in|on)\s+/i, "").length - 1);
  return whole ? { kind: "date", iso: whole.iso, precision: whole.precision, text } : null;
}
