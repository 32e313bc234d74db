import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/lib/auth/page-guard";
import { classProgress } from "@/lib/classes/progress";
import { classIdSchema } from "@/lib/classes/forms";
import { STATUS_LABELS, type AssignmentStatus } from "@/lib/classes/status";
import { formatInstant } from "@/lib/format/dates";
import { requestLocale } from "@/lib/http/request-locale";
import { ProgressTable, type ProgressTableRow } from "./progress-table";
import { plural } from "@/lib/format/numbers";

export const metadata: Metadata = { title: "Class progress" };

const STATUS_RANK: Record<AssignmentStatus, number> = { overdue: 0, not_started: 1, in_progress: 2, done: 3 };

type Props = { params: Promise<{ classId: string }> };

export default async function ClassProgressPage({ params }: Props) {
  const { classId: raw } = await params;
  const { data: progress } = await guardPage({ path: `/classes/${encodeURIComponent(raw)}/progress`, param: raw, schema: classIdSchema }, (user, classId) =>
    classProgress(user.id, classId),
  );
  const reader = { locale: await requestLocale(), timezone: progress.timezone };
  const rows: ProgressTableRow[] = progress.rows.map((row) => ({
    key: `${row.studentId}:${row.assignmentId}`,
    student: row.studentName,
    email: row.studentEmail,
    assignmentId: row.assignmentId,
    assignment: row.deckTitle,
    seen: row.questionsSeen,
    total: row.questionsTotal,
    correctPct: row.correctPct,
    due: row.cardsDue,
    lastActiveMs: row.lastActiveAt?.getTime() ?? null,
    lastActiveLabel: formatInstant(row.lastActiveAt, reader, { withTime: true, empty: "Never" }),
    dueLabel: row.dueAt ? `Due end of ${formatInstant(row.dueAt, reader)}` : "No due date",
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    statusRank: STATUS_RANK[row.status],
  }));
  return (
    <div className="page stack">
      <div className="page-header">
        <h1>Progress: {progress.className}</h1>
        <div className="actions">
          <a href={`/classes/${progress.classId}/progress.csv`} className="button button-secondary" download>
            Download CSV
          </a>
          <Link href={`/classes/${progress.classId}/items`} className="button button-secondary">
            Item analysis
          </Link>
          <Link href={`/classes/${progress.classId}`} className="button button-quiet">
            Back to class
          </Link>
        </div>
      </div>
      <p className="muted">
        {plural(progress.students, "student")} · {plural(progress.assignments.length, "assignment")}. Done means every question reviewed at least once with the target share correct on
        its latest review.
      </p>
      {rows.length === 0 ? (
        <p className="notice">
          {progress.assignments.length === 0 ? "Assign a deck to see progress here." : "No students have joined yet."}
        </p>
      ) : (
        <ProgressTable rows={rows} assignments={progress.assignments.map((assignment) => ({ id: assignment.id, title: assignment.deckTitle }))} />
      )}
    </div>
  );
}
