// The progress table as CSV (RFC 4180: CRLF rows, fields quoted when they hold a comma, quote
// or line break), safe to open in a spreadsheet.
import type { ClassProgress } from "./progress";
import { STATUS_LABELS } from "./status";

/**
 * Quotes a field when needed. Text that a spreadsheet would run as a formula (=, +, -, @, tab,
 * CR at the start — e.g. a student named "=HYPERLINK(...)") is prefixed with ' so it stays text.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | null)[][]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const PROGRESS_CSV_HEADER = [
  "Student",
  "Email",
  "Assignment",
  "Due (UTC)",
  "Questions seen",
  "Questions total",
  "% correct on last review",
  "Cards due",
  "Last active (UTC)",
  "Status",
];

export function progressCsv(progress: ClassProgress): string {
  return toCsv([
    PROGRESS_CSV_HEADER,
    ...progress.rows.map((row) => [
      row.studentName,
      row.studentEmail,
      row.deckTitle,
      iso(row.dueAt),
      row.questionsSeen,
      row.questionsTotal,
      row.correctPct,
      row.cardsDue,
      iso(row.lastActiveAt),
      STATUS_LABELS[row.status],
    ]),
  ]);
}

/** An ASCII file name for Content-Disposition, e.g. "biology-101-progress-2026-03-14.csv". */
export function progressCsvFilename(className: string, now: Date): string {
  const slug = className
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return `${slug || "class"}-progress-${now.toISOString().slice(0, 10)}.csv`;
}
