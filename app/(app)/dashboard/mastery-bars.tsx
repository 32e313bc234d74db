// Mastery as stacked progress bars, per deck with its facts (topics) folded away underneath.
// The bar is decoration for the sentence beside it, which carries the numbers.
import Link from "next/link";
import type { DeckMastery, MasteryCounts, MasteryLevel } from "@/lib/stats/mastery";

const LEVELS: { level: MasteryLevel; label: string }[] = [
  { level: "mature", label: "mature" },
  { level: "young", label: "young" },
  { level: "learning", label: "learning" },
  { level: "new", label: "new" },
];

export function masterySentence(counts: MasteryCounts): string {
  return LEVELS.map(({ level, label }) => `${counts[level]} ${label}`).join(", ") + ` of ${counts.total}`;
}

function MasteryBar({ counts, label }: { counts: MasteryCounts; label: string }) {
  return (
    <div className="mastery-bar" role="img" aria-label={`${label}: ${masterySentence(counts)}`}>
      {LEVELS.map(({ level }) =>
        counts[level] > 0 ? (
          <span key={level} className={`mastery-${level}`} style={{ width: `${(counts[level] / Math.max(counts.total, 1)) * 100}%` }} />
        ) : null,
      )}
    </div>
  );
}

export function MasteryLegend() {
  return (
    <p className="mastery-legend">
      <span><i className="mastery-mature" aria-hidden="true" /> Mature (interval of 21 days or more)</span>
      <span><i className="mastery-young" aria-hidden="true" /> Young (passed, interval under 21 days)</span>
      <span><i className="mastery-learning" aria-hidden="true" /> Learning (not passed yet, or forgotten)</span>
      <span><i className="mastery-new" aria-hidden="true" /> New (not seen yet)</span>
    </p>
  );
}

export function MasteryBars({ decks }: { decks: DeckMastery[] }) {
  return (
    <div className="stack">
      <MasteryLegend />
      <ul className="mastery-list">
        {decks.map((deck) => (
          <li key={deck.deckId} className="mastery-deck">
            <div className="mastery-row">
              <Link href={`/study/${deck.slug}`} className="mastery-title">
                {deck.title}
              </Link>
              <span className="muted">{masterySentence(deck)}</span>
            </div>
            <MasteryBar counts={deck} label={deck.title} />
            {deck.facts.length > 0 ? (
              <details className="mastery-facts">
                <summary>By topic ({deck.facts.length})</summary>
                <ul>
                  {deck.facts.map((fact) => (
                    <li key={fact.factId} className="mastery-fact">
                      <span className="mastery-fact-label">{fact.label}</span>
                      <MasteryBar counts={fact} label={fact.label} />
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
