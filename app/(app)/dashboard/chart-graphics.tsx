"use client";
// The recharts drawings of the dashboard's charts, loaded only in the browser and only once the
// page has shown (lazy-charts.tsx), so recharts is no part of the page's first-load JavaScript.
// Captions and the tables with the same figures are server-rendered around them.
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { DayCount } from "@/lib/stats/reviews-per-day";
import type { Retention } from "@/lib/stats/retention";
import { formatDayKey } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { AXIS_TICK, CHART_HEIGHT, TOOLTIP_STYLE, retentionByDeckHeight } from "./chart-theme";

const percentTick = (value: number) => `${value}%`;
const asPercent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

export function ForecastGraphic({ days, locale }: { days: DayCount[]; locale: string }) {
  const data = days.map((day, i) => ({ ...day, label: i === 0 ? "Today" : formatDayKey(day.key, locale, "shortDay") }));
  return (
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
  );
}

export function RetentionOverTimeGraphic({ weeks, locale }: { weeks: Retention["weeks"]; locale: string }) {
  const data = weeks.map((week) => ({ ...week, label: formatDayKey(week.weekStart, locale, "shortDay"), percent: asPercent(week.rate) }));
  return (
    <LineChart responsive style={{ width: "100%", height: CHART_HEIGHT }} data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
      <CartesianGrid vertical={false} stroke="var(--border)" />
      <XAxis dataKey="label" tick={AXIS_TICK} stroke="var(--border)" interval="preserveStartEnd" minTickGap={16} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={percentTick} tick={AXIS_TICK} stroke="var(--border)" width={52} />
      <Tooltip
        contentStyle={TOOLTIP_STYLE}
        labelFormatter={(label) => `Week of ${label}`}
        formatter={(value, _name, item) => [`${value}% of ${plural(item.payload.reviews, "review", undefined, locale)}`, "Correct"]}
      />
      <Line dataKey="percent" name="Correct" stroke="var(--accent)" strokeWidth={2} dot={{ r: 3, fill: "var(--accent)" }} connectNulls isAnimationActive={false} />
    </LineChart>
  );
}

export function RetentionByDeckGraphic({ decks, locale }: { decks: Retention["decks"]; locale: string }) {
  const data = decks.map((deck) => ({ ...deck, percent: asPercent(deck.rate) }));
  return (
    <BarChart responsive layout="vertical" style={{ width: "100%", height: retentionByDeckHeight(decks.length) }} data={data} margin={{ top: 4, right: 16, bottom: 0, left: 0 }}>
      <CartesianGrid horizontal={false} stroke="var(--border)" />
      <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={percentTick} tick={AXIS_TICK} stroke="var(--border)" />
      <YAxis type="category" dataKey="title" tick={AXIS_TICK} stroke="var(--border)" width={140} />
      <Tooltip
        cursor={{ fill: "var(--surface-2)" }}
        contentStyle={TOOLTIP_STYLE}
        formatter={(value, _name, item) => [`${value}% of ${plural(item.payload.reviews, "review", undefined, locale)}`, "Correct"]}
      />
      <Bar dataKey="percent" name="Correct" fill="var(--good)" radius={[0, 3, 3, 0]} isAnimationActive={false} barSize={20} />
    </BarChart>
  );
}
