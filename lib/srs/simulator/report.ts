// The simulator's report as text: one Markdown table per memory model (pasteable into the
// README), with the run's settings and the time model above them.
import type { SimulationReport } from "./simulate";

const HEADER =
  "| Scheduler | Reviews / student | Minutes / student | Review accuracy | Recall on test day | Cards known | Reviews per known card | Cards known per study hour |";
const ALIGN = "|---|---:|---:|---:|---:|---:|---:|---:|";

export function formatReport(report: SimulationReport): string {
  const { students, days, cards, seed, newPerDay } = report.options;
  const time = report.timeModel;
  const lines = [
    `${students} simulated students × ${cards} cards × ${days} days (seed ${seed}, ${newPerDay} new cards a day); test on day ${days}, the morning after the last study day.`,
    `Time per answer: first sighting ${time.firstSighting} s, passed review ${time.passedReview} s, failed review ${time.failedReview} s, plus ${time.redrill} s for the same-day re-drill after Again or Hard.`,
  ];
  for (const model of report.models) {
    lines.push("", `Memory model: ${model.name}`, "", HEADER, ALIGN);
    for (const r of model.results) {
      lines.push(
        `| ${r.scheduler} | ${fixed(r.reviewsPerStudent, 0)} | ${fixed(r.minutesPerStudent, 0)} | ${percent(r.reviewAccuracy)} | ${percent(r.testDayRecall)} | ${fixed(r.cardsKnown, 1)} of ${cards} | ${fixed(r.reviewsPerKnownCard, 1)} | ${fixed(r.cardsKnownPerHour, 1)} |`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

function fixed(x: number, digits: number): string {
  return x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
