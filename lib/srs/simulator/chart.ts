// The simulator's chart as a standalone SVG (written by hand: a static file for the README, no
// browser or chart library needed). One column per memory model; the top row shows how much of
// the deck a student would recall each morning once every card has been introduced, the bottom
// row the study minutes per day. Schedulers differ by colour and by dash pattern, so the chart
// reads in greyscale too; the <title> and <desc> carry the numbers for screen readers.
import type { CurvePoint, SchedulerResult, SimulationReport } from "./simulate";

const WIDTH = 960;
const HEIGHT = 720;
const MARGIN = { left: 76, right: 24, top: 112, bottom: 56 };
const GAP = { x: 76, y: 84 };
const STYLES = [
  { color: "#4b5563", dash: "" },
  { color: "#1d4ed8", dash: "8 5" },
  { color: "#b45309", dash: "2 4" },
  { color: "#047857", dash: "12 4 2 4" },
  { color: "#7c3aed", dash: "4 2" },
];

type Panel = { x: number; y: number; width: number; height: number };
type Range = { min: number; max: number };
type Series = [number, number][];

export function renderChart(report: SimulationReport): string {
  const { students, days, cards, seed, newPerDay } = report.options;
  // The top row starts on the first morning every card has been shown (earlier, most are unseen).
  const allShown = Math.min(days, Math.ceil(cards / newPerDay));
  const recall = (curve: CurvePoint[]): Series => curve.filter((p) => p.day >= allShown).map((p) => [p.day, (100 * p.cardsKnown) / cards]);
  const perDay = (curve: CurvePoint[]): Series =>
    curve.slice(1).map((p, i) => [(p.day + curve[i].day) / 2, (p.minutes - curve[i].minutes) / (p.day - curve[i].day)]);
  const all = report.models.flatMap((m) => m.results);
  const recallValues = all.flatMap((r) => recall(r.curve).map(([, y]) => y));
  const recallRange: Range = { min: Math.min(90, Math.floor(Math.min(100, ...recallValues) / 10) * 10), max: 100 };
  const minutesRange: Range = { min: 0, max: niceCeiling(Math.max(1, ...all.flatMap((r) => perDay(r.curve).map(([, y]) => y)))) };

  const columns = report.models.length;
  const panelWidth = (WIDTH - MARGIN.left - MARGIN.right - GAP.x * (columns - 1)) / columns;
  const panelHeight = (HEIGHT - MARGIN.top - MARGIN.bottom - GAP.y) / 2;
  const title = `Recall of the deck and study minutes per day under each scheduler (${students} simulated students, ${cards} cards, ${days} days, seed ${seed})`;
  const desc = report.models
    .map((model) => `${model.name}: ${model.results.map((r) => `${r.scheduler} ${pct(r.testDayRecall)} recall on day ${days} after ${Math.round(r.minutesPerStudent)} minutes in all`).join("; ")}`)
    .join(". ");

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="sim-title sim-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="13">`,
    `<title id="sim-title">${escape(title)}</title>`,
    `<desc id="sim-desc">${escape(desc)}.</desc>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="28" font-size="17" font-weight="600" fill="#111827">Which schedule teaches more per minute?</text>`,
    `<text x="${MARGIN.left}" y="48" fill="#374151">${escape(`${students} simulated students, ${cards} cards (${newPerDay} new a day), ${days} days, seed ${seed}; mean over students.`)}</text>`,
    legend(report.models[0]?.results ?? []),
  ];
  report.models.forEach((model, column) => {
    const x = MARGIN.left + column * (panelWidth + GAP.x);
    const top: Panel = { x, y: MARGIN.top, width: panelWidth, height: panelHeight };
    const bottom: Panel = { x, y: MARGIN.top + panelHeight + GAP.y, width: panelWidth, height: panelHeight };
    parts.push(
      `<text x="${x}" y="${top.y - 14}" font-weight="600" fill="#111827">${escape(model.name)}</text>`,
      axes(top, days, recallRange, "% of deck recalled", "%"),
      ...model.results.map((r, i) => line(top, days, recallRange, recall(r.curve), i)),
      `<text x="${x}" y="${bottom.y - 14}" fill="#374151">Study minutes per day</text>`,
      axes(bottom, days, minutesRange, "minutes a day", ""),
      ...model.results.map((r, i) => line(bottom, days, minutesRange, perDay(r.curve), i)),
      `<text x="${num(x + panelWidth / 2)}" y="${num(bottom.y + panelHeight + 40)}" text-anchor="middle" fill="#374151">day</text>`,
    );
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

function legend(results: SchedulerResult[]): string {
  return results
    .map((r, i) => {
      const x = MARGIN.left + i * 190;
      const { color, dash } = STYLES[i % STYLES.length];
      return (
        `<line x1="${x}" y1="72" x2="${x + 34}" y2="72" stroke="${color}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ""}/>` +
        `<text x="${x + 42}" y="76" fill="#111827">${escape(r.scheduler)}</text>`
      );
    })
    .join("\n");
}

function axes(panel: Panel, maxX: number, range: Range, label: string, unit: string): string {
  const out = [`<rect x="${num(panel.x)}" y="${num(panel.y)}" width="${num(panel.width)}" height="${num(panel.height)}" fill="none" stroke="#d1d5db"/>`];
  for (const value of ticks(range, 5)) {
    const y = yOf(panel, range, value);
    out.push(
      `<line x1="${num(panel.x)}" y1="${num(y)}" x2="${num(panel.x + panel.width)}" y2="${num(y)}" stroke="#eef0f3"/>`,
      `<text x="${num(panel.x - 8)}" y="${num(y + 4)}" text-anchor="end" fill="#4b5563">${value}${unit}</text>`,
    );
  }
  for (const value of ticks({ min: 0, max: maxX }, 6)) {
    out.push(`<text x="${num(xOf(panel, maxX, value))}" y="${num(panel.y + panel.height + 18)}" text-anchor="middle" fill="#4b5563">${value}</text>`);
  }
  const midY = panel.y + panel.height / 2;
  const labelX = panel.x - 54;
  out.push(`<text x="${num(labelX)}" y="${num(midY)}" text-anchor="middle" fill="#374151" transform="rotate(-90 ${num(labelX)} ${num(midY)})">${label}</text>`);
  return out.join("\n");
}

function line(panel: Panel, maxX: number, range: Range, points: Series, index: number): string {
  const { color, dash } = STYLES[index % STYLES.length];
  const d = points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${num(xOf(panel, maxX, x))} ${num(yOf(panel, range, y))}`).join(" ");
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`;
}

const xOf = (panel: Panel, maxX: number, x: number) => panel.x + (x / maxX) * panel.width;
const yOf = (panel: Panel, { min, max }: Range, y: number) => panel.y + panel.height - ((Math.max(min, Math.min(max, y)) - min) / (max - min)) * panel.height;

/** Round tick values across the range. */
function ticks({ min, max }: Range, count: number): number[] {
  const step = niceStep((max - min) / count);
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(Math.round(v));
  return out;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

function niceCeiling(x: number): number {
  const step = niceStep(x / 5);
  return Math.ceil(x / step) * step;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function num(x: number): string {
  return String(Math.round(x * 10) / 10);
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
