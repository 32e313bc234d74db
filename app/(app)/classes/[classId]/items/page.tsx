import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/lib/auth/page-guard";
import { classItemAnalysis, type DeckItemAnalysis } from "@/lib/classes/item-analysis";
import { classIdSchema } from "@/lib/classes/forms";
import { plural } from "@/lib/format/numbers";

export const metadata: Metadata = { title: "Item analysis" };

type Props = { params: Promise<{ classId: string }> };

const share = (pct: number | null, part: number, whole: number) => `${pct ?? 0}% (${part} of ${whole})`;

export default async function ItemAnalysisPage({ params }: Props) {
  const { classId: raw } = await params;
  const { data: analysis } = await guardPage({ path: `/classes/${encodeURIComponent(raw)}/items`, param: raw, schema: classIdSchema }, (user, classId) =>
    classItemAnalysis(user.id, classId),
  );
  return (
    <div className="page stack">
      <div className="page-header">
        <h1>Item analysis: {analysis.className}</h1>
        <div className="actions">
          <Link href={`/classes/${analysis.classId}/progress`} className="button button-secondary">
            Class progress
          </Link>
          <Link href={`/classes/${analysis.classId}`} className="button button-quiet">
            Back to class
          </Link>
        </div>
      </div>
      <p className="muted">
        Hardest first. &ldquo;Wrong&rdquo; counts students whose latest review of the question was wrong, out of the {plural(analysis.students, "student")} who have seen it.
      </p>
      {analysis.decks.length === 0 ? <p className="notice">Assign a deck to see which questions the class finds hard.</p> : null}
      {analysis.decks.map((deck) => (
        <DeckAnalysis key={deck.assignmentId} deck={deck} />
      ))}
    </div>
  );
}

/** Items nobody has answered yet say nothing about the class; they are listed apart, folded. */
function Unseen({ items, noun }: { items: string[]; noun: string }) {
  if (items.length === 0) return null;
  return (
    <details>
      <summary>
        {plural(items.length, noun)} nobody has answered yet
      </summary>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </details>
  );
}

function DeckAnalysis({ deck }: { deck: DeckItemAnalysis }) {
  const headingId = `deck-${deck.assignmentId}`;
  const questions = deck.questions.filter((question) => question.seenBy > 0);
  const facts = deck.facts.filter((fact) => fact.seenBy > 0);
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{deck.deckTitle}</h2>
      <h3>By question</h3>
      {questions.length === 0 ? (
        <p className="muted">No student has answered a question of this deck yet.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Questions of {deck.deckTitle}, hardest first</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Students wrong</th>
                <th scope="col">Most chosen wrong answer</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((question) => (
                <tr key={question.questionId}>
                  <td>{question.prompt}</td>
                  <td className="nowrap">{share(question.wrongPct, question.wrongBy, question.seenBy)}</td>
                  <td>
                    {question.topWrongAnswer
                      ? `${question.topWrongAnswer.answer} (${question.topWrongAnswer.students} student${question.topWrongAnswer.students === 1 ? "" : "s"})`
                      : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Unseen items={deck.questions.filter((question) => question.seenBy === 0).map((question) => question.prompt)} noun="question" />
      <h3>By fact</h3>
      {facts.length === 0 ? (
        <p className="muted">No student has answered a question about these facts yet.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Facts of {deck.deckTitle}, hardest first</caption>
            <thead>
              <tr>
                <th scope="col">Fact</th>
                <th scope="col">Questions</th>
                <th scope="col">Students wrong</th>
              </tr>
            </thead>
            <tbody>
              {facts.map((fact) => (
                <tr key={fact.factId}>
                  <td>{fact.sentence}</td>
                  <td>{fact.questions}</td>
                  <td className="nowrap">{share(fact.wrongPct, fact.wrongBy, fact.seenBy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Unseen items={deck.facts.filter((fact) => fact.seenBy === 0).map((fact) => fact.sentence)} noun="fact" />
    </section>
  );
}
