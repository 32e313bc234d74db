// Saving study settings through the settings form's server action, as the browser sends it.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "../support/fixtures";

const session = vi.hoisted(() => ({ user: null as null | { id: string } }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveSettingsAction } = await import("@/app/(app)/settings/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("saveSettingsAction", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("saves a valid timezone, day start and daily new-card limit", async () => {
    const user = (session.user = await createUser());
    expect(await saveSettingsAction(null, form({ timezone: "America/New_York", dayStartsAtHour: "5", newPerDay: "10" }))).toEqual({
      ok: true,
      value: { notice: "Settings saved." },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      timezone: "America/New_York",
      dayStartsAtHour: 5,
      newPerDay: 10,
    });
  });

  it("refuses bad values with a message per field and changes nothing", async () => {
    const user = (session.user = await createUser());
    const errorsOf = async (fields: Record<string, string>) => {
      const result = await saveSettingsAction(null, form(fields));
      return result.ok ? undefined : result.fieldErrors;
    };
    expect(await errorsOf({ timezone: "Nowhere/Atlantis", dayStartsAtHour: "24", newPerDay: "-1" })).toEqual({
      timezone: "Choose a timezone from the list.",
      dayStartsAtHour: "Choose the hour your study day starts.",
      newPerDay: "New cards per day cannot be negative.",
    });
    expect(await errorsOf({ timezone: "UTC", dayStartsAtHour: "4", newPerDay: "lots" })).toEqual({ newPerDay: "Enter how many new cards you want each day." });
    // A cleared field is missing, not zero.
    expect(await errorsOf({ timezone: "UTC", newPerDay: " " })).toEqual({
      dayStartsAtHour: "Choose the hour your study day starts.",
      newPerDay: "Enter how many new cards you want each day.",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ timezone: "UTC", dayStartsAtHour: 4, newPerDay: 20 });
  });

  it("refuses the signed-out and a call that is not a form", async () => {
    expect(await saveSettingsAction(null, form({ timezone: "UTC", dayStartsAtHour: "4", newPerDay: "5" }))).toMatchObject({ ok: false, code: "signed_out" });
    session.user = await createUser();
    expect(await saveSettingsAction({}, { timezone: "UTC" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await saveSettingsAction({}, undefined)).toMatchObject({ ok: false, code: "invalid" });
  });
});
