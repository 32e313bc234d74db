// A student's assignments: the deck, (the class), when it is due, how far they are, its status.
// Shown on the dashboard (every class) and on a class's page (that class only). On a phone each
// row becomes a stacked card (the "stacked-table" style, labelled by data-label).
import Link from "next/link";
import type { StudentAssignment } from "@/lib/classes/my-assignments";
import { STATUS_LABELS } from "@/lib/classes/status";
import { formatInstant, type Reader } from "@/lib/format/dates";
import { TableHead } from "./table-head";

type Props = { assignments: StudentAssignment[]; reader: Reader; caption: string; showClass?: boolean };

export function AssignmentsTable({ assignments, reader, caption, showClass = false }: Props) {
  return (
    <table className="stacked-table">
      <caption className="visually-hidden">{caption}</caption>
      <TableHead columns={["Deck", showClass && "Class", "Due", "Reviewed", "Status"]} />
      <tbody>
        {assignments.map((assignment) => (
          <tr key={assignment.assignmentId}>
            <td data-label="Deck">
              <Link href={`/study/${assignment.deckSlug}`}>{assignment.deckTitle}</Link>
            </td>
            {showClass ? (
              <td data-label="Class">
                <Link href={`/classes/${assignment.classId}`}>{assignment.className}</Link>
              </td>
            ) : null}
            <td data-label="Due">{formatInstant(assignment.dueAt, reader, { withTime: true, empty: "No due date" })}</td>
            <td data-label="Reviewed">
              {assignment.questionsSeen} of {assignment.questionsTotal}
              {assignment.correctPct === null ? "" : ` · ${assignment.correctPct}% correct (target ${assignment.targetCorrectPct}%)`}
            </td>
            <td data-label="Status">
              <span className={`status-badge status-${assignment.status}`}>{STATUS_LABELS[assignment.status]}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
