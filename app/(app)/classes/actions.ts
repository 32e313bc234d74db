"use server";

// Every class change a form can ask for: the one action wrapper checks the input and who is
// asking; each action makes one lib/classes call, which checks permissions.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/server-action";
import { archiveClass, createClass, rotateJoinCode } from "@/lib/classes/classes";
import { joinClass, leaveClass, removeStudent } from "@/lib/classes/membership";
import { assignDeck, unassignDeck } from "@/lib/classes/assignments";
import {
  assignDeckSchema,
  classActionSchema,
  createClassSchema,
  joinClassSchema,
  removeStudentSchema,
  unassignSchema,
} from "@/lib/classes/forms";

type Notice = { notice?: string };

function revalidateClass(classId: string): void {
  for (const path of ["/classes", `/classes/${classId}`, `/classes/${classId}/progress`, "/dashboard", "/decks", "/study"]) revalidatePath(path);
}

export const createClassAction = formAction(createClassSchema, async ({ name, creationKey }, { user }): Promise<Notice> => {
  const created = await createClass(user.id, name, creationKey);
  revalidatePath("/classes");
  redirect(`/classes/${created.id}`);
});

export const joinClassAction = formAction(joinClassSchema, async ({ joinCode }, { user }): Promise<Notice> => {
  const { classId } = await joinClass(user.id, joinCode);
  revalidateClass(classId);
  redirect(`/classes/${classId}`);
});

export const leaveClassAction = formAction(classActionSchema, async ({ classId }, { user }): Promise<Notice> => {
  await leaveClass(user.id, classId);
  revalidateClass(classId);
  redirect("/classes");
});

export const removeStudentAction = formAction(removeStudentSchema, async ({ classId, studentId }, { user }): Promise<Notice> => {
  await removeStudent(user.id, classId, studentId);
  revalidateClass(classId);
  // The button's row disappears with the student, so the page itself says what happened.
  redirect(`/classes/${classId}?done=student-removed`);
});

export const rotateJoinCodeAction = formAction(classActionSchema, async ({ classId }, { user }): Promise<Notice> => {
  const code = await rotateJoinCode(user.id, classId);
  revalidateClass(classId);
  return { notice: `New join code: ${code}. The old code no longer works.` };
});

export const archiveClassAction = formAction(classActionSchema, async ({ classId }, { user }): Promise<Notice> => {
  await archiveClass(user.id, classId);
  revalidateClass(classId);
  return { notice: "Class archived." };
});

export const assignDeckAction = formAction(assignDeckSchema, async ({ classId, deckId, dueDate, targetCorrectPct }, { user }): Promise<Notice> => {
  await assignDeck(user.id, classId, { deckId, dueDate, targetCorrectPct });
  revalidateClass(classId);
  return { notice: "Deck assigned." };
});

export const unassignDeckAction = formAction(unassignSchema, async ({ classId, assignmentId }, { user }): Promise<Notice> => {
  await unassignDeck(user.id, classId, assignmentId);
  revalidateClass(classId);
  redirect(`/classes/${classId}?done=assignment-removed`);
});
