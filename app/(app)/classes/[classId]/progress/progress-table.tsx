"use client";

import { useMemo, useState } from "react";

export type ProgressTableRow = {
  key: string;
  student: string;
  email: string;
  assignmentId: string;
  assignment: string;
  seen: number;
  total: number;
  correctPct: number | null;
  due: number;
  lastActiveMs: number | null;
  lastActiveLabel: string;
  dueLabel: string;
  status: string;
  statusLabel: string;
  /** Orders statuses by urgency rather than alphabetically. */
  statusRank: number;
};

type SortKey = "student" | "assignment" | "seen" | "correctPct" | "due" | "lastActiveMs" | "statusRank";
type Direction = "ascending" | "descending";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "student", label: "Student" },
  { key: "assignment", label: "Assignment" },
  { key: "seen", label: "Questions seen" },
  { key: "correctPct", label: "% correct on last review" },
  { key: "due", label: "Cards due" },
  { key: "lastActiveMs", label: "Last active" },
  { key: "statusRank", label: "Status" },
];

/** Never-reviewed rows (null) stay at the bottom whichever way the column is sorted. */
function compare(a: ProgressTableRow, b: ProgressTableRow, key: SortKey, sign: number): number {
  const x = a[key];
  const y = b[key];
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return sign * (typeof x === "string" ? x.localeCompare(y as string, undefined, { sensitivity: "base" }) : (x as number) - (y as number));
}

/** The students × assignments table: sortable by every column, filterable by assignment. */
export function ProgressTable({ rows, assignments }: { rows: ProgressTableRow[]; assignments: { id: string; title: string }[] }) {
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({ key: "student", direction: "ascending" });
  const [assignmentId, setAssignmentId] = useState("all");

  const shown = useMemo(() => {
    const filtered = assignmentId === "all" ? rows : rows.filter((row) => row.assignmentId === assignmentId);
    const sign = sort.direction === "ascending" ? 1 : -1;
    return [...filtered].sort((a, b) => compare(a, b, sort.key, sign) || a.student.localeCompare(b.student) || a.assignment.localeCompare(b.assignment));
  }, [rows, assignmentId, sort]);

  const toggle = (key: SortKey) =>
    setSort((current) => ({ key, direction: current.key === key && current.direction === "ascending" ? "descending" : "ascending" }));

  return (
    <div className="stack">
      {assignments.length > 1 ? (
        <div className="field progress-filter">
          <label htmlFor="progress-assignment">Assignment</label>
          <select id="progress-assignment" value={assignmentId} onChange={(event) => setAssignmentId(event.target.value)}>
            <option value="all">All assignments</option>
            {assignments.map((assignment) => (
              <option key={assignment.id} value={assignment.id}>
                {assignment.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="table-scroll">
        <table className="progress-table">
          <caption className="visually-hidden">
            Progress of each student on each assignment. Column headers are buttons that sort the table.
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.key} scope="col" aria-sort={sort.key === column.key ? sort.direction : "none"}>
                  <button type="button" className="sort-button" onClick={() => toggle(column.key)}>
                    {column.label}
                    <span aria-hidden="true">{sort.key === column.key ? (sort.direction === "ascending" ? " ▲" : " ▼") : ""}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  {row.student}
                  <br />
                  <span className="muted">{row.email}</span>
                </th>
                <td>
                  {row.assignment}
                  <br />
                  <span className="muted">{row.dueLabel}</span>
                </td>
                <td>
                  {row.seen} of {row.total}
                </td>
                <td>{row.correctPct === null ? "—" : `${row.correctPct}%`}</td>
                <td>{row.due}</td>
                <td>{row.lastActiveLabel}</td>
                <td>
                  <span className={`status-badge status-${row.status}`}>{row.statusLabel}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
