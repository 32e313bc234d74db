"use server";

import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { updateStudySettings, type StudySettingsErrors } from "@/lib/auth/settings";

export type SettingsState = { error?: string; fieldErrors?: StudySettingsErrors; saved?: boolean };

export async function saveSettingsAction(_state: SettingsState, formData: FormData): Promise<SettingsState> {
  const user = await getCurrentUser();
  if (!user) return { error: "Your session has ended. Log in again." };
  const result = await updateStudySettings(user.id, {
    timezone: formData.get("timezone"),
    dayStartsAtHour: formData.get("dayStartsAtHour"),
    newPerDay: formData.get("newPerDay"),
  });
  if (result.fieldErrors) return { fieldErrors: result.fieldErrors };
  revalidatePath("/", "layout");
  return { saved: true };
}
