// The account section of the settings page, through its real server actions: log out
// everywhere, change password, delete account. Only the session and Next's navigation/cache
// are replaced; everything else runs against the real database.
import { beforeEach, describe, expect, it, vi } from "vitest";

const signals = vi.hoisted(() => {
  class Redirect extends Error {
    constructor(readonly url: string) {
      super(`redirect ${url}`);
    }
  }
  return { Redirect, user: null as null | { id: string; email: string; name: string; sessionId: string }, cookieForgotten: 0 };
});

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signals.user }));
vi.mock("@/lib/auth/session-cookie", () => ({
  forgetSessionCookie: async () => {
    signals.cookieForgotten++;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new signals.Redirect(url);
  },
}));

import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/accounts";
import { deletionPlan } from "@/lib/auth/account";
import { hashPassword } from "@/lib/auth/password";
import { startSession } from "@/lib/auth/sessions";
import { createClass } from "@/lib/classes/classes";
import { changePasswordAction, deleteAccountAction, logOutEverywhereAction } from "@/app/(app)/settings/actions";
import { createDeck, createUser, enroll, reviewId } from "../support/fixtures";

const PASSWORD = "my current password";
let counter = 0;

/** A real account with a password and `sessions` open sessions; signed in on the first. */
async function signedIn(sessions = 1) {
  const email = `account-${counter++}@example.com`;
  const user = await db.user.create({ data: { email, name: "Ada Account", passwordHash: await hashPassword(PASSWORD) } });
  const ids = [];
  for (let i = 0; i < sessions; i++) ids.push(await startSession(user.id, `Browser ${i}`));
  signals.user = { id: user.id, email, name: user.name, sessionId: ids[0] };
  return { user, sessionIds: ids };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (thrown) => thrown,
  );
  if (!(error instanceof signals.Redirect)) throw new Error(`expected a redirect, got ${String(error)}`);
  return error.url;
}

const openSessionIds = async (userId: string) => (await db.session.findMany({ where: { userId }, select: { id: true } })).map((row) => row.id).sort();

beforeEach(() => {
  signals.user = null;
  signals.cookieForgotten = 0;
});

describe("logOutEverywhereAction", () => {
  it("ends every session of the user, this one included, and nobody else's", async () => {
    const other = await signedIn(1);
    const { user } = await signedIn(3);
    expect(await redirectOf(logOutEverywhereAction(null, form({})))).toBe("/login?notice=logged-out-everywhere");
    expect(await openSessionIds(user.id)).toEqual([]);
    expect(await openSessionIds(other.user.id)).toEqual(other.sessionIds);
    expect(signals.cookieForgotten).toBe(1);
  });

  it("refuses the signed-out", async () => {
    expect(await logOutEverywhereAction(null, form({}))).toMatchObject({ ok: false, code: "signed_out" });
  });
});

