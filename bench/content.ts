// Benchmark: bank generation time for the review and for ~1 MB of varied technical prose, and
// the per-KB cost of each (roughly equal per-KB costs mean generation scales linearly).
// Usage: npx tsx bench/content.ts — prints numbers only, asserts nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { generateBank } from "../lib/content/index";

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

function time(label: string, text: string, runs: number): number {
  generateBank(text, { slug: "bench" }); // warm-up (JIT, compromise lexicon)
  const start = process.hrtime.bigint();
  let questions = 0;
  for (let i = 0; i < runs; i++) questions = generateBank(text, { slug: "bench" }).questions.length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  const kb = Buffer.byteLength(text) / 1024;
  console.log(`${label.padEnd(8)} ${kb.toFixed(1).padStart(8)} KB  ${ms.toFixed(1).padStart(9)} ms  ${(ms / kb).toFixed(3)} ms/KB  ${questions} questions`);
  return ms / kb;
}

const small = time("review", review, 5);
const large = time("1MB", largeCorpus(1024 * 1024), 1);
console.log(`per-KB ratio (1MB / review): ${(large / small).toFixed(2)}`);
