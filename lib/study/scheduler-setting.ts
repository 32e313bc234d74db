// Owns the Settings page's scheduler choice: SM-2 (the default) or FSRS-6 with a desired
// retention. Saving FSRS (or a new retention while on FSRS) rebuilds every card's FSRS memory
// from the review history in the same transaction, so the queue is right from the next page
// load; switching back to SM-2 needs nothing, as every review kept SM-2's state too.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { desiredRetentionSchema } from "@/lib/srs/fsrs";
import { SCHEDULER_KINDS, type SchedulerSettings, type StudyCalendar } from "@/lib/srs/scheduler";
import { rebuildFsrsMemory, schedulerSettingsOf } from "./card-memory";

/** A rebuild replays a whole history; more time than Prisma's default 5 s for a long one. */
const REBUILD_TIMEOUT_MS = 60_000;

const blankAsMissing = (value: unknown) => (value == null || (typeof value === "string" && value.trim() === "") ? undefined : value);

export const schedulerSettingSchema = z.object({
  scheduler: z.enum(SCHEDULER_KINDS, { error: "Choose SM-2 or FSRS." }),
  desiredRetention: z.preprocess(blankAsMissing, z.coerce.number({ error: "Enter a desired retention, e.g. 0.90." })).pipe(desiredRetentionSchema),
});

export type SchedulerSettingInput = z.output<typeof schedulerSettingSchema>;

export type SchedulerChange = { settings: SchedulerSettings; rebuiltCards: number };

export async function saveSchedulerSetting(user: { id: string } & StudyCalendar, input: SchedulerSettingInput): Promise<SchedulerChange> {
  return db.$transaction(
    async (tx) => {
      const previous = schedulerSettingsOf(await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { scheduler: true, desiredRetention: true } }));
      await tx.user.update({ where: { id: user.id }, data: { scheduler: input.scheduler, desiredRetention: input.desiredRetention } });
      const settings = schedulerSettingsOf(input);
      const rebuild =
        settings.scheduler === "fsrs" && (previous.scheduler !== "fsrs" || previous.fsrs.desiredRetention !== settings.fsrs.desiredRetention);
      const calendar = { timezone: user.timezone, dayStartsAtHour: user.dayStartsAtHour };
      const rebuiltCards = rebuild ? await rebuildFsrsMemory(user.id, calendar, settings, { client: tx }) : 0;
      return { settings, rebuiltCards };
    },
    { timeout: REBUILD_TIMEOUT_MS },
  );
}
