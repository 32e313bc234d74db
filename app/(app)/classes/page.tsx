import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listClassesFor, type ClassListItem } from "@/lib/classes/classes";
import { createClassAction, joinClassAction } from "./actions";
import { CreateClassForm, JoinClassForm } from "./class-forms";
import { plural } from "@/lib/format/numbers";

export const metadata: Metadata = { title: "Classes" };

function ClassCard({ item, teaching }: { item: ClassListItem; teaching: boolean }) {
  return (
    <li className="card">
      <h3>
        <Link href={`/classes/${item.id}`}>{item.name}</Link>
      </h3>
      <p className="muted">
        {teaching
          ? `${plural(item.students, "student")} · ${plural(item.assignments, "assignment")}`
          : `Instructor: ${item.instructorName} · ${plural(item.assignments, "assignment")}`}
        {item.archived ? " · archived" : ""}
      </p>
    </li>
  );
}

export default async function ClassesPage() {
  const user = await requireUser("/classes");
  const { teaching, studying } = await listClassesFor(user.id);
  return (
    <div className="page stack">
      <div className="page-header">
        <h1>Classes</h1>
      </div>
      <div className="grid">
        <section className="card">
          <JoinClassForm action={joinClassAction} />
        </section>
        <section className="card">
          <CreateClassForm action={createClassAction} />
        </section>
      </div>
      <section aria-labelledby="studying-heading">
        <h2 id="studying-heading">Classes you are in</h2>
        {studying.length === 0 ? (
          <p className="muted">You have not joined a class yet. Ask your instructor for a join code.</p>
        ) : (
          <ul className="grid class-list">
            {studying.map((item) => (
              <ClassCard key={item.id} item={item} teaching={false} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="teaching-heading">
        <h2 id="teaching-heading">Classes you teach</h2>
        {teaching.length === 0 ? (
          <p className="muted">Create a class to assign decks and follow your students&apos; progress.</p>
        ) : (
          <ul className="grid class-list">
            {teaching.map((item) => (
              <ClassCard key={item.id} item={item} teaching />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
