"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/server-action";
import { changePassword, changePasswordSchema, deleteAccount, deleteAccountSchema } from "@/lib/auth/account";
import { forgetSessionCookie } from "@/lib/auth/session-cookie";
import { endAllSessions } from "@/lib/auth/sessions";
import { studySettingsSchema, updateStudySettings } from "@/lib/auth/settings";

export const saveSettingsAction = formAction(studySettingsSchema, async (settings, { user }) => {
  await updateStudySettings(user.id, settings);
  revalidatePath("/", "layout");
  return { notice: "Settings saved." };
});

export const changePasswordAction = formAction(changePasswordSchema, async (input, { user }) => {
  const { endedSessions } = await changePassword(user, input);
  revalidatePath("/settings");
  const elsewhere = endedSessions === 0 ? "" : ` You were logged out on ${endedSessions === 1 ? "1 other browser" : `${endedSessions} other browsers`}.`;
  return { notice: `Password changed.${elsewhere}` };
});

export const logOutEverywhereAction = formAction(z.object({}), async (_input, { user }) => {
  await endAllSessions(user.id);
  await forgetSessionCookie();
  redirect("/login?notice=logged-out-everywhere");
});

export const deleteAccountAction = formAction(deleteAccountSchema, async ({ password }, { user }) => {
  await deleteAccount(user.id, password);
  await forgetSessionCookie();
  redirect("/login?notice=account-deleted");
});
