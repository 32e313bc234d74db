// The student's assignments on their home page: what is due, by when, and where they stand.
import { AssignmentsTable } from "@/app/components/assignments-table";
import { studentAssignments } from "@/lib/classes/my-assignments";

/** Renders nothing for someone with no assignments, so the home page stays simple for them. */
export async function MyAssignments({ userId, locale }: { userId: string; locale: string }) {
  const { timezone, assignments } = await studentAssignments(userId);
  if (assignments.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="my-assignments-heading">
      <h2 id="my-assignments-heading">My assignments</h2>
      <AssignmentsTable assignments={assignments} reader={{ locale, timezone }} caption="Decks your classes have assigned to you, most urgent first" showClass />
    </section>
  );
}
