// Mastery as stacked progress bars, per deck with its facts (topics) folded away underneath.
// The bar is decoration for the sentence beside it, which carries the numbers.
import Link from "next/link";
import type { DeckMastery } from "@/lib/stats/mastery";
import { MasteryBar, masterySentence } from "./mastery-bar";
import { TopicMastery } from "./topic-mastery";

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
            {deck.topics > 0 ? <TopicMastery deckId={deck.deckId} count={deck.topics} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
