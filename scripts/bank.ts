// CLI: prints the question bank generated from one review file as JSON on stdout.
// Usage: npm run -s bank -- <file.md|file.txt>. Exit 2 with a one-line reason on bad input.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { generateBank, serialiseBank } from "../lib/content/index";
import { decodeReview, MAX_REVIEW_BYTES } from "../lib/decks/review-file";

function fail(message: string): never {
  process.stderr.write(`bank: ${message}\n`);
  process.exit(2);
}

function readReview(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail(`${file} is not a file`);
    size = stat.size;
  } catch {
    fail(`${file}: no such file`);
  }
  // Checked before reading, so a huge file is never loaded.
  const bytes = size > MAX_REVIEW_BYTES ? new Uint8Array(size) : readFileSync(file);
  const decoded = decodeReview(bytes, file);
  if (!decoded.ok) fail(decoded.error);
  return decoded.text;
}

function main(): void {
  const file = process.argv[2];
  if (!file) fail("usage: npm run -s bank -- <file.md|file.txt>");
  const bank = generateBank(readReview(file), { fileName: path.basename(file) });
  if (bank.facts.length === 0) fail(`${file} yields no facts to quiz on`);
  process.stdout.write(serialiseBank(bank));
}

main();
