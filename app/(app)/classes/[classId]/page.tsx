import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { classOverview, type InstructorClassView, type StudentClassView } from "@/lib/classes/classes";
import { classIdSchema } from "@/lib/classes/forms";
import { joinPath } from "@/lib/classes/join-code";
import { todayKey } from "@/lib/classes/due-date";
import { STATUS_LABELS } from "@/lib/classes/status";
import {
  archiveClassAction,
  assignDeckAction,
  leaveClassAction,
  removeStudentAction,
  rotateJoinCodeAction,
  unassignDeckAction,
} from "../actions";
import { AssignDeckForm, ClassActionButton } from "../class-forms";
import { formatDate, formatDateTime } from "../format";
import { orNotFound } from "./load";
import { headers } from "next/headers";
import { publicOrigin } from "@/lib/http/request-origin";

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
  const user = await requireUser(`/classes/${encodeURIComponent(raw)}`);
  const parsed = classIdSchema.safeParse(raw);
  if (!parsed.success) notFound();
  const view = await orNotFound(classOverview(user.id, parsed.data));
  if (view.role !== "INSTRUCTOR") return <StudentView view={view} />;
  // The link students will open: the address this instructor reached the app at.
  const joinUrl = `${publicOrigin(await headers())}${joinPath(view.joinCode)}`;
  return <InstructorView view={view} doneMessage={doneMessage} joinUrl={joinUrl} />;
}

function InstructorView({ view, doneMessage, joinUrl }: { view: InstructorClassView; doneMessage?: string; joinUrl: string }) {
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
            <ClassActionButton
              action={rotateJoinCodeAction}
              fields={classFields}
              label="New join code"
              confirm="Make a new join code? The current code and link stop working."
            />
            <ClassActionButton
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
          <table>
            <caption className="visually-hidden">Decks assigned to this class</caption>
            <thead>
              <tr>
                <th scope="col">Deck</th>
                <th scope="col">Due</th>
                <th scope="col">Target correct</th>
                {view.archived ? null : (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {view.assignments.map((assignment) => (
                <tr key={assignment.id}>
                  <td>{assignment.deckTitle}</td>
                  <td>{assignment.dueAt ? `End of ${formatDate(assignment.dueAt, view.timezone)}` : "No due date"}</td>
                  <td>{assignment.targetCorrectPct}%</td>
                  {view.archived ? null : (
                    <td>
                      <ClassActionButton
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
          <AssignDeckForm action={assignDeckAction} classId={view.id} decks={view.assignableDecks} minDate={todayKey(new Date(), view.timezone)} />
        )}
      </section>

      <section className="card stack" aria-labelledby="students-heading">
        <h2 id="students-heading">Students ({view.students.length})</h2>
        {view.students.length === 0 ? (
          <p className="muted">No students yet. Share the join code or link.</p>
        ) : (
          <table>
            <caption className="visually-hidden">Students in this class</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Joined</th>
                {view.archived ? null : (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {view.students.map((student) => (
                <tr key={student.id}>
                  <td>{student.name}</td>
                  <td>{student.email}</td>
                  <td>{formatDate(student.joinedAt, view.timezone)}</td>
                  {view.archived ? null : (
                    <td>
                      <ClassActionButton
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

function StudentView({ view }: { view: StudentClassView }) {
  return (
    <div className="page stack">
      <div className="page-header">
        <h1>{view.name}</h1>
        <ClassActionButton
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
          <table>
            <caption className="visually-hidden">Your assignments in this class</caption>
            <thead>
              <tr>
                <th scope="col">Deck</th>
                <th scope="col">Due</th>
                <th scope="col">Reviewed</th>
                <th scope="col">Correct on last review</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {view.assignments.map((assignment) => (
                <tr key={assignment.assignmentId}>
                  <td>
                    <Link href={`/study/${assignment.deckSlug}`}>{assignment.deckTitle}</Link>
                  </td>
                  <td>{formatDateTime(assignment.dueAt, view.timezone, "No due date")}</td>
                  <td>
                    {assignment.questionsSeen} of {assignment.questionsTotal}
                  </td>
                  <td>{assignment.correctPct === null ? "—" : `${assignment.correctPct}% (target ${assignment.targetCorrectPct}%)`}</td>
                  <td>
                    <span className={`status-badge status-${assignment.status}`}>{STATUS_LABELS[assignment.status]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
