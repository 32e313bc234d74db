// Labelling helper for the evaluation corpus (labels are committed test data that point into
// the documents by offsets; no document text is stored).
//   npm run -s bank:label -- dump <file> [--all]   numbered candidates that still need a label
//   npm run -s bank:label -- apply <file> <answers> lines "<n> y" or "<n> n <why>" from a dump
import { hasDefects, LabelIndex, promptHash, type Candidate } from "../lib/content/index";
import { readFileSync } from "node:fs";
import { loadDocument, writeLabels } from "./bank-eval-data";

function needing(file: string, all: boolean): Candidate[] {
  const d = loadDocument(file);
  const labels = new LabelIndex(d.labels.labels);
  return d.trace.candidates.filter((c) => !hasDefects(c) && (all || !labels.of(c)));
}

function describe(c: Candidate): string {
  const q = c.question;
  const parts = [`${q.type}: ${q.prompt}`];
  if (q.left) parts.push(`   left: ${q.left.join(" | ")}`);
  if (q.choices && q.type !== "true_false") parts.push(`   choices: ${q.choices.join(" | ")}`);
  parts.push(`   => ${Array.isArray(q.answer) ? q.answer.join(" | ") : q.answer}`);
  return parts.join("\n");
}

function main(): void {
  const [command, file, extra] = process.argv.slice(2);
  if (!file || (command !== "dump" && command !== "apply")) {
    process.stderr.write("usage: bank:label dump <file> [--all] | apply <file> <answers>\n");
    process.exit(2);
  }
  const candidates = needing(file, extra === "--all");
  if (command === "dump") {
    let lastSentence = "";
    candidates.forEach((c, i) => {
      const sentence = c.question.source.sentence;
      if (sentence !== lastSentence) console.log(`\n## ${sentence}`);
      lastSentence = sentence;
      console.log(`${i} [${(c.score ?? 0).toFixed(2)}] ${describe(c)}`);
    });
    return;
  }
  const d = loadDocument(file);
  const labels = [...d.labels.labels];
  let added = 0;
  for (const line of readFileSync(extra, "utf8").split("\n")) {
    const m = /^\s*(\d+)\s+([yn])\b\s*(.*)$/.exec(line);
    if (!m) continue;
    const c = candidates[Number(m[1])];
    if (!c) continue;
    const hash = promptHash(c.question);
    const entry = { key: c.key, prompt: hash, ok: m[2] === "y", ...(m[2] === "n" && m[3].trim() ? { why: m[3].trim() } : {}) };
    const at = labels.findIndex((l) => l.key === c.key && l.prompt === hash);
    if (at >= 0) labels[at] = entry;
    else labels.push(entry);
    added++;
  }
  writeLabels(file, { document: d.labels.document, labels });
  console.log(`${added} labels written for ${d.name}`);
}

main();
