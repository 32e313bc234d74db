// Owns what a signed-in user does to their own account: change the password (ends their other
// sessions) and delete the account (their personal data, the classes they teach and their
// drafts go; decks they published stay without an author). Both ask for the current password,
// and wrong passwords are limited per user so a borrowed session cannot guess it.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { Refusal } from "@/lib/errors/refusal";
import { consume, defineLimit, describeWait, reset } from "@/lib/throttle/limit";
import { newPasswordField, PASSWORD_MAX } from "./credentials-schema";
import { hashPassword, verifyPassword } from "./password";
import { endOtherSessions } from "./sessions";

const passwordChecks = defineLimit("account-password", [
  { points: 5, seconds: 15 * 60 },
  { points: 20, seconds: 24 * 60 * 60 },
]);

const currentPassword = z
  .string({ error: "Enter your current password." })
  .min(1, "Enter your current password.")
  .max(PASSWORD_MAX, "That is not your current password.");

export const changePasswordSchema = z
  .object({ currentPassword, newPassword: newPasswordField, confirmPassword: z.string({ error: "Type the new password again." }) })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords do not match." })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], message: "Choose a password different from your current one." });

export const deleteAccountSchema = z.object({ password: currentPassword });

/** Refuses unless `password` is the user's; counts wrong answers against a per-user limit. */
async function assertPassword(userId: string, password: string, field: string): Promise<void> {
  const attempt = { limit: passwordChecks, key: userId };
  const wait = await consume([attempt]);
  if (wait !== null) throw new Refusal("throttled", `Too many wrong passwords. Try again in ${describeWait(wait)}.`, field);
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(passwordHash, password))) throw new Refusal("invalid", "That is not your current password.", field);
  await reset(attempt);
}

/** Sets a new password and ends every other session of the user. Answers how many ended. */
export async function changePassword(
  user: { id: string; sessionId: string },
  input: z.output<typeof changePasswordSchema>,
): Promise<{ endedSessions: number }> {
  await assertPassword(user.id, input.currentPassword, "currentPassword");
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword) } });
  return { endedSessions: await endOtherSessions(user.id, user.sessionId) };
}

type Named = { id: string; title: string };

/** What deleting the account does, shown on the page before the user confirms. */
export type DeletionPlan = {
  /** Deleted: their students leave them and the assignments end. */
  classesTaught: Array<{ id: string; name: string; students: number }>;
  /** Kept in the catalogue without an author. */
  publicDecks: Named[];
  /** Kept without an author, but no one can study them any more (their classes are gone). */
  classOnlyDecks: Named[];
  /** Deleted. */
  drafts: Named[];
  /** Deleted: the user's own study data. */
  reviews: number;
  cards: number;
  classesJoined: number;
};

export async function deletionPlan(userId: string): Promise<DeletionPlan> {
  const [classes, decks, reviews, cards, classesJoined] = await Promise.all([
    db.class.findMany({
      where: { ownerId: userId },
      select: { id: true, name: true, _count: { select: { members: { where: { role: "STUDENT" } } } } },
      orderBy: { createdAt: "asc" },
    }),
    db.deck.findMany({ where: { ownerId: userId }, select: { id: true, title: true, visibility: true, publishedAt: true }, orderBy: { title: "asc" } }),
    db.reviewLog.count({ where: { userId } }),
    db.cardState.count({ where: { userId } }),
    db.classMember.count({ where: { userId, class: { ownerId: { not: userId } } } }),
  ]);
  const named = (list: typeof decks) => list.map(({ id, title }) => ({ id, title }));
  const published = decks.filter((deck) => deck.publishedAt !== null);
  return {
    classesTaught: classes.map(({ id, name, _count }) => ({ id, name, students: _count.members })),
    publicDecks: named(published.filter((deck) => deck.visibility === "PUBLIC")),
    classOnlyDecks: named(published.filter((deck) => deck.visibility !== "PUBLIC")),
    drafts: named(decks.filter((deck) => deck.publishedAt === null)),
    reviews,
    cards,
    classesJoined,
  };
}

/**
 * Deletes the account, as deletionPlan describes, in one transaction: the classes the user
 * teaches (with their memberships and assignments) and their draft decks, then the user — whose
 * reviews, card states, deck list, class memberships and sessions go with them (foreign keys
 * cascade), while their published decks stay with no author (Deck.ownerId is set to null).
 */
export async function deleteAccount(userId: string, password: string): Promise<void> {
  await assertPassword(userId, password, "password");
  await db.$transaction([
    db.class.deleteMany({ where: { ownerId: userId } }),
    db.deck.deleteMany({ where: { ownerId: userId, publishedAt: null } }),
    db.user.delete({ where: { id: userId } }),
  ]);
}
