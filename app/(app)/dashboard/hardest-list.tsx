// The questions this student forgets most, each with a way to go and study its deck.
import Link from "next/link";
import type { HardQuestion } from "@/lib/stats/hardest";
import { plural } from "./format";

export function HardestList({ questions }: { questions: HardQuestion[] }) {
  if (questions.length === 0) {
    return <p className="muted">Nothing forgotten yet. Questions you forget after learning them will show up here.</p>;
  }
  return (
    <table className="hardest">
      <caption className="visually-hidden">Questions you have forgotten most often</caption>
      <thead>
        <tr>
          <th scope="col">Question</th>
          <th scope="col">Forgotten</th>
          <th scope="col">
            <span className="visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {questions.map((question) => (
          <tr key={question.questionId}>
            <td>
              <span className="hardest-prompt">{question.prompt}</span>
              <span className="muted hardest-deck">{question.deck.title}</span>
            </td>
            <td>{plural(question.lapses, "time")}</td>
            <td>
              <Link href={`/study/${question.deck.slug}`} className="button button-secondary" aria-label={`Study ${question.deck.title} (${question.prompt})`}>
                Study
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
