// CLI: export a deck as an Anki package, Anki text or CSV, or import one as a draft deck.
//   npm run -s deck -- export <slug> --format apkg|tsv|csv --out FILE [--user EMAIL] [--scheduling]
//   npm run -s deck -- import FILE [--owner EMAIL] [--format auto|anki|delimited|quizlet] [--title T]
//                     [--columns prompt=1,answer=2,...] [--delimiter X] [--no-header]
//                     [--term-separator X] [--card-separator Y]
// Prints a JSON summary on stdout. Import without --owner reads and checks the file and writes
// nothing. A bad file or argument: exit 2 with one line on stderr.
import "dotenv/config";
import { statSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { db } from "@/lib/db";
import { exportDeckFile, EXPORT_FORMATS } from "@/lib/interop/deck-export";
import { importDeckFile, previewImport } from "@/lib/interop/deck-import";
import { MAPPABLE_FIELDS, type ColumnMapping } from "@/lib/interop/delimited-import";
import { MAX_IMPORT_BYTES, tooLargeMessage } from "@/lib/interop/limits";
import { InteropInputError } from "@/lib/interop/model";
import { IMPORT_FORMATS } from "@/lib/interop/read-import";
import { Refusal } from "@/lib/errors/refusal";

class UsageError extends Error {}

const USAGE = "usage: deck export <slug> --format apkg|tsv|csv --out FILE [--user EMAIL] [--scheduling] | deck import FILE [--owner EMAIL]";

async function userId(email: string | undefined, flag: string): Promise<string | null> {
  if (!email) return null;
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!user) throw new UsageError(`${flag} ${email}: no such account`);
  return user.id;
}

function parseColumns(spec: string | undefined): ColumnMapping | undefined {
  if (!spec) return undefined;
  const mapping: ColumnMapping = {};
  for (const part of spec.split(",")) {
    const [field, column] = part.split("=").map((s) => s.trim());
    if (!(MAPPABLE_FIELDS as readonly string[]).includes(field)) throw new UsageError(`--columns: unknown field "${field}" (fields: ${MAPPABLE_FIELDS.join(", ")})`);
    const n = Number(column);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--columns: "${part}" needs a column number from 1`);
    mapping[field as keyof ColumnMapping] = n - 1;
  }
  return mapping;
}

async function runExport(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string" }, out: { type: "string" }, user: { type: "string" }, scheduling: { type: "boolean" } },
  });
  const slug = positionals[0];
  const format = z.enum(EXPORT_FORMATS).safeParse(values.format);
  if (!slug || !values.out) throw new UsageError(USAGE);
  if (!format.success) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(", ")}`);
  const user = await userId(values.user, "--user");
  if (values.scheduling && !user) throw new UsageError("--scheduling needs --user: scheduling is always one user's own");
  const file = await exportDeckFile(user, slug, format.data, { includeSchedule: values.scheduling });
  writeFileSync(values.out, file.body);
  return { deck: slug, format: format.data, out: values.out, bytes: file.body.length, questions: file.questions, reviews: file.reviews };
}

async function runImport(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      owner: { type: "string" },
      format: { type: "string" },
      title: { type: "string" },
      columns: { type: "string" },
      delimiter: { type: "string" },
      "no-header": { type: "boolean" },
      "term-separator": { type: "string" },
      "card-separator": { type: "string" },
    },
  });
  const file = positionals[0];
  if (!file) throw new UsageError(USAGE);
  const format = z.enum(IMPORT_FORMATS).optional().safeParse(values.format);
  if (!format.success) throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(", ")}`);
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new UsageError(`${file} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: no such file`);
  }
  // Checked before reading, so a huge file is never loaded.
  if (size > MAX_IMPORT_BYTES) throw new InteropInputError(tooLargeMessage(path.basename(file), size), "too_large");
  const bytes = new Uint8Array(readFileSync(file));
  const options = {
    format: format.data,
    mapping: parseColumns(values.columns),
    delimiter: values.delimiter,
    hasHeader: values["no-header"] ? false : undefined,
    termSeparator: values["term-separator"],
    cardSeparator: values["card-separator"],
    title: values.title,
  };
  const owner = await userId(values.owner, "--owner");
  const name = path.basename(file);
  if (!owner) {
    const preview = previewImport(name, bytes, options);
    return { title: preview.title, format: preview.format, notes: preview.notes, questions: preview.questions, skipped: preview.skipped, written: false };
  }
  const summary = await importDeckFile(owner, name, bytes, options);
  return { title: summary.title, notes: summary.notes, questions: summary.questions, skipped: summary.skipped, slug: summary.slug, written: true };
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  try {
    let result: unknown;
    if (command === "export") result = await runExport(rest);
    else if (command === "import") result = await runImport(rest);
    else throw new UsageError(USAGE);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } catch (error) {
    const known = error instanceof UsageError || error instanceof Refusal;
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs reports unknown flags as TypeErrors with a code.
    const badArgs = error instanceof TypeError && "code" in error && String((error as { code: unknown }).code).startsWith("ERR_PARSE_ARGS");
    if (!known && !badArgs) throw error;
    process.stderr.write(`deck: ${message.replace(/\s*\n\s*/g, " ")}\n`);
    process.exitCode = 2;
  } finally {
    await db.$disconnect();
  }
}

void main();
