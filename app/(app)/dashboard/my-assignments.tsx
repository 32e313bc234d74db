// The student's assignments on their home page: what is due, by when, and where they stand.
import Link from "next/link";
import { studentAssignments } from "@/lib/classes/my-assignments";
import { STATUS_LABELS } from "@/lib/classes/status";
import { formatDateTime } from "../classes/format";

/** Renders nothing for someone with no assignments, so the home page stays simple for them. */
export async function MyAssignments({ userId }: { userId: string }) {
  const { timezone, assignments } = await studentAssignments(userId);
  if (assignments.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="my-assignments-heading">
      <h2 id="my-assignments-heading">My assignments</h2>
      <table>
        <caption className="visually-hidden">Decks your classes have assigned to you, most urgent first</caption>
        <thead>
          <tr>
            <th scope="col">Deck</th>
            <th scope="col">Class</th>
            <th scope="col">Due</th>
            <th scope="col">Reviewed</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((assignment) => (
            <tr key={assignment.assignmentId}>
              <td>
                <Link href={`/study/${assignment.deckSlug}`}>{assignment.deckTitle}</Link>
              </td>
              <td>
                <Link href={`/classes/${assignment.classId}`}>{assignment.className}</Link>
              </td>
              <td>{formatDateTime(assignment.dueAt, timezone, "No due date")}</td>
              <td>
                {assignment.questionsSeen} of {assignment.questionsTotal}
                {assignment.correctPct === null ? "" : ` · ${assignment.correctPct}% correct`}
              </td>
              <td>
                <span className={`status-badge status-${assignment.status}`}>{STATUS_LABELS[assignment.status]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
