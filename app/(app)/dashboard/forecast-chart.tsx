"use client";
// Reviews falling due on each of the next 30 study days, as bars. Plain data comes from the
// server page; colours are the theme's CSS variables, so dark mode follows the system.
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { DayCount } from "@/lib/stats/reviews-per-day";
import { formatDayKey } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { AXIS_TICK, CHART_HEIGHT, TOOLTIP_STYLE } from "./chart-theme";

export function ForecastChart({ days, caption, locale }: { days: DayCount[]; caption: string; locale: string }) {
  const data = days.map((day, i) => ({ ...day, label: i === 0 ? "Today" : formatDayKey(day.key, locale, "shortDay") }));
  return (
    <figure className="chart" data-chart="forecast">
      <figcaption>{caption}</figcaption>
      <BarChart responsive style={{ width: "100%", height: CHART_HEIGHT }} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" tick={AXIS_TICK} stroke="var(--border)" interval="preserveStartEnd" minTickGap={16} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} stroke="var(--border)" width={48} />
        <Tooltip
          cursor={{ fill: "var(--surface-2)" }}
          contentStyle={TOOLTIP_STYLE}
          labelFormatter={(_, payload) => (payload?.[0] ? formatDayKey(payload[0].payload.key, locale) : "")}
          formatter={(value) => [plural(Number(value), "card", undefined, locale), "Due"]}
        />
        <Bar dataKey="count" name="Due" fill="var(--accent)" radius={[3, 3, 0, 0]} isAnimationActive={false} minPointSize={0} />
      </BarChart>
      <details className="chart-data">
        <summary>Reviews due per day (table)</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Cards due</th>
            </tr>
          </thead>
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