describe("changePasswordAction", () => {
  const change = (fields: Record<string, string>) => changePasswordAction(null, form(fields));

  it("asks for the current password, sets the new one and ends the other sessions", async () => {
    const { user, sessionIds } = await signedIn(3);
    expect(await change({ currentPassword: PASSWORD, newPassword: "a brand new password", confirmPassword: "a brand new password" })).toEqual({
      ok: true,
      value: { notice: "Password changed. You were logged out on 2 other browsers." },
    });
    expect(await openSessionIds(user.id)).toEqual([sessionIds[0]]);
    expect(await authenticate({ email: user.email, password: PASSWORD })).toBeNull();
    expect(await authenticate({ email: user.email, password: "a brand new password" })).toMatchObject({ id: user.id });
  });

  it("refuses a wrong current password, a mismatch, a short or unchanged password, and changes nothing", async () => {
    const { user, sessionIds } = await signedIn(2);
    const before = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    const errorsOf = async (fields: Record<string, string>) => {
      const result = await change(fields);
      return result.ok ? undefined : result.fieldErrors;
    };
    expect(await errorsOf({ currentPassword: "not it at all", newPassword: "long enough new", confirmPassword: "long enough new" })).toEqual({
      currentPassword: "That is not your current password.",
    });
    expect(await errorsOf({ currentPassword: PASSWORD, newPassword: "long enough new", confirmPassword: "long enough typo" })).toEqual({
      confirmPassword: "The two new passwords do not match.",
    });
    expect(await errorsOf({ currentPassword: PASSWORD, newPassword: "short", confirmPassword: "short" })).toEqual({
      newPassword: "Use at least 8 characters for your password.",
    });
    expect(await errorsOf({ currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD })).toEqual({
      newPassword: "Choose a password different from your current one.",
    });
    expect(await errorsOf({ currentPassword: "", newPassword: "", confirmPassword: "" })).toMatchObject({
      currentPassword: "Enter your current password.",
      newPassword: "Choose a password.",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before);
    expect(await openSessionIds(user.id)).toEqual([...sessionIds].sort());
  });

  it("limits guesses at the current password from a borrowed session", async () => {
    await signedIn(1);
    const wrong = { currentPassword: "guess", newPassword: "long enough new", confirmPassword: "long enough new" };
    for (let i = 0; i < 5; i++) expect(await change(wrong)).toMatchObject({ fieldErrors: { currentPassword: "That is not your current password." } });
    const refused = await change({ ...wrong, currentPassword: PASSWORD });
    expect(refused).toMatchObject({ ok: false, code: "throttled", fieldErrors: { currentPassword: expect.stringMatching(/^Too many wrong passwords\. Try again in 1[45] minutes\.$/) } });
  });
});

describe("deleteAccountAction", () => {
  /** An instructor who also studies: every kind of data deletion has to deal with. */
  async function instructorWithEverything() {
    const { user, sessionIds } = await signedIn(2);
    const student = await createUser({ name: "Stu Dent" });
    const taught = await createClass(user.id, "Taught class");
    await db.classMember.create({ data: { classId: taught.id, userId: student.id, role: "STUDENT" } });
    const publicDeck = await createDeck({ ownerId: user.id, visibility: "PUBLIC" });
    const classOnly = await createDeck({ ownerId: user.id, visibility: "PRIVATE" });
    const draft = await createDeck({ ownerId: user.id, published: false });
    await db.assignment.create({ data: { classId: taught.id, deckId: classOnly.deck.id } });
    // The instructor studies someone else's deck in someone else's class.
    const otherTeacher = await createUser();
    const joined = await createClass(otherTeacher.id, "Joined class");
    await db.classMember.create({ data: { classId: joined.id, userId: user.id, role: "STUDENT" } });
    const studied = await createDeck();
    await enroll(user.id, studied.deck.id);
    for (const learner of [user.id, student.id]) {
      for (const question of [studied.questions[0], publicDeck.questions[0], classOnly.questions[0]]) {
        await db.cardState.create({ data: { userId: learner, questionId: question.id, dueAt: new Date() } });
        await db.reviewLog.create({
          data: { clientReviewId: reviewId(), userId: learner, questionId: question.id, grade: 4, correct: true, durationMs: 900, kind: "NEW", stateAfter: {} },
        });
      }
    }
    await enroll(student.id, publicDeck.deck.id);
    return { user, sessionIds, student, taught, joined, publicDeck, classOnly, draft, studied };
  }

  it("describes exactly what will happen before anything is deleted", async () => {
    const world = await instructorWithEverything();
    expect(await deletionPlan(world.user.id)).toEqual({
      classesTaught: [{ id: world.taught.id, name: "Taught class", students: 1 }],
      publicDecks: [{ id: world.publicDeck.deck.id, title: world.publicDeck.deck.title }],
      classOnlyDecks: [{ id: world.classOnly.deck.id, title: world.classOnly.deck.title }],
      drafts: [{ id: world.draft.deck.id, title: world.draft.deck.title }],
      reviews: 3,
      cards: 3,
      classesJoined: 1,
    });
  });

  it("refuses a wrong password and deletes nothing", async () => {
    const world = await instructorWithEverything();
    expect(await deleteAccountAction(null, form({ password: "wrong password" }))).toEqual({
      ok: false,
      code: "invalid",
      fieldErrors: { password: "That is not your current password." },
    });
    expect(await deleteAccountAction(null, form({}))).toMatchObject({ ok: false, fieldErrors: { password: "Enter your current password." } });
    expect(await db.user.count({ where: { id: world.user.id } })).toBe(1);
    expect(await db.class.count({ where: { id: world.taught.id } })).toBe(1);
    expect(await db.deck.count({ where: { id: world.draft.deck.id } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: world.user.id } })).toBe(3);
  });

  it("removes the user's personal data, the classes they teach and their drafts, and keeps their published decks without an author", async () => {
    const world = await instructorWithEverything();
    const me = world.user.id;
    expect(await redirectOf(deleteAccountAction(null, form({ password: PASSWORD })))).toBe("/login?notice=account-deleted");
    expect(signals.cookieForgotten).toBe(1);

    // Personal data: the account, its reviews, card states, deck list, memberships, sessions.
    expect(await db.user.count({ where: { id: me } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: me } })).toBe(0);
    expect(await db.cardState.count({ where: { userId: me } })).toBe(0);
    expect(await db.deckEnrollment.count({ where: { userId: me } })).toBe(0);
    expect(await db.classMember.count({ where: { userId: me } })).toBe(0);
    expect(await db.session.count({ where: { userId: me } })).toBe(0);

    // The class they taught is gone with its memberships and assignments.
    expect(await db.class.count({ where: { id: world.taught.id } })).toBe(0);
    expect(await db.classMember.count({ where: { classId: world.taught.id } })).toBe(0);
    expect(await db.assignment.count({ where: { classId: world.taught.id } })).toBe(0);
    // The class they joined goes on without them.
    expect(await db.class.count({ where: { id: world.joined.id } })).toBe(1);

    // Decks: the draft is deleted; published decks stay, with no author.
    expect(await db.deck.count({ where: { id: world.draft.deck.id } })).toBe(0);
    const kept = await db.deck.findMany({ where: { id: { in: [world.publicDeck.deck.id, world.classOnly.deck.id] } }, select: { ownerId: true } });
    expect(kept).toEqual([{ ownerId: null }, { ownerId: null }]);

    // The student keeps their own history, on every deck, and their enrollment in the public deck.
    expect(await db.reviewLog.count({ where: { userId: world.student.id } })).toBe(3);
    expect(await db.cardState.count({ where: { userId: world.student.id } })).toBe(3);
    expect(await db.deckEnrollment.count({ where: { userId: world.student.id } })).toBe(1);
  });

  it("refuses the signed-out", async () => {
    expect(await deleteAccountAction(null, form({ password: PASSWORD }))).toMatchObject({ ok: false, code: "signed_out" });
  });
});
