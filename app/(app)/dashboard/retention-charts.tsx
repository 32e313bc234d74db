"use client";
// Retention over time (a line per study week) and per deck (bars), on a 0–100 % scale.
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { Retention } from "@/lib/stats/retention";
import { formatPercent, formatShortDay, plural } from "./format";
import { AXIS_TICK, CHART_HEIGHT, TOOLTIP_STYLE } from "./chart-theme";

const percentTick = (value: number) => `${value}%`;
const asPercent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

export function RetentionOverTimeChart({ weeks, caption }: { weeks: Retention["weeks"]; caption: string }) {
  const data = weeks.map((week) => ({ ...week, label: formatShortDay(week.weekStart), percent: asPercent(week.rate) }));
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
          formatter={(value, _name, item) => [`${value}% of ${plural(item.payload.reviews, "review")}`, "Correct"]}
        />
        <Line dataKey="percent" name="Correct" stroke="var(--accent)" strokeWidth={2} dot={{ r: 3, fill: "var(--accent)" }} connectNulls isAnimationActive={false} />
      </LineChart>
      <details className="chart-data">
        <summary>Retention per week (table)</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Reviews</th>
              <th scope="col">Correct</th>
              <th scope="col">Retention</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{formatShortDay(week.weekStart)}</th>
                <td>{week.reviews}</td>
                <td>{week.correct}</td>
                <td>{formatPercent(week.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export function RetentionByDeckChart({ decks, caption }: { decks: Retention["decks"]; caption: string }) {
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
          formatter={(value, _name, item) => [`${value}% of ${plural(item.payload.reviews, "review")}`, "Correct"]}
        />
        <Bar dataKey="percent" name="Correct" fill="var(--good)" radius={[0, 3, 3, 0]} isAnimationActive={false} barSize={20} />
      </BarChart>
      <details className="chart-data">
        <summary>Retention per deck (table)</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Deck</th>
              <th scope="col">Reviews</th>
              <th scope="col">Correct</th>
              <th scope="col">Retention</th>
            </tr>
          </thead>
          <tbody>
            {decks.map((deck) => (
              <tr key={deck.deckId}>
                <th scope="row">{deck.title}</th>
                <td>{deck.reviews}</td>
                <td>{deck.correct}</td>
                <td>{formatPercent(deck.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
