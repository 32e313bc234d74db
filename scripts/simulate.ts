// CLI: simulates students learning one deck under SM-2 and FSRS-6 and prints which schedule
// teaches more per minute, under two memory models. Deterministic for a seed.
// Usage: npm run -s simulate -- --students 1000 --days 365 --cards 200 --seed 1 [--json] [--chart PATH.svg|none]
// Exit 2 with a one-line reason on bad input.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderChart } from "../lib/srs/simulator/chart";
import { parseSimulateArgs, SIMULATE_USAGE } from "../lib/srs/simulator/cli-args";
import { formatReport } from "../lib/srs/simulator/report";
import { simulate } from "../lib/srs/simulator/simulate";

function main(): void {
  const parsed = parseSimulateArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`simulate: ${parsed.error}\n`);
    process.exit(2);
  }
  const { json, chart, help, ...options } = parsed.args;
  if (help) {
    process.stdout.write(`${SIMULATE_USAGE}\n`);
    return;
  }
  const report = simulate(options);
  if (chart) {
    try {
      mkdirSync(path.dirname(chart), { recursive: true });
      writeFileSync(chart, renderChart(report));
    } catch (error) {
      process.stderr.write(`simulate: cannot write the chart to ${chart} (${(error as Error).message.split("\n")[0]})\n`);
      process.exit(2);
    }
  }
  process.stdout.write(json ? `${JSON.stringify({ ...report, chart }, null, 2)}\n` : `${formatReport(report)}${chart ? `\nChart: ${chart}\n` : ""}`);
}

main();
