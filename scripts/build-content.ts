// Regenerates content/banks/<slug>.json for every review in content/reviews/ (committed, so a
// reviewer sees question diffs). Usage: npm run content:build
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateBank, serialiseBank } from "../lib/content/index";

const root = path.resolve(__dirname, "..");
const reviews = path.join(root, "content/reviews");
const banks = path.join(root, "content/banks");
mkdirSync(banks, { recursive: true });

const files = readdirSync(reviews)
  .filter((f) => /\.(?:md|txt)$/i.test(f))
  .sort();
let failed = false;
for (const file of files) {
  const bank = generateBank(readFileSync(path.join(reviews, file), "utf8"), { fileName: file });
  if (bank.questions.length === 0) {
    process.stderr.write(`content:build: ${file} produced no questions\n`);
    failed = true;
    continue;
  }
  const out = path.join(banks, `${bank.deck.slug}.json`);
  writeFileSync(out, serialiseBank(bank));
  process.stdout.write(`${path.relative(root, out)}: ${bank.facts.length} facts, ${bank.questions.length} questions\n`);
}
process.exit(failed ? 1 : 0);
