// The test files that never open the database: pure cores (content, schedulers, formats, request
// rules). The PostgreSQL pass leaves them out — they would run the same code twice — and the
// SQLite pass checks that each of them really never opened the database (tests/support/database.ts),
// so a file that starts using it fails until it is taken off this list and runs on both engines.
import path from "node:path";

/** Folders (ending in "/") and files, relative to the project root. */
export const PURE_TESTS = [
  "tests/calendar/",
  "tests/components/",
  "tests/content/",
  "tests/http/",
  "tests/scripts/",
  "tests/srs/",
  "tests/validation/",
  "tests/db/postgres-transactions.test.ts",
  "tests/db/sqlite-statement-cache.test.ts",
  "tests/interop/anki-ids.test.ts",
  "tests/interop/anki-reader.test.ts",
  "tests/interop/apkg-writer.test.ts",
  "tests/interop/round-trip.test.ts",
  "tests/interop/text-formats.test.ts",
];

/** Vitest globs for PURE_TESTS. */
export const pureTestGlobs = (): string[] => PURE_TESTS.map((entry) => (entry.endsWith("/") ? `${entry}**` : entry));

export function isPureTest(file: string, root = process.cwd()): boolean {
  const relative = path.relative(root, file).split(path.sep).join("/");
  return PURE_TESTS.some((entry) => (entry.endsWith("/") ? relative.startsWith(entry) : relative === entry));
}
