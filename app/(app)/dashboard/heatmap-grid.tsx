"use client";
// The review calendar's grid: a hand-drawn SVG (a column per week, Monday on top), one rect per
// study day with a <title> for hover. A client component so that the page's RSC payload carries
// a year as a list of numbers instead of the 371 rendered cells. The server renders the frame
// (its size and labels) and the browser draws the cells: they were 53 KB of the dashboard's HTML
// and a date format per day on every view, while the caption and the month table (heatmap.tsx)
// say the same in text. The layout is heatmap-layout.ts; the month labels come from heatmap.tsx.
import { useInBrowser } from "@/app/components/use-in-browser";
import { formatDayKey } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { CELL, LEFT, STEP, TOP } from "./heatmap-layout";

const WEEKDAY_LABELS = [
  [0, "Mon"],
  [2, "Wed"],
  [4, "Fri"],
] as const;
const DAY_MS = 86_400_000;

/** 0 for none, then 1–4 by share of the busiest day, so one huge day doesn't flatten the rest. */
function level(count: number, busiest: number): number {
  if (count === 0 || busiest === 0) return 0;
  return Math.min(4, Math.ceil((count / busiest) * 4));
}

type Props = {
  /** A Monday: day i of `counts` is `firstDay` + i (calendar days, no time zone). */
  firstDay: string;
  counts: number[];
  today: string;
  monthLabels: { x: number; label: string }[];
  labelledBy: string;
  locale: string;
};

export function HeatmapGrid({ firstDay, counts, today, monthLabels, labelledBy, locale }: Props) {
  const inBrowser = useInBrowser();
  const busiest = Math.max(0, ...counts);
  const first = Date.parse(`${firstDay}T00:00:00Z`);
  const width = LEFT + Math.ceil(counts.length / 7) * STEP;
  const height = TOP + 7 * STEP;
  return (
    <svg className="heatmap" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={labelledBy}>
      {monthLabels.map((month) => (
        <text key={month.x} x={month.x} y={TOP - 5} className="heatmap-label">
          {month.label}
        </text>
      ))}
      {WEEKDAY_LABELS.map(([row, label]) => (
        <text key={label} x={0} y={TOP + row * STEP + CELL - 1} className="heatmap-label">
          {label}
        </text>
      ))}
      {(inBrowser ? counts : []).map((count, i) => {
        const key = new Date(first + i * DAY_MS).toISOString().slice(0, 10);
        return (
          <rect
            key={key}
            x={LEFT + Math.floor(i / 7) * STEP}
            y={TOP + (i % 7) * STEP}
            width={CELL}
            height={CELL}
            rx={2}
            className={`heat heat-${level(count, busiest)}${key === today ? " heat-today" : ""}`}
            data-count={count}
          >
            <title>{`${formatDayKey(key, locale, "dayWithYear")}: ${plural(count, "review", undefined, locale)}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
