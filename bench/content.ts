// Benchmark: bank generation time per KB for the project's review, ~1 MB of varied prose, and each
// hostile input of issue #9.1 (100 KB), all against the review measured in the same run. Roughly
// equal per-KB costs mean generation stays linear. Usage: npx tsx bench/content.ts — prints
// numbers only, asserts nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { generateBank, ADVERSARIAL_INPUTS } from "../lib/content/index";

const root = path.resolve(__dirname, "..");
const review = readFileSync(path.join(root, "content/reviews/tensorflow-vs-pytorch.md"), "utf8");

/** ~1 MB: the review's prose sections repeated with varied names, dates and versions. */
function largeCorpus(targetBytes: number): string {
  const body = review.replace(/^---[\s\S]*?---\n/, "").split("## References")[0];
  const names = ["Keras", "JAX", "MXNet", "Caffe", "Theano", "Chainer", "PaddlePaddle", "MindSpore"];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const n = names[i % names.length];
    const chunk = body
      .replace(/^# .*$/m, `# Part ${i + 1}`)
      .replace(/TensorFlow/g, `${n}${i}`)
      .replace(/2015/g, String(1990 + (i % 30)))
      .replace(/2\.0/g, `${(i % 9) + 1}.${i % 7}`);
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  return parts.join("\n\n");
}

function time(text: string, runs: number): { msPerKb: number; ms: number } {
  generateBank(text, { slug: "bench" }); // warm-up (JIT, compromise lexicon)
  const start = process.hrtime.bigint();
  let questions = 0;
  for (let i = 0; i < runs; i++) questions = generateBank(text, { slug: "bench" }).questions.length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  const kb = Buffer.byteLength(text) / 1024;
  return { msPerKb: ms / kb, ms, ...{ questions, kb } } as { msPerKb: number; ms: number; questions: number; kb: number };
}

function row(label: string, r: { msPerKb: number; ms: number; questions?: number; kb?: number }, base?: number): void {
  const ratio = base ? `  ${(r.msPerKb / base).toFixed(2)}× the review's per-KB cost` : "";
  const kb = (r as { kb?: number }).kb ?? 0;
  console.log(`${label.padEnd(34)} ${kb.toFixed(1).padStart(7)} KB ${r.ms.toFixed(0).padStart(8)} ms ${r.msPerKb.toFixed(2).padStart(7)} ms/KB${ratio}`);
}

const base = time(review, 5);
row("review (baseline)", base);
row("~1 MB of prose", time(largeCorpus(1024 * 1024), 1), base.msPerKb);
for (const [name, make] of Object.entries(ADVERSARIAL_INPUTS)) row(`adversarial: ${name}`, time(make(100 * 1024), 1), base.msPerKb);
