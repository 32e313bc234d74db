import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listDecks, type DeckSummary } from "@/lib/decks/catalog";
import { addDeckAction, removeDeckAction } from "./actions";
import { DeckButton } from "./deck-button";

export const metadata: Metadata = { title: "Decks" };

function DeckCard({ deck, children }: { deck: DeckSummary; children: React.ReactNode }) {
  return (
    <article className="card stack" aria-labelledby={`deck-${deck.id}`}>
      <div>
        <h3 id={`deck-${deck.id}`}>{deck.title}</h3>
        <p className="muted">
          {deck.questionCount} question{deck.questionCount === 1 ? "" : "s"}
          {deck.published ? "" : " · draft"}
          {deck.assigned ? " · assigned by a class" : ""}
        </p>
        {deck.description ? <p>{deck.description}</p> : null}
        {deck.sourceCitation ? <p className="field-hint">Source: {deck.sourceCitation}</p> : null}
      </div>
      <div className="actions">{children}</div>
    </article>
  );
}

export default async function DecksPage() {
  const user = await requireUser("/decks");
  const { mine, catalogue } = await listDecks(user.id);
  return (
    <div className="page stack">
      <div className="page-header">
        <h1>Decks</h1>
        <div className="actions">
          <Link href="/decks/new" className="button">
            New deck from a review
          </Link>
          <Link href="/decks/import" className="button button-secondary">
            Import a deck
          </Link>
        </div>
      </div>
      <section aria-labelledby="my-decks">
        <h2 id="my-decks">My decks</h2>
        {mine.length === 0 ? (
          <p className="notice">You have no decks yet. Add one from the catalogue below to start studying.</p>
        ) : (
          <div className="grid">
            {mine.map((deck) => (
              <DeckCard key={deck.id} deck={deck}>
                {deck.published ? (
                  <Link href={`/study/${deck.slug}`} className="button" aria-label={`Study ${deck.title}`}>
                    Study
                  </Link>
                ) : null}
                {deck.owned ? (
                  <Link href={`/decks/${deck.slug}/edit`} className="button button-secondary" aria-label={`Edit ${deck.title}`}>
                    Edit
                  </Link>
                ) : null}
                {deck.published || deck.owned ? (
                  <Link href={`/decks/${deck.slug}/export`} className="button button-secondary" aria-label={`Export ${deck.title}`}>
                    Export
                  </Link>
                ) : null}
                {deck.enrolled ? (
                  <DeckButton deckId={deck.id} deckTitle={deck.title} label="Remove" action={removeDeckAction} variant="quiet" />
                ) : null}
              </DeckCard>
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="catalogue">
        <h2 id="catalogue">Catalogue</h2>
        {catalogue.length === 0 ? (
          <p className="muted">You have added every public deck.</p>
        ) : (
          <div className="grid">
            {catalogue.map((deck) => (
              <DeckCard key={deck.id} deck={deck}>
                <DeckButton deckId={deck.id} deckTitle={deck.title} label="Add to my decks" action={addDeckAction} />
              </DeckCard>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
