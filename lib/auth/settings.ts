// A user's study settings: their timezone, the hour their study day starts, new cards per day.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isValidTimezone } from "@/lib/calendar/study-day";

export const NEW_PER_DAY_MAX = 500;

/** A whole number typed into a form field, where a blank or missing field is an error, not 0. */
function formNumber(missing: string) {
  const blankAsMissing = (value: unknown) => (value == null || (typeof value === "string" && value.trim() === "") ? undefined : value);
  return z.preprocess(blankAsMissing, z.coerce.number({ error: missing }));
}

const HOUR_MESSAGE = "Choose the hour your study day starts.";

export const studySettingsSchema = z.object({
  timezone: z.string().trim().refine(isValidTimezone, "Choose a timezone from the list."),
  dayStartsAtHour: formNumber(HOUR_MESSAGE).pipe(z.number().int(HOUR_MESSAGE).min(0, HOUR_MESSAGE).max(23, HOUR_MESSAGE)),
  newPerDay: formNumber("Enter how many new cards you want each day.").pipe(
    z
      .number()
      .int("Enter a whole number of new cards.")
      .min(0, "New cards per day cannot be negative.")
      .max(NEW_PER_DAY_MAX, `At most ${NEW_PER_DAY_MAX} new cards per day.`),
  ),
});

export type StudySettings = z.output<typeof studySettingsSchema>;

export async function updateStudySettings(userId: string, settings: StudySettings): Promise<void> {
  await db.user.update({ where: { id: userId }, data: settings });
}
