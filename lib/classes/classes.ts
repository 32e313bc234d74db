// A class's life: creating it (the creator becomes its instructor), rotating its join code,
// archiving it, and the lists and overview pages that show it.
import "server-only";
import { db, Prisma } from "@/lib/db";
import { assertCanManageClass, assertCanViewClass, assignableDecksWhere } from "@/lib/permissions/classes";
import { generateJoinCode } from "./join-code";
import { dueDateKey, safeTimezone } from "./due-date";
import { studentAssignments, type StudentAssignment } from "./my-assignments";

const JOIN_CODE_ATTEMPTS = 5;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Runs `write` with fresh codes until one is not taken (a collision is ~1 in 10^12 per class). */
async function withFreshJoinCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= JOIN_CODE_ATTEMPTS) throw error;
    }
  }
}

/**
 * Creates a class taught by its creator. A form sends a one-time `creationKey`: submitting the
 * same form again (a double click, a retry, a replayed request) answers the class it made.
 */
export async function createClass(ownerId: string, name: string, creationKey?: string): Promise<{ id: string; joinCode: string }> {
  const select = { id: true, joinCode: true } as const;
  const made = () => (creationKey ? db.class.findUnique({ where: { ownerId_creationKey: { ownerId, creationKey } }, select }) : null);
  const existing = await made();
  if (existing) return existing;
  try {
    return await withFreshJoinCode((joinCode) =>
      db.class.create({
        data: { name, joinCode, ownerId, creationKey, members: { create: { userId: ownerId, role: "INSTRUCTOR" } } },
        select,
      }),
    );
  } catch (error) {
    // The same form arrived twice at once: the unique key let one through; answer with it.
    const winner = isUniqueViolation(error) ? await made() : null;
    if (winner) return winner;
    throw error;
  }
}

/** The old code stops working at once; members stay. */
export async function rotateJoinCode(userId: string, classId: string): Promise<string> {
  await assertCanManageClass(userId, classId);
  const updated = await withFreshJoinCode((joinCode) => db.class.update({ where: { id: classId }, data: { joinCode }, select: { joinCode: true } }));
  return updated.joinCode;
}

/** Ends the class: read-only for its instructors; students lose its assignments and deck access. */
export async function archiveClass(userId: string, classId: string): Promise<void> {
  await assertCanManageClass(userId, classId);
  await db.class.update({ where: { id: classId }, data: { archivedAt: new Date() } });
}

export type ClassListItem = { id: string; name: string; archived: boolean; students: number; assignments: number; instructorName: string };

/** The classes a user teaches (archived ones too) and the live classes they study in. */
export async function listClassesFor(userId: string): Promise<{ teaching: ClassListItem[]; studying: ClassListItem[] }> {
  const memberships = await db.classMember.findMany({
    where: { userId, OR: [{ role: "INSTRUCTOR" }, { class: { archivedAt: null } }] },
    orderBy: { class: { createdAt: "desc" } },
    select: {
      role: true,
      class: {
        select: {
          id: true,
          name: true,
          archivedAt: true,
          owner: { select: { name: true } },
          _count: { select: { members: { where: { role: "STUDENT" } }, assignments: true } },
        },
      },
    },
  });
  const items = memberships.map(({ role, class: item }) => ({
    role,
    item: {
      id: item.id,
      name: item.name,
      archived: item.archivedAt !== null,
      students: item._count.members,
      assignments: item._count.assignments,
      instructorName: item.owner.name,
    },
  }));
  return {
    teaching: items.filter((entry) => entry.role === "INSTRUCTOR").map((entry) => entry.item),
    studying: items.filter((entry) => entry.role !== "INSTRUCTOR").map((entry) => entry.item),
  };
}

export type InstructorAssignment = {
  id: string;
  deckId: string;
  deckTitle: string;
  deckSlug: string;
  dueAt: Date | null;
  /** The date the instructor picked, in their own time zone. */
  dueDate: string | null;
  targetCorrectPct: number;
};

export type InstructorClassView = {
  role: "INSTRUCTOR";
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  timezone: string;
  students: { id: string; name: string; email: string; joinedAt: Date }[];
  assignments: InstructorAssignment[];
  assignableDecks: { id: string; title: string }[];
};

export type StudentClassView = {
  role: "STUDENT";
  id: string;
  name: string;
  instructorName: string;
  assignments: StudentAssignment[];
  timezone: string;
};

/** The class page: instructors get members and settings; students get their own assignments only. */
export async function classOverview(userId: string, classId: string, now = new Date()): Promise<InstructorClassView | StudentClassView> {
  const access = await assertCanViewClass(userId, classId);
  const item = await db.class.findUniqueOrThrow({
    where: { id: classId },
    select: { id: true, name: true, joinCode: true, archivedAt: true, owner: { select: { name: true } } },
  });
  if (access.role === "STUDENT") {
    const mine = await studentAssignments(userId, now, { classId });
    return { role: "STUDENT", id: item.id, name: item.name, instructorName: item.owner.name, assignments: mine.assignments, timezone: mine.timezone };
  }
  const [viewer, students, assignments, assignableDecks] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { timezone: true } }),
    db.classMember.findMany({
      where: { classId, role: "STUDENT" },
      orderBy: { user: { name: "asc" } },
      select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.assignment.findMany({
      where: { classId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, dueAt: true, targetCorrectPct: true, deck: { select: { id: true, title: true, slug: true } } },
    }),
    db.deck.findMany({ where: assignableDecksWhere(userId), orderBy: { title: "asc" }, select: { id: true, title: true } }),
  ]);
  const timezone = safeTimezone(viewer.timezone);
  return {
    role: "INSTRUCTOR",
    id: item.id,
    name: item.name,
    joinCode: item.joinCode,
    archived: item.archivedAt !== null,
    timezone,
    students: students.map((member) => ({ ...member.user, joinedAt: member.joinedAt })),
    assignments: assignments.map((assignment) => ({
      id: assignment.id,
      deckId: assignment.deck.id,
      deckTitle: assignment.deck.title,
      deckSlug: assignment.deck.slug,
      dueAt: assignment.dueAt,
      dueDate: assignment.dueAt ? dueDateKey(assignment.dueAt, timezone) : null,
      targetCorrectPct: assignment.targetCorrectPct,
    })),
    assignableDecks,
  };
}
