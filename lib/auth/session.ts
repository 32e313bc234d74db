// Who is asking: the signed-in user for server components, actions and route handlers.
import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { authOptions } from "./options";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  timezone: string;
  dayStartsAtHour: number;
  newPerDay: number;
};

/** The user as the study queue and scheduler see them: who, and their study day and daily limit. */
export type Student = Pick<CurrentUser, "id" | "timezone" | "dayStartsAtHour" | "newPerDay">;

/** The signed-in user, or null. A token for a deleted account counts as signed out. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, timezone: true, dayStartsAtHour: true, newPerDay: true },
  });
}

/** For pages: the signed-in user, or a redirect to the log-in page that comes back here. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
