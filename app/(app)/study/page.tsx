import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { studyOverview } from "@/lib/study/overview";
import { TableHead } from "@/app/components/table-head";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage() {
  const student = await requireUser("/study");
  const { decks, waiting } = await studyOverview(student);
  return (
    <div className="page stack">
      <div className="page-header">
        <h1>Study</h1>
        {decks.length > 0 ? (
          <div className="actions">
            <Link href="/study/cram" className="button button-secondary">
              Cram for an exam
            </Link>
            <Link href="/study/all" className="button">
              Study all due ({waiting})
            </Link>
          </div>
        ) : null}
      </div>
      {decks.length === 0 ? (
        <p className="notice">
          Nothing to study yet. <Link href="/decks">Add a deck</Link> to get your first cards.
        </p>
      ) : (
        <table>
          <caption className="visually-hidden">Your decks and the cards waiting today</caption>
          <TableHead columns={["Deck", "Due", "New today", "Questions", { hidden: "Action" }]} />
          <tbody>
            {decks.map((deck) => (
              <tr key={deck.deckId}>
                <th scope="row">{deck.title}</th>
                <td>{deck.due}</td>
                <td>{deck.new}</td>
                <td>{deck.total}</td>
                <td>
                  <Link href={`/study/${deck.slug}`} className="button button-secondary" aria-label={`Study ${deck.title}`}>
                    Study
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">
        Keyboard: <kbd>1</kbd>–<kbd>9</kbd> pick a choice, <kbd>Space</kbd> or <kbd>Enter</kbd> shows the answer,{" "}
        <kbd>1</kbd>–<kbd>4</kbd> grade it (Again, Hard, Good, Easy), <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes the last grade.
      </p>
    </div>
  );
}
