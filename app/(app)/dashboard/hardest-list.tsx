// The questions this student forgets most, and a practice session of exactly those.
import Link from "next/link";
import type { HardQuestion } from "@/lib/study/hardest";
import { plural } from "@/lib/format/numbers";
import { TableHead } from "@/app/components/table-head";

export function HardestList({ questions }: { questions: HardQuestion[] }) {
  if (questions.length === 0) {
    return <p className="muted">Nothing forgotten yet. Questions you forget after learning them will show up here.</p>;
  }
  return (
    <>
      <table className="hardest">
        <caption className="visually-hidden">Questions you have forgotten most often</caption>
        <TableHead columns={["Question", "Forgotten"]} />
        <tbody>
          {questions.map((question) => (
            <tr key={question.questionId}>
              <td>
                <span className="hardest-prompt">{question.prompt}</span>
                <span className="muted hardest-deck">{question.deck.title}</span>
              </td>
              <td>{plural(question.lapses, "time")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="actions">
        <Link href="/study/hardest" className="button button-secondary">
          Practise these now
        </Link>
        <span className="muted">Practice does not change when they are next due.</span>
      </p>
    </>
  );
}
