// Reviews falling due on each of the next 30 study days, as bars (drawn in the browser,
// lazy-charts.tsx) above the same figures as a table. Colours are the theme's CSS variables, so
// dark mode follows the system.
import type { DayCount } from "@/lib/stats/reviews-per-day";
import { formatDayKey } from "@/lib/format/dates";
import { CHART_HEIGHT } from "./chart-theme";
import { LazyForecastGraphic } from "./lazy-charts";
import { TableHead } from "@/app/components/table-head";

export function ForecastChart({ days, caption, locale }: { days: DayCount[]; caption: string; locale: string }) {
  return (
    <figure className="chart" data-chart="forecast">
      <figcaption>{caption}</figcaption>
      <div className="chart-frame" style={{ height: CHART_HEIGHT }}>
        <LazyForecastGraphic days={days} locale={locale} />
      </div>
      <details className="chart-data">
        <summary>Reviews due per day (table)</summary>
        <table>
          <TableHead columns={["Day", "Cards due"]} />
          <tbody>
            {days.map((day, i) => (
              <tr key={day.key}>
                <th scope="row">{i === 0 ? `Today (${formatDayKey(day.key, locale)}, overdue included)` : formatDayKey(day.key, locale)}</th>
                <td>{day.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
