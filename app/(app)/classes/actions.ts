"use server";

// Every class change a form can ask for. Each one: who is asking (refused when signed out),
// zod-parsed input (a field error changes nothing), one lib/classes call that checks permissions.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { archiveClass, createClass, rotateJoinCode } from "@/lib/classes/classes";
import { joinClass, leaveClass, removeStudent } from "@/lib/classes/membership";
import { assignDeck, unassignDeck } from "@/lib/classes/assignments";
import { ClassFormError } from "@/lib/classes/errors";
import {
  assignDeckSchema,
  classActionSchema,
  createClassSchema,
  joinClassSchema,
  removeStudentSchema,
  unassignSchema,
} from "@/lib/classes/forms";
import { firstFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import { NotFoundError, PermissionError } from "@/lib/permissions/errors";

export type ClassActionState = { error?: string; fieldErrors?: FieldErrors; notice?: string };

const SIGNED_OUT_MESSAGE = "Your session has ended. Log in again.";

type Outcome = { redirectTo?: string; notice?: string; revalidate?: string[] };

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string") values[key] = value;
  return values;
}

async function runClassAction<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  run: (user: CurrentUser, data: z.infer<S>) => Promise<Outcome>,
): Promise<ClassActionState> {
  const user = await getCurrentUser();
  if (!user) return { error: SIGNED_OUT_MESSAGE };
  const parsed = schema.safeParse(formValues(formData));
  if (!parsed.success) {
    const fieldErrors = firstFieldErrors(parsed.error);
    return { error: Object.keys(fieldErrors).length === 0 ? "That request was not valid." : undefined, fieldErrors };
  }
  let outcome: Outcome;
  try {
    outcome = await run(user, parsed.data);
  } catch (error) {
    if (error instanceof ClassFormError) return error.field ? { fieldErrors: { [error.field]: error.message } } : { error: error.message };
    if (error instanceof NotFoundError || error instanceof PermissionError) return { error: error.message };
    throw error;
  }
  for (const path of outcome.revalidate ?? []) revalidatePath(path);
  // redirect() throws, so it stays outside the try above.
  if (outcome.redirectTo) redirect(outcome.redirectTo);
  return { notice: outcome.notice };
}

const classPaths = (classId: string) => ["/classes", `/classes/${classId}`, `/classes/${classId}/progress`, "/dashboard", "/decks", "/study"];

export async function createClassAction(_state: ClassActionState, formData: FormData): Promise<ClassActionState> {
  return runClassAction(createClassSchema, formData, async (user, { name }) => {
    const created = await createClass(user.id, name);
    return { revalidate: ["/classes"], redirectTo: `/classes/${created.id}` };
  });
}

export async function joinClassAction(_state: ClassActionState, formData: FormData): Promise<ClassActionState> {
  return runClassAction(joinClassSchema, formData, async (user, { joinCode }) => {
    const { classId } = await joinClass(user.id, joinCode);
    return { revalidate: classPaths(classId), redirectTo: `/classes/${classId}` };
  });
}

export async function leaveClassAction(_state: ClassActionState, formData: FormData): Promise<ClassActionState> {
  return runClassAction(classActionSchema, formData, async (user, { classId }) => {
    await leaveClass(user.id, classId);
    return { revalidate: classPaths(classId), redirectTo: "/classes" };
  });
}

export async function removeStudentAction(_state: ClassActionState, formData: FormData): Promise<ClassActionState> {
  return runClassAction(removeStudentSchema, formData, async (user, { classId, studentId }) => {
    await removeStudent(user.id, classId, studentId);
    // The button's row disappears with the student, so the page itself says what happened.
    return { revalidate: classPaths(classId), redirectTo: `/classes/${classId}?done=student-removed` };
  });
}

export async function rotateJoinCodeAction(_state: ClassActionState, formData: FormData): Promise<ClassActionState> {
  return runClassAction(classActionSchema, formData, async (user, { classId }) => {
    const code = await rotateJoinCode(user.id, classId);
    return { revalidate: classPaths(classId), notice: `New join code: ${code}. The old code no longer works.` };
  });
}

export async function archiveClassAction(_state: ClassActionState, formData: FormData): Promise<ClassActionState> {
  return runClassAction(classActionSchema, formData, async (user, { classId }) => {
    await archiveClass(user.id, classId);
    return { revalidate: classPaths(classId), notice: "Class archived." };
  });
}

export async function assignDeckAction(_state: ClassActionState, formData: FormData): Promise<ClassActionState> {
  return runClassAction(assignDeckSchema, formData, async (user, { classId, deckId, dueDate, targetCorrectPct }) => {
    await assignDeck(user.id, classId, { deckId, dueDate, targetCorrectPct });
    return { revalidate: classPaths(classId), notice: "Deck assigned." };
  });
}

export async function unassignDeckAction(_state: ClassActionState, formData: FormData): Promise<ClassActionState> {
  return runClassAction(unassignSchema, formData, async (user, { classId, assignmentId }) => {
    await unassignDeck(user.id, classId, assignmentId);
    return { revalidate: classPaths(classId), redirectTo: `/classes/${classId}?done=assignment-removed` };
  });
}
