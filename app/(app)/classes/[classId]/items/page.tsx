import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/lib/auth/page-guard";
import { classItemAnalysis, type DeckItemAnalysis } from "@/lib/classes/item-analysis";
import { classIdSchema } from "@/lib/classes/forms";
import type { ReactNode } from "react";
import { plural } from "@/lib/format/numbers";
import { TableHead } from "@/app/components/table-head";

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

/**
 * One way of reading a deck's results (by question, by fact): the items students have answered,
 * hardest first, in a table, then those nobody has answered yet.
 */
function Breakdown(props: { heading: string; empty: string; caption: string; columns: string[]; rows: ReactNode[]; unseen: string[]; noun: string }) {
  return (
    <>
      <h3>{props.heading}</h3>
      {props.rows.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{props.caption}</caption>
            <TableHead columns={props.columns} />
            <tbody>{props.rows}</tbody>
          </table>
        </div>
      )}
      <Unseen items={props.unseen} noun={props.noun} />
    </>
  );
}

function DeckAnalysis({ deck }: { deck: DeckItemAnalysis }) {
  const headingId = `deck-${deck.assignmentId}`;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{deck.deckTitle}</h2>
      <Breakdown
        heading="By question"
        empty="No student has answered a question of this deck yet."
        caption={`Questions of ${deck.deckTitle}, hardest first`}
        columns={["Question", "Students wrong", "Most chosen wrong answer"]}
        rows={deck.questions
          .filter((question) => question.seenBy > 0)
          .map((question) => (
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
        unseen={deck.questions.filter((question) => question.seenBy === 0).map((question) => question.prompt)}
        noun="question"
      />
      <Breakdown
        heading="By fact"
        empty="No student has answered a question about these facts yet."
        caption={`Facts of ${deck.deckTitle}, hardest first`}
        columns={["Fact", "Questions", "Students wrong"]}
        rows={deck.facts
          .filter((fact) => fact.seenBy > 0)
          .map((fact) => (
            <tr key={fact.factId}>
              <td>{fact.sentence}</td>
              <td>{fact.questions}</td>
              <td className="nowrap">{share(fact.wrongPct, fact.wrongBy, fact.seenBy)}</td>
            </tr>
          ))}
        unseen={deck.facts.filter((fact) => fact.seenBy === 0).map((fact) => fact.sentence)}
        noun="fact"
      />
    </section>
  );
}
