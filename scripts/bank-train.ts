// Trains the ranker on every committed label of the corpus (never the held-out reviews') and writes its weights to
// lib/content/ranker-weights.json (committed). Usage: npm run bank:train [-- <dir>]
import { LabelIndex, FEATURE_NAMES, vectorOf, type Features, trainLogistic, type TrainingExample } from "../lib/content/index";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { defaultDocuments, documentFiles, isHeldOut, loadDocument, root, type EvalDocument } from "./bank-eval-data";

export function examplesOf(docs: EvalDocument[]): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const d of docs) {
    const labels = new LabelIndex(d.labels.labels);
    for (const c of d.trace.candidates) {
      const l = labels.of(c);
      if (l && c.features) out.push({ x: vectorOf(c.features as Features), y: l.ok ? 1 : 0 });
    }
  }
  return out;
}

function main(): void {
  const dir = process.argv[2];
  // held-out reviews are for measuring only
  const docs = (dir ? documentFiles(dir) : defaultDocuments()).filter((f) => !isHeldOut(f)).map(loadDocument);
  const examples = examplesOf(docs);
  const weights = trainLogistic(examples);
  const file = path.join(root, "lib/content/ranker-weights.json");
  const model = { features: [...FEATURE_NAMES], weights, trainedOn: { labels: examples.length, documents: docs.filter((d) => d.labels.labels.length > 0).length } };
  writeFileSync(file, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`trained on ${examples.length} labelled candidates from ${model.trainedOn.documents} documents → ${path.relative(root, file)}`);
}

if (require.main === module) main();
