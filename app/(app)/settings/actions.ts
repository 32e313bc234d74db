"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/server-action";
import { changePassword, changePasswordSchema, deleteAccount, deleteAccountSchema } from "@/lib/auth/account";
import { forgetSessionCookie } from "@/lib/auth/session-cookie";
import { endAllSessions } from "@/lib/auth/sessions";
import { studySettingsSchema, updateStudySettings } from "@/lib/auth/settings";
import { saveSchedulerSetting, schedulerSettingSchema } from "@/lib/study/scheduler-setting";

// The app's pages, whose banner and counts follow the settings. Not "/": that would also
// regenerate the prerendered signed-out pages at run time, with inline scripts other than the
// build's, which their Content-Security-Policy (lib/http/prerendered-pages.ts) would block.
const APP_PAGES = "/(app)";

export const saveSettingsAction = formAction(studySettingsSchema, async (settings, { user }) => {
  await updateStudySettings(user.id, settings);
  revalidatePath(APP_PAGES, "layout");
  return { notice: "Settings saved." };
});

export const saveSchedulerAction = formAction(schedulerSettingSchema, async (input, { user }) => {
  const { settings, rebuiltCards } = await saveSchedulerSetting(user, input);
  revalidatePath(APP_PAGES, "layout");
  if (settings.scheduler === "sm2") return { notice: "Scheduler saved: SM-2 schedules your reviews." };
  const rebuilt = rebuiltCards === 0 ? "" : ` ${rebuiltCards === 1 ? "1 card was" : `${rebuiltCards} cards were`} rescheduled from your review history.`;
  return { notice: `Scheduler saved: FSRS-6 schedules your reviews for ${Math.round(settings.fsrs.desiredRetention * 100)}% recall.${rebuilt}` };
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
