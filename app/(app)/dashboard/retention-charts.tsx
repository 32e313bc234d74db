// Retention over time (a line per study week) and per deck (bars), on a 0–100 % scale: the
// drawings load in the browser (lazy-charts.tsx); captions and tables are rendered here.
import type { Retention } from "@/lib/stats/retention";
import { formatDayKey } from "@/lib/format/dates";
import { formatPercent } from "@/lib/format/numbers";
import { CHART_HEIGHT, retentionByDeckHeight } from "./chart-theme";
import { LazyRetentionByDeckGraphic, LazyRetentionOverTimeGraphic } from "./lazy-charts";
import { TableHead } from "@/app/components/table-head";

export function RetentionOverTimeChart({ weeks, caption, locale }: { weeks: Retention["weeks"]; caption: string; locale: string }) {
  return (
    <figure className="chart" data-chart="retention-over-time">
      <figcaption>{caption}</figcaption>
      <div className="chart-frame" style={{ height: CHART_HEIGHT }}>
        <LazyRetentionOverTimeGraphic weeks={weeks} locale={locale} />
      </div>
      <RetentionTable
        summary="Retention per week (table)"
        heading="Week of"
        rows={weeks.map((week) => ({ key: week.weekStart, label: formatDayKey(week.weekStart, locale, "shortDay"), ...week }))}
      />
    </figure>
  );
}

export function RetentionByDeckChart({ decks, caption, locale }: { decks: Retention["decks"]; caption: string; locale: string }) {
  return (
    <figure className="chart" data-chart="retention-by-deck">
      <figcaption>{caption}</figcaption>
      <div className="chart-frame" style={{ height: retentionByDeckHeight(decks.length) }}>
        <LazyRetentionByDeckGraphic decks={decks} locale={locale} />
      </div>
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
        <TableHead columns={[heading, "Reviews", "Correct", "Retention"]} />
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
