"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/server-action";
import { studySettingsSchema, updateStudySettings } from "@/lib/auth/settings";

export const saveSettingsAction = formAction(studySettingsSchema, async (settings, { user }) => {
  await updateStudySettings(user.id, settings);
  revalidatePath("/", "layout");
  return { notice: "Settings saved." };
});
