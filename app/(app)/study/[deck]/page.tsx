import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { loadStudySession } from "@/lib/study/session";
import { resolveStudyScope } from "@/lib/study/scope";
import { StudyError } from "@/lib/study/errors";
import { StudySession } from "./study-session";

export const metadata: Metadata = { title: "Study session" };

function Refusal({ message }: { message: string }) {
  return (
    <div className="page stack">
      <h1>Study session</h1>
      <p className="notice">{message}</p>
      <p>
        <Link href="/decks">Go to your decks</Link>
      </p>
    </div>
  );
}

export default async function StudyDeckPage({ params }: { params: Promise<{ deck: string }> }) {
  const { deck: segment } = await params;
  const student = await requireUser(`/study/${encodeURIComponent(segment)}`);
  try {
    const session = await loadStudySession(student, await resolveStudyScope(segment));
    return <StudySession initial={session} timezone={student.timezone} />;
  } catch (error) {
    if (error instanceof StudyError) return <Refusal message={error.message} />;
    throw error;
  }
}
