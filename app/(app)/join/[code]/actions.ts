"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/server-action";
import { joinClass } from "@/lib/classes/membership";
import { joinClassSchema } from "@/lib/classes/forms";

/** Joins the class a shared link names, once the student confirms, and opens it. */
export const joinFromLinkAction = formAction(joinClassSchema, async ({ joinCode }, { user }): Promise<null> => {
  const { classId } = await joinClass(user.id, joinCode);
  revalidatePath("/classes");
  redirect(`/classes/${classId}`);
});
