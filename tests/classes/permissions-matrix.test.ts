// Every class route and action × (instructor, member student, non-member, signed out), run
// through the real server actions, route handler and page components with only the session
// and Next's navigation/cache functions replaced.
import { beforeEach, describe, expect, it, vi } from "vitest";

const signals = vi.hoisted(() => {
  class Redirect extends Error {
    constructor(readonly url: string) {
      super(`redirect ${url}`);
    }
  }
  class NotFound extends Error {}
  return { Redirect, NotFound, user: null as null | { id: string; email: string; name: string; timezone: string; dayStartsAtHour: number; newPerDay: number } };
});

vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: async () => signals.user,
  requireUser: async (returnTo: string) => {
    if (!signals.user) throw new signals.Redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
    return signals.user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "recall.test" }) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new signals.Redirect(url);
  },
  notFound: () => {
    throw new signals.NotFound("not found");
  },
}));

import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/result";
import {
  archiveClassAction,
  assignDeckAction,
  createClassAction,
  joinClassAction,
  leaveClassAction,
  removeStudentAction,
  rotateJoinCodeAction,
  unassignDeckAction,
} from "@/app/(app)/classes/actions";
import ClassPage from "@/app/(app)/classes/[classId]/page";
import ProgressPage from "@/app/(app)/classes/[classId]/progress/page";
import ItemsPage from "@/app/(app)/classes/[classId]/items/page";
import JoinPage from "@/app/(app)/join/[code]/page";
import { GET as progressCsv } from "@/app/(app)/classes/[classId]/progress.csv/route";
import { classOverview } from "@/lib/classes/classes";
import { studentAssignments } from "@/lib/classes/my-assignments";
import { canStudyDeck } from "@/lib/permissions/decks";
import { createDeck, createUser } from "../support/fixtures";
import { classWithMembers } from "./class-fixtures";

type Role = "instructor" | "student" | "nonMember" | "signedOut";
const ROLES: Role[] = ["instructor", "student", "nonMember", "signedOut"];

type World = Awaited<ReturnType<typeof buildWorld>>;

/** A live class with two students, one private assigned deck and a second deck ready to assign. */
async function buildWorld() {
  const setup = await classWithMembers(2);
  const assigned = await createDeck({ visibility: "PRIVATE", ownerId: setup.instructor.id });
  const spare = await createDeck({ visibility: "PUBLIC" });
  const assignment = await db.assignment.create({ data: { classId: setup.classId, deckId: assigned.deck.id } });
  return { ...setup, assignedDeckId: assigned.deck.id, spareDeckId: spare.deck.id, assignmentId: assignment.id };
}

