// The review calendar: the grid of days (heatmap-grid.tsx), a legend, and a month-by-month
// table as its text alternative.
import { HeatmapGrid } from "./heatmap-grid";
import { CELL, LEFT, STEP } from "./heatmap-layout";
import { monthlyTotals, type Heatmap } from "@/lib/stats/heatmap";
import { formatDayKey } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { TableHead } from "@/app/components/table-head";

export function ReviewHeatmap({ heatmap, locale }: { heatmap: Heatmap; locale: string }) {
  const count = (n: number, word: string) => plural(n, word, undefined, locale);
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
        <HeatmapGrid
          firstDay={heatmap.days[0].key}
          counts={heatmap.days.map((day) => day.count)}
          today={heatmap.today}
          monthLabels={monthLabels}
          labelledBy="heatmap-caption"
          locale={locale}
        />
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
          <TableHead columns={["Month", "Reviews", "Days studied"]} />
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
