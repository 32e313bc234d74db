import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { deckIdForSlug } from "@/lib/study/overview";
import { loadStudySession } from "@/lib/study/session";
import { StudyError } from "@/lib/study/errors";
import { StudySession } from "./study-session";

export const metadata: Metadata = { title: "Study session" };

const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);

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
  const slug = slugSchema.safeParse(segment);
  if (!slug.success) return <Refusal message="That is not a deck address." />;

  const shared = slug.data === "all" || slug.data === "hardest" ? slug.data : null;
  const deckId = shared ? null : await deckIdForSlug(slug.data);
  if (!shared && !deckId) return <Refusal message="That deck does not exist or you have not added it." />;
  try {
    const session = await loadStudySession(student, deckId ? { deckId } : shared!);
    return <StudySession initial={session} timezone={student.timezone} />;
  } catch (error) {
    if (error instanceof StudyError) return <Refusal message={error.message} />;
    throw error;
  }
}
