import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { guardPage } from "@/lib/auth/page-guard";
import { classOverview, type InstructorClassView, type StudentClassView } from "@/lib/classes/classes";
import { classIdSchema } from "@/lib/classes/forms";
import { joinPath } from "@/lib/classes/join-code";
import { calendarDateKey } from "@/lib/classes/due-date";
import {
  archiveClassAction,
  assignDeckAction,
  leaveClassAction,
  removeStudentAction,
  rotateJoinCodeAction,
  unassignDeckAction,
} from "../actions";
import { AssignDeckForm } from "../class-forms";
import { ActionButton } from "@/app/components/action-button";
import { AssignmentsTable } from "@/app/components/assignments-table";
import { formatInstant, type Reader } from "@/lib/format/dates";
import { publicOrigin } from "@/lib/http/request-origin";
import { requestLocale } from "@/lib/http/request-locale";
import { TableHead } from "@/app/components/table-head";

export const metadata: Metadata = { title: "Class" };

type Props = { params: Promise<{ classId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Outcomes of actions whose button disappears with what it removed (a Map: `done` comes from the URL). */
const DONE_MESSAGES = new Map([
  ["student-removed", "Student removed. They no longer have access to this class or its decks."],
  ["assignment-removed", "Assignment removed."],
]);

export default async function ClassPage({ params, searchParams }: Props) {
  const { classId: raw } = await params;
  const { done } = await searchParams;
  const doneMessage = typeof done === "string" ? DONE_MESSAGES.get(done) : undefined;
  const { data: view } = await guardPage({ path: `/classes/${encodeURIComponent(raw)}`, param: raw, schema: classIdSchema }, (user, classId) =>
    classOverview(user.id, classId),
  );
  const reader = { locale: await requestLocale(), timezone: view.timezone };
  if (view.role !== "INSTRUCTOR") return <StudentView view={view} reader={reader} />;
  // The link students will open: the address this instructor reached the app at.
  const joinUrl = `${publicOrigin(await headers())}${joinPath(view.joinCode)}`;
  return <InstructorView view={view} reader={reader} doneMessage={doneMessage} joinUrl={joinUrl} />;
}

type InstructorProps = { view: InstructorClassView; reader: Reader; doneMessage?: string; joinUrl: string };

function InstructorView({ view, reader, doneMessage, joinUrl }: InstructorProps) {
  const classFields = { classId: view.id };
  return (
    <div className="page stack">
      <div className="page-header">
        <h1>
          {view.name}
          {view.archived ? <span className="status-badge"> Archived</span> : null}
        </h1>
        <div className="actions">
          <Link href={`/classes/${view.id}/progress`} className="button">
            Class progress
          </Link>
          <Link href={`/classes/${view.id}/items`} className="button button-secondary">
            Item analysis
          </Link>
        </div>
      </div>
      {doneMessage ? (
        <p className="notice" role="status">
          {doneMessage}
        </p>
      ) : null}
      {view.archived ? (
        <p className="notice">This class is archived: its students no longer see it, and it can no longer be changed.</p>
      ) : (
        <section className="card stack" aria-labelledby="join-heading">
          <h2 id="join-heading">Invite students</h2>
          <p>
            Join code: <code className="join-code" data-testid="join-code">{view.joinCode}</code>
          </p>
          <p>
            Join link: <a href={joinPath(view.joinCode)}>{joinUrl}</a>
          </p>
          <div className="actions">
            <ActionButton
              action={rotateJoinCodeAction}
              fields={classFields}
              label="New join code"
              confirm="Make a new join code? The current code and link stop working."
            />
            <ActionButton
              action={archiveClassAction}
              fields={classFields}
              label="Archive class"
              variant="danger"
              confirm="Archive this class? Students lose its assignments, and it becomes read-only."
            />
          </div>
        </section>
      )}

      <section className="card stack" aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">Assignments</h2>
        {view.assignments.length === 0 ? (
          <p className="muted">No decks assigned yet.</p>
        ) : (
          <table className="stacked-table">
            <caption className="visually-hidden">Decks assigned to this class</caption>
            <TableHead columns={["Deck", "Due", "Target correct", !view.archived && { hidden: "Actions" }]} />
            <tbody>
              {view.assignments.map((assignment) => (
                <tr key={assignment.id}>
                  <td data-label="Deck">{assignment.deckTitle}</td>
                  <td data-label="Due">{assignment.dueAt ? `End of ${formatInstant(assignment.dueAt, reader)}` : "No due date"}</td>
                  <td data-label="Target correct">{assignment.targetCorrectPct}%</td>
                  {view.archived ? null : (
                    <td>
                      <ActionButton
                        action={unassignDeckAction}
                        fields={{ classId: view.id, assignmentId: assignment.id }}
                        label="Remove"
                        accessibleLabel={`Remove assignment: ${assignment.deckTitle}`}
                        confirm={`Remove the assignment "${assignment.deckTitle}"? Students keep their reviews.`}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {view.archived ? null : view.assignableDecks.length === 0 ? (
          <p className="muted">There is no published deck you can assign yet.</p>
        ) : (
          <AssignDeckForm action={assignDeckAction} classId={view.id} decks={view.assignableDecks} minDate={calendarDateKey(new Date(), view.timezone)} />
        )}
      </section>

      <section className="card stack" aria-labelledby="students-heading">
        <h2 id="students-heading">Students ({view.students.length})</h2>
        {view.students.length === 0 ? (
          <p className="muted">No students yet. Share the join code or link.</p>
        ) : (
          <table className="stacked-table">
            <caption className="visually-hidden">Students in this class</caption>
            <TableHead columns={["Name", "Email", "Joined", !view.archived && { hidden: "Actions" }]} />
            <tbody>
              {view.students.map((student) => (
                <tr key={student.id}>
                  <td data-label="Name">{student.name}</td>
                  <td data-label="Email">{student.email}</td>
                  <td data-label="Joined">{formatInstant(student.joinedAt, reader)}</td>
                  {view.archived ? null : (
                    <td>
                      <ActionButton
                        action={removeStudentAction}
                        fields={{ classId: view.id, studentId: student.id }}
                        label="Remove"
                        accessibleLabel={`Remove ${student.name} from the class`}
                        variant="quiet"
                        confirm={`Remove ${student.name} from the class? They lose access at once.`}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function StudentView({ view, reader }: { view: StudentClassView; reader: Reader }) {
  return (
    <div className="page stack">
      <div className="page-header">
        <h1>{view.name}</h1>
        <ActionButton
          action={leaveClassAction}
          fields={{ classId: view.id }}
          label="Leave class"
          variant="quiet"
          confirm="Leave this class? You lose access to its assigned decks."
        />
      </div>
      <p className="muted">Instructor: {view.instructorName}</p>
      <section className="card stack" aria-labelledby="my-class-assignments">
        <h2 id="my-class-assignments">Your assignments</h2>
        {view.assignments.length === 0 ? (
          <p className="muted">Nothing assigned yet.</p>
        ) : (
          <AssignmentsTable assignments={view.assignments} reader={reader} caption="Your assignments in this class" />
        )}
      </section>
    </div>
  );
}
