// A review of any size for benchmarks: the TensorFlow/PyTorch review's prose repeated with varied
// names, dates and versions, so every part yields its own facts (as a long real review would).
import { readFileSync } from "node:fs";
import path from "node:path";

export function largeReview(targetBytes: number): string {
  const review = readFileSync(path.resolve(__dirname, "../../content/reviews/tensorflow-vs-pytorch.md"), "utf8");
  const body = review.replace(/^---[\s\S]*?---\n/, "").split("## References")[0];
  const names = ["Keras", "JAX", "MXNet", "Caffe", "Theano", "Chainer", "PaddlePaddle", "MindSpore"];
  const parts: string[] = [];
  // Stays under the target: the joins add a few bytes.
  for (let i = 0, size = 0; ; i++) {
    const chunk = body
      .replace(/^# .*$/m, `# Part ${i + 1}`)
      .replace(/TensorFlow/g, `${names[i % names.length]}${i}`)
      .replace(/2015/g, String(1990 + (i % 30)))
      .replace(/2\.0/g, `${(i % 9) + 1}.${i % 7}`);
    if (size + Buffer.byteLength(chunk) + 2 > targetBytes) break;
    parts.push(chunk);
    size += Buffer.byteLength(chunk) + 2;
  }
  return parts.join("\n\n");
}
