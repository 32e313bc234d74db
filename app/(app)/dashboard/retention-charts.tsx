"use client";
// Retention over time (a line per study week) and per deck (bars), on a 0–100 % scale.
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { Retention } from "@/lib/stats/retention";
import { formatDayKey } from "@/lib/format/dates";
import { formatPercent, plural } from "@/lib/format/numbers";
import { AXIS_TICK, CHART_HEIGHT, TOOLTIP_STYLE } from "./chart-theme";

const percentTick = (value: number) => `${value}%`;
const asPercent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

export function RetentionOverTimeChart({ weeks, caption, locale }: { weeks: Retention["weeks"]; caption: string; locale: string }) {
  const weekLabel = (weekStart: string) => formatDayKey(weekStart, locale, "shortDay");
  const data = weeks.map((week) => ({ ...week, label: weekLabel(week.weekStart), percent: asPercent(week.rate) }));
  return (
    <figure className="chart" data-chart="retention-over-time">
      <figcaption>{caption}</figcaption>
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
      <RetentionTable
        summary="Retention per week (table)"
        heading="Week of"
        rows={weeks.map((week) => ({ key: week.weekStart, label: weekLabel(week.weekStart), ...week }))}
      />
    </figure>
  );
}

export function RetentionByDeckChart({ decks, caption, locale }: { decks: Retention["decks"]; caption: string; locale: string }) {
  const data = decks.map((deck) => ({ ...deck, percent: asPercent(deck.rate) }));
  const height = Math.max(96, 40 * decks.length + 40);
  return (
    <figure className="chart" data-chart="retention-by-deck">
      <figcaption>{caption}</figcaption>
      <BarChart responsive layout="vertical" style={{ width: "100%", height }} data={data} margin={{ top: 4, right: 16, bottom: 0, left: 0 }}>
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
      <RetentionTable summary="Retention per deck (table)" heading="Deck" rows={decks.map((deck) => ({ key: deck.deckId, label: deck.title, ...deck }))} />
    </figure>
  );
}

type RetentionRow = { key: string; label: string; reviews: number; correct: number; rate: number | null };

/** The figures behind a retention chart, for screen readers and anyone who prefers numbers. */
function RetentionTable({ summary, heading, rows }: { summary: string; heading: string; rows: RetentionRow[] }) {
  return (
    <details className="chart-data">
      <summary>{summary}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">Reviews</th>
            <th scope="col">Correct</th>
            <th scope="col">Retention</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.reviews}</td>
              <td>{row.correct}</td>
              <td>{formatPercent(row.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
