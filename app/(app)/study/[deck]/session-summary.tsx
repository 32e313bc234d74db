"use client";

import Link from "next/link";
import { formatInstant, type Reader } from "@/lib/format/dates";
import type { Graded } from "@/lib/study/session-machine";
import { TableHead } from "@/app/components/table-head";

type Scheduled = { questionId: string; prompt: string; dueAt: string; correct: boolean };

/** The end of a session: what was reviewed and when each card comes back. */
export function SessionSummary({ graded, reader }: { graded: Graded[]; reader: Reader }) {
  const scheduled = new Map<string, Scheduled>();
  for (const { card, outcome } of graded) {
    // The first grade of the day schedules the card; re-drills keep that date.
    if (outcome.kind === "REDRILL" && scheduled.has(card.questionId)) continue;
    scheduled.set(card.questionId, { questionId: card.questionId, prompt: card.view.prompt, dueAt: outcome.dueAt, correct: outcome.correct });
  }
  const rows = [...scheduled.values()].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const correct = graded.filter(({ outcome }) => outcome.correct).length;
  return (
    <section className="card stack" aria-labelledby="session-done">
      <h1 id="session-done" tabIndex={-1}>
        {graded.length === 0 ? "Nothing due right now" : "Session complete"}
      </h1>
      {graded.length === 0 ? (
        <p>You are all caught up. Come back when your next cards are due, or add another deck.</p>
      ) : (
        <>
          <p>
            Reviewed <strong>{graded.length}</strong> · Correct <strong>{correct}</strong>
            {rows[0] ? (
              <>
                {" "}
                · Next due <strong>{formatInstant(new Date(rows[0].dueAt), reader)}</strong>
              </>
            ) : null}
          </p>
          <table>
            <caption>Next reviews</caption>
            <TableHead columns={["Question", "Next due"]} />
            <tbody>
              {rows.map((row) => (
                <tr key={row.questionId}>
                  <td>{row.prompt}</td>
                  <td>{formatInstant(new Date(row.dueAt), reader)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="actions">
        <Link href="/study" className="button">
          Back to study
        </Link>
        <Link href="/dashboard" className="button button-secondary">
          Dashboard
        </Link>
      </p>
    </section>
  );
}
