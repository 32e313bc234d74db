// The review calendar: a hand-drawn SVG grid (a column per week, Monday on top), one rect per
// study day with a <title> for hover, and a month-by-month table as its text alternative.
import { weekdayOf } from "@/lib/stats/day-ranges";
import { monthlyTotals, type Heatmap } from "@/lib/stats/heatmap";
import { formatDayKey } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";

const CELL = 11;
const GAP = 3;
const STEP = CELL + GAP;
const LEFT = 30; // room for weekday labels
const TOP = 16; // room for month labels
const WEEKDAY_LABELS = [
  [0, "Mon"],
  [2, "Wed"],
  [4, "Fri"],
] as const;

/** 0 for none, then 1–4 by share of the busiest day, so one huge day doesn't flatten the rest. */
function level(count: number, busiest: number): number {
  if (count === 0 || busiest === 0) return 0;
  return Math.min(4, Math.ceil((count / busiest) * 4));
}

export function ReviewHeatmap({ heatmap, locale }: { heatmap: Heatmap; locale: string }) {
  const count = (n: number, word: string) => plural(n, word, undefined, locale);
  const busiest = heatmap.busiest?.count ?? 0;
  const weeks = Math.ceil(heatmap.days.length / 7);
  const width = LEFT + weeks * STEP;
  const height = TOP + 7 * STEP;
  // Month labels sit over the first week whose Monday falls in a new month.
  const monthLabels: { x: number; label: string }[] = [];
  heatmap.days.forEach((day, i) => {
    if (i % 7 !== 0) return;
    const previous = heatmap.days[i - 7];
    if (!previous || previous.key.slice(0, 7) !== day.key.slice(0, 7)) monthLabels.push({ x: LEFT + (i / 7) * STEP, label: formatDayKey(day.key, locale, "month") });
  });
  if (monthLabels.length > 1 && monthLabels[1].x - monthLabels[0].x < 3 * STEP) monthLabels.shift(); // a sliver of a month: no room
  const months = monthlyTotals(heatmap.days);
  const summary =
    heatmap.total === 0
      ? "No reviews in the last year yet."
      : `${count(heatmap.total, "review")} on ${count(heatmap.activeDays, "day")} in the last year` +
        (heatmap.busiest ? `; the busiest day was ${formatDayKey(heatmap.busiest.key, locale, "dayWithYear")} with ${count(heatmap.busiest.count, "review")}.` : ".");

  return (
    <figure className="chart">
      <figcaption id="heatmap-caption">{summary}</figcaption>
      <div className="heatmap-scroll">
        <svg className="heatmap" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="heatmap-caption">
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
          {heatmap.days.map((day, i) => (
            <rect
              key={day.key}
              x={LEFT + Math.floor(i / 7) * STEP}
              y={TOP + weekdayOf(day.key) * STEP}
              width={CELL}
              height={CELL}
              rx={2}
              className={`heat heat-${level(day.count, busiest)}${day.key === heatmap.today ? " heat-today" : ""}`}
              data-count={day.count}
            >
              <title>{`${formatDayKey(day.key, locale, "dayWithYear")}: ${count(day.count, "review")}`}</title>
            </rect>
          ))}
        </svg>
      </div>
      <p className="heatmap-legend" aria-hidden="true">
        Less
        {[0, 1, 2, 3, 4].map((n) => (
          <svg key={n} width={CELL} height={CELL} className="heatmap-legend-cell">
            <rect width={CELL} height={CELL} rx={2} className={`heat heat-${n}`} />
          </svg>
        ))}
        More
      </p>
      <details className="chart-data">
        <summary>Reviews by month (table)</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Reviews</th>
              <th scope="col">Days studied</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{formatDayKey(`${month.month}-01`, locale, "monthYear")}</th>
                <td>{month.reviews}</td>
                <td>{month.activeDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
