import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/app/components/action-button";
import { guardPage } from "@/lib/auth/page-guard";
import { findClassByJoinCode } from "@/lib/classes/membership";
import { NO_SUCH_JOIN_CODE } from "@/lib/classes/errors";
import { joinCodeSchema } from "@/lib/classes/forms";
import { canViewClass } from "@/lib/permissions/classes";
import { NotFoundError } from "@/lib/permissions/errors";
import { joinFromLinkAction } from "./actions";

export const metadata: Metadata = { title: "Join a class" };

type Props = { params: Promise<{ code: string }> };

/**
 * A shared join link. Opening it changes nothing (link previews and prefetching follow links):
 * the student confirms with a button. Signed-out visitors log in and come back here.
 */
export default async function JoinPage({ params }: Props) {
  const { code } = await params;
  const { user, data: found } = await guardPage({ path: `/join/${encodeURIComponent(code)}`, param: code, schema: joinCodeSchema }, async (_user, value) => {
    const joinable = await findClassByJoinCode(value);
    if (!joinable) throw new NotFoundError(NO_SUCH_JOIN_CODE);
    return joinable;
  });
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
          <ActionButton action={joinFromLinkAction} fields={{ joinCode: code }} label="Join class" variant="primary" />
        </>
      )}
    </div>
  );
}