function signInAs(world: World, role: Role) {
  const user = role === "instructor" ? world.instructor : role === "student" ? world.students[0] : role === "nonMember" ? world.outsider : null;
  signals.user = user;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Everything a class action could change, to prove a refusal changed nothing. */
async function snapshot(world: World) {
  return {
    class: await db.class.findUnique({ where: { id: world.classId } }),
    members: await db.classMember.findMany({ where: { classId: world.classId }, orderBy: { userId: "asc" } }),
    assignments: await db.assignment.findMany({ where: { classId: world.classId }, orderBy: { id: "asc" } }),
    classes: await db.class.count(),
  };
}

const fieldErrorsOf = (state: ActionResult<unknown>) => (state.ok ? undefined : state.fieldErrors);

type Outcome = "allowed" | "refused" | "redirected-to-login" | "not-found";

async function actionOutcome(run: () => Promise<ActionResult<unknown>>): Promise<Outcome> {
  try {
    const state = await run();
    if (!state.ok && state.code === "signed_out") return "redirected-to-login";
    return state.ok ? "allowed" : "refused";
  } catch (error) {
    if (error instanceof signals.Redirect) return "allowed";
    throw error;
  }
}

async function pageOutcome(render: () => Promise<unknown>): Promise<Outcome> {
  try {
    await render();
    return "allowed";
  } catch (error) {
    if (error instanceof signals.Redirect && error.url.startsWith("/login")) return "redirected-to-login";
    if (error instanceof signals.NotFound) return "not-found";
    throw error;
  }
}

const params = <T extends object>(value: T) => ({ params: Promise.resolve(value), searchParams: Promise.resolve({}) });

type Case = {
  name: string;
  expected: Record<Role, Outcome>;
  run: (world: World) => Promise<Outcome>;
  /** Actions that change something: whether the change happened is checked against the outcome. */
  mutates?: boolean;
};

const OWNER_ONLY_WRITE: Record<Role, Outcome> = { instructor: "allowed", student: "refused", nonMember: "refused", signedOut: "redirected-to-login" };
const INSTRUCTOR_PAGE: Record<Role, Outcome> = { instructor: "allowed", student: "not-found", nonMember: "not-found", signedOut: "redirected-to-login" };

const CASES: Case[] = [
  {
    name: "class page",
    expected: { instructor: "allowed", student: "allowed", nonMember: "not-found", signedOut: "redirected-to-login" },
    run: (w) => pageOutcome(() => ClassPage(params({ classId: w.classId }))),
  },
  { name: "progress page", expected: INSTRUCTOR_PAGE, run: (w) => pageOutcome(() => ProgressPage(params({ classId: w.classId }))) },
  { name: "item analysis page", expected: INSTRUCTOR_PAGE, run: (w) => pageOutcome(() => ItemsPage(params({ classId: w.classId }))) },
  {
    name: "progress.csv route",
    expected: { instructor: "allowed", student: "not-found", nonMember: "not-found", signedOut: "redirected-to-login" },
    run: async (w) => {
      const response = await progressCsv(new Request("http://test/"), params({ classId: w.classId }));
      return ({ 200: "allowed", 404: "not-found", 401: "redirected-to-login" } as Record<number, Outcome>)[response.status] ?? "refused";
    },
  },
  {
    name: "join page",
    expected: { instructor: "allowed", student: "allowed", nonMember: "allowed", signedOut: "redirected-to-login" },
    run: (w) => pageOutcome(() => JoinPage(params({ code: w.joinCode }))),
  },
  {
    name: "create class",
    mutates: true,
    expected: { instructor: "allowed", student: "allowed", nonMember: "allowed", signedOut: "redirected-to-login" },
    run: () => actionOutcome(() => createClassAction({}, form({ name: "Another class" }))),
  },
  {
    name: "join class",
    expected: { instructor: "allowed", student: "allowed", nonMember: "allowed", signedOut: "redirected-to-login" },
    run: (w) => actionOutcome(() => joinClassAction({}, form({ joinCode: w.joinCode }))),
  },
  {
    name: "leave class",
    mutates: true,
    expected: { instructor: "refused", student: "allowed", nonMember: "refused", signedOut: "redirected-to-login" },
    run: (w) => actionOutcome(() => leaveClassAction({}, form({ classId: w.classId }))),
  },
  {
    name: "remove student",
    mutates: true,
    expected: OWNER_ONLY_WRITE,
    run: (w) => actionOutcome(() => removeStudentAction({}, form({ classId: w.classId, studentId: w.students[1].id }))),
  },
  { name: "rotate join code", mutates: true, expected: OWNER_ONLY_WRITE, run: (w) => actionOutcome(() => rotateJoinCodeAction({}, form({ classId: w.classId }))) },
  { name: "archive class", mutates: true, expected: OWNER_ONLY_WRITE, run: (w) => actionOutcome(() => archiveClassAction({}, form({ classId: w.classId }))) },
  {
    name: "assign deck",
    mutates: true,
    expected: OWNER_ONLY_WRITE,
    run: (w) => actionOutcome(() => assignDeckAction({}, form({ classId: w.classId, deckId: w.spareDeckId, dueDate: "", targetCorrectPct: "80" }))),
  },
  {
    name: "remove assignment",
    mutates: true,
    expected: OWNER_ONLY_WRITE,
    run: (w) => actionOutcome(() => unassignDeckAction({}, form({ classId: w.classId, assignmentId: w.assignmentId }))),
  },
];

let world: World;
beforeEach(async () => {
  signals.user = null;
  world = await buildWorld();
});

describe("permission matrix", () => {
  for (const entry of CASES) {
    for (const role of ROLES) {
      it(`${entry.name} × ${role} → ${entry.expected[role]}`, async () => {
        signInAs(world, role);
        const before = await snapshot(world);
        expect(await entry.run(world)).toBe(entry.expected[role]);
        const after = await snapshot(world);
        if (entry.expected[role] !== "allowed") expect(after).toEqual(before);
        else if (entry.mutates) expect(after).not.toEqual(before);
      });
    }
  }
});

describe("what each role sees", () => {
  it("a student's class page holds no other student's data", async () => {
    const view = await classOverview(world.students[0].id, world.classId);
    expect(view.role).toBe("STUDENT");
    const text = JSON.stringify(view);
    for (const other of [world.students[1]]) {
      expect(text).not.toContain(other.id);
      expect(text).not.toContain(other.email);
      expect(text).not.toContain(other.name);
    }
    expect(text).not.toContain(world.joinCode);
  });

  it("a class id from another class answers not found for its instructor too", async () => {
    const other = await classWithMembers(0);
    signals.user = other.instructor;
    expect(await pageOutcome(() => ProgressPage(params({ classId: world.classId })))).toBe("not-found");
    expect(await actionOutcome(() => removeStudentAction({}, form({ classId: world.classId, studentId: world.students[0].id })))).toBe("refused");
    expect(await actionOutcome(() => unassignDeckAction({}, form({ classId: other.classId, assignmentId: world.assignmentId })))).toBe("refused");
    expect(await db.assignment.count({ where: { id: world.assignmentId } })).toBe(1);
  });

  it("bad input answers a field error and changes nothing", async () => {
    signals.user = world.instructor;
    const before = await snapshot(world);
    expect(await createClassAction({}, form({ name: "   " }))).toEqual({ ok: false, code: "invalid", fieldErrors: { name: "Enter a name for the class." } });
    expect(await createClassAction({}, form({ name: "x".repeat(101) }))).toEqual({ ok: false, code: "invalid", fieldErrors: { name: "Keep the name under 100 characters." } });
    expect(await joinClassAction({}, form({ joinCode: "NOPE" }))).toEqual({ ok: false, code: "invalid", fieldErrors: { joinCode: "No class has that join code." } });
    const assign = (fields: Record<string, string>) => assignDeckAction({}, form({ classId: world.classId, deckId: world.spareDeckId, ...fields }));
    expect(fieldErrorsOf(await assign({ dueDate: "next friday" }))).toEqual({ dueDate: "Enter the date as YYYY-MM-DD." });
    expect(fieldErrorsOf(await assign({ dueDate: "2000-01-01" }))).toEqual({ dueDate: "Pick today or a later date." });
    expect(fieldErrorsOf(await assign({ targetCorrectPct: "0" }))).toEqual({ targetCorrectPct: "Enter a whole percentage from 1 to 100." });
    expect(fieldErrorsOf(await assign({ targetCorrectPct: "85.5" }))).toEqual({ targetCorrectPct: "Enter a whole percentage from 1 to 100." });
    expect(fieldErrorsOf(await assign({ targetCorrectPct: "lots" }))).toEqual({ targetCorrectPct: "Enter a whole percentage from 1 to 100." });
    expect(fieldErrorsOf(await assignDeckAction({}, form({ classId: world.classId })))).toEqual({ deckId: "Choose a deck to assign." });
    expect(await snapshot(world)).toEqual(before);
  });
});

describe("access follows membership at once", () => {
  it("current and future members can study an assigned private deck", async () => {
    expect(await canStudyDeck(world.students[0].id, world.assignedDeckId)).toBe(true);
    const newcomer = await createUser();
    expect(await canStudyDeck(newcomer.id, world.assignedDeckId)).toBe(false);
    signals.user = newcomer;
    expect(await actionOutcome(() => joinClassAction({}, form({ joinCode: world.joinCode })))).toBe("allowed");
    expect(await canStudyDeck(newcomer.id, world.assignedDeckId)).toBe(true);
    expect((await studentAssignments(newcomer.id)).assignments).toHaveLength(1);
  });

  it("a removed student loses the class, its assignments and its private deck at once", async () => {
    const student = world.students[0];
    signals.user = world.instructor;
    expect(await actionOutcome(() => removeStudentAction({}, form({ classId: world.classId, studentId: student.id })))).toBe("allowed");
    signals.user = student;
    expect(await pageOutcome(() => ClassPage(params({ classId: world.classId })))).toBe("not-found");
    expect(await actionOutcome(() => leaveClassAction({}, form({ classId: world.classId })))).toBe("refused");
    expect(await canStudyDeck(student.id, world.assignedDeckId)).toBe(false);
    expect((await studentAssignments(student.id)).assignments).toEqual([]);
    expect((await progressCsv(new Request("http://test/"), params({ classId: world.classId }))).status).toBe(404);
  });

  it("archiving keeps a read-only view for the instructor and ends the class for students", async () => {
    signals.user = world.instructor;
    expect(await actionOutcome(() => archiveClassAction({}, form({ classId: world.classId })))).toBe("allowed");
    expect(await pageOutcome(() => ClassPage(params({ classId: world.classId })))).toBe("allowed");
    expect(await pageOutcome(() => ProgressPage(params({ classId: world.classId })))).toBe("allowed");
    for (const write of [
      () => rotateJoinCodeAction({}, form({ classId: world.classId })),
      () => assignDeckAction({}, form({ classId: world.classId, deckId: world.spareDeckId })),
      () => removeStudentAction({}, form({ classId: world.classId, studentId: world.students[1].id })),
      () => unassignDeckAction({}, form({ classId: world.classId, assignmentId: world.assignmentId })),
    ]) {
      expect(await actionOutcome(write)).toBe("refused");
    }
    signals.user = world.students[0];
    expect(await pageOutcome(() => ClassPage(params({ classId: world.classId })))).toBe("not-found");
    expect(await canStudyDeck(world.students[0].id, world.assignedDeckId)).toBe(false);
    expect(await actionOutcome(() => joinClassAction({}, form({ joinCode: world.joinCode })))).toBe("refused");
  });
});
