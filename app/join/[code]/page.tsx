import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { findClassByJoinCode } from "@/lib/classes/membership";
import { NO_SUCH_JOIN_CODE } from "@/lib/classes/errors";
import { canViewClass } from "@/lib/permissions/classes";
import { joinClassAction } from "@/app/(app)/classes/actions";
import { ClassActionButton } from "@/app/(app)/classes/class-forms";

export const metadata: Metadata = { title: "Join a class" };

type Props = { params: Promise<{ code: string }> };

/**
 * A shared join link. Opening it changes nothing (link previews and prefetching follow links):
 * the student confirms with a button. Signed-out visitors log in and come back here.
 */
export default async function JoinPage({ params }: Props) {
  const { code } = await params;
  const user = await requireUser(`/join/${encodeURIComponent(code)}`);
  const found = code.length <= 40 ? await findClassByJoinCode(code) : null;
  if (!found) {
    return (
      <div className="page page-narrow stack">
        <h1>Join a class</h1>
        <p className="form-error">{NO_SUCH_JOIN_CODE} Check the link with your instructor, or type the code on the classes page.</p>
        <p>
          <Link href="/classes" className="button">
            Go to classes
          </Link>
        </p>
      </div>
    );
  }
  const member = await canViewClass(user.id, found.id);
  return (
    <div className="page page-narrow stack">
      <h1>Join {found.name}</h1>
      <p>Instructor: {found.instructorName}</p>
      {member ? (
        <p className="notice">
          You are already in this class. <Link href={`/classes/${found.id}`}>Open it</Link>.
        </p>
      ) : (
        <>
          <p>Joining lets the instructor see your progress on the decks they assign to this class.</p>
          <ClassActionButton action={joinClassAction} fields={{ joinCode: code }} label="Join class" variant="primary" />
        </>
      )}
    </div>
  );
}
