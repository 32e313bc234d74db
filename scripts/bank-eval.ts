// The evaluation command: how good the generated banks are on real reviews.
// Usage: npm run bank:eval -- [dir] [--sample N] [--seed S] [--doc NAME] [--show]
// Per document: published/suggested counts, type mix, automatic defects by class, precision of
// the published tier on the committed labels, the ranker's leave-one-document-out precision
// (trained without that document's labels), and key-fact coverage; then the same for the held-out
// reviews alone, which no model trains on. Prints numbers, asserts nothing.
import { DEFECT_CLASSES, LabelIndex, coverageOf, defectCounts, precisionOf, typeMix, type Precision, seededShuffle, Ranker, trainLogistic, FEATURE_NAMES, rescore, selectTiers, heldBackBy, PUBLISH_THRESHOLD, type Candidate } from "../lib/content/index";
import { defaultDocuments, documentFiles, isHeldOut, loadDocument, type EvalDocument } from "./bank-eval-data";
import { examplesOf } from "./bank-train";

interface Args {
  /** A corpus folder; without one, the evaluation corpus and the original seed review. */
  dir?: string;
  sample: number;
  seed: string;
  doc?: string;
  show: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sample: 0, seed: "recall", show: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--sample") args.sample = Number(argv[++i]);
    else if (a === "--seed") args.seed = String(argv[++i]);
    else if (a === "--doc") args.doc = argv[++i];
    else if (a === "--show") args.show = true;
    else if (!a.startsWith("--")) args.dir = a;
    else {
      process.stderr.write(`bank:eval: unknown option ${a}\n`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(args.sample) || args.sample < 0) {
    process.stderr.write("bank:eval: --sample needs a whole number\n");
    process.exit(2);
  }
  return args;
}

const pct = (p: Precision) => (p.labelled ? `${((100 * p.acceptable) / p.labelled).toFixed(0)}% (${p.acceptable}/${p.labelled}${p.unlabelled ? `, ${p.unlabelled} unlabelled` : ""})` : p.unlabelled ? `— (${p.unlabelled} unlabelled)` : "—");

function published(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => c.question.tier === "published");
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const docs = (args.dir ? documentFiles(args.dir) : defaultDocuments()).map(loadDocument);
  const rows: string[][] = [];
  const totals = { pub: 0, sug: 0, defects: 0, mix: {} as Record<string, number> };
  const lodoAll: Precision = { acceptable: 0, labelled: 0, unlabelled: 0 };
  const ownAll: Precision = { acceptable: 0, labelled: 0, unlabelled: 0 };
  const heldOut = { docs: 0, pub: 0, own: { acceptable: 0, labelled: 0, unlabelled: 0 } as Precision };
  for (const d of docs) {
    const labels = new LabelIndex(d.labels.labels);
    const pub = published(d.trace.candidates);
    const sug = d.trace.candidates.filter((c) => c.question.tier === "suggested");
    const own = precisionOf(pub, labels);
    const defects = defectCounts(pub);
    const defectTotal = Object.values(defects).reduce((a, b) => a + b, 0);
    const mix = typeMix(pub.map((c) => c.question));
    for (const [t, n] of Object.entries(mix)) totals.mix[t] = (totals.mix[t] ?? 0) + n;
    totals.pub += pub.length;
    totals.sug += sug.length;
    totals.defects += defectTotal;
    const coverage = d.keyFacts ? coverageOf(pub, d.keyFacts.facts, labels) : undefined;
    const lodo = leaveOneOut(d, docs);
    const sums: Array<[Precision, Precision]> = [[ownAll, own], [lodoAll, lodo]];
    if (isHeldOut(d.file)) {
      heldOut.docs++;
      heldOut.pub += pub.length;
      sums.push([heldOut.own, own]);
    }
    for (const [acc, p] of sums) {
      acc.acceptable += p.acceptable;
      acc.labelled += p.labelled;
      acc.unlabelled += p.unlabelled;
    }
    const mixText = Object.entries(mix)
      .sort((a, b) => b[1] - a[1])
      .map(([t, n]) => `${t} ${((100 * n) / Math.max(1, pub.length)).toFixed(0)}%`)
      .join(", ");
    const defectText = defectTotal ? DEFECT_CLASSES.filter((c) => defects[c]).map((c) => `${c} ${defects[c]}`).join(", ") : "0";
    rows.push([d.name, String(pub.length), String(sug.length), mixText, defectText, pct(own), pct(lodo), coverage ? `${coverage.covered.length}/${coverage.covered.length + coverage.missing.length} (${((100 * coverage.covered.length) / Math.max(1, coverage.covered.length + coverage.missing.length)).toFixed(0)}%)${coverage.missing.length && args.show ? ` missing ${coverage.missing.join(",")}` : ""}` : "—"]);
    if (args.show && (!args.doc || d.name.includes(args.doc))) {
      for (const c of d.trace.candidates.filter((x) => x.question.tier)) {
        const l = labels.of(c);
        const held = c.question.tier === "suggested" && (c.score ?? 0) >= PUBLISH_THRESHOLD ? heldBackBy(c) : undefined;
        console.log(`${c.question.tier === "published" ? "P" : "s"} ${(c.score ?? 0).toFixed(2)} ${l ? (l.ok ? "✓" : `✗${l.why ? `(${l.why})` : ""}`) : "?"} ${c.question.type} | ${c.question.prompt} => ${JSON.stringify(c.question.answer)}${held ? ` [held back: ${held}]` : ""}`);
      }
    }
  }
  const header = ["document", "published", "suggested", "type mix (published)", "defects (published)", "acceptable (labels)", "acceptable (LODO)", "key facts"];
  printTable(header, rows);
  const mixAll = Object.entries(totals.mix)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ${((100 * n) / Math.max(1, totals.pub)).toFixed(0)}%`)
    .join(", ");
  console.log(`\nall: ${totals.pub} published, ${totals.sug} suggested; defects ${totals.defects}; acceptable on labels ${pct(ownAll)}; leave-one-document-out ${pct(lodoAll)}`);
  console.log(`type mix: ${mixAll}`);
  if (heldOut.docs) console.log(`held out (never trained on): ${heldOut.docs} documents, ${heldOut.pub} published, acceptable on labels ${pct(heldOut.own)}`);
  if (args.sample > 0) printSample(docs, args.sample, args.seed);
}

/** Trains on every other document's labels, then selects this document's tiers with that model. */
function leaveOneOut(d: EvalDocument, docs: EvalDocument[]): Precision {
  const others = docs.filter((o) => o !== d && !isHeldOut(o.file));
  const examples = examplesOf(others);
  if (examples.length === 0) return { acceptable: 0, labelled: 0, unlabelled: 0 };
  const ranker = new Ranker({ features: [...FEATURE_NAMES], weights: trainLogistic(examples) });
  const candidates = d.trace.candidates;
  const saved = candidates.map((c) => [c.score, c.question.tier] as const);
  rescore(candidates, ranker);
  selectTiers(candidates);
  const result = precisionOf(published(candidates), new LabelIndex(d.labels.labels));
  candidates.forEach((c, i) => {
    c.score = saved[i][0];
    if (saved[i][1]) c.question.tier = saved[i][1];
    else delete c.question.tier;
  });
  return result;
}

function printSample(docs: EvalDocument[], n: number, seed: string): void {
  const all = docs.flatMap((d) => published(d.trace.candidates).map((c) => ({ d, c })));
  console.log(`\nrandom sample of ${Math.min(n, all.length)} published questions (seed ${seed}):`);
  for (const { d, c } of seededShuffle(all, seed).slice(0, n)) {
    const q = c.question;
    console.log(`\n[${d.name}] ${q.type}: ${q.prompt}`);
    if (q.left) console.log(`  left: ${q.left.join(" | ")}`);
    if (q.choices && q.type !== "true_false") console.log(`  choices: ${q.choices.join(" | ")}`);
    console.log(`  answer: ${Array.isArray(q.answer) ? q.answer.join(" | ") : q.answer}`);
  }
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows) console.log(line(r));
}

main();
