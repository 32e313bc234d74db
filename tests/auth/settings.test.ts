import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateStudySettings } from "@/lib/auth/settings";
import { createUser } from "../support/fixtures";

describe("updateStudySettings", () => {
  it("saves a valid timezone, day start and daily new-card limit", async () => {
    const user = await createUser();
    expect(await updateStudySettings(user.id, { timezone: "America/New_York", dayStartsAtHour: "5", newPerDay: "10" })).toEqual({});
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      timezone: "America/New_York",
      dayStartsAtHour: 5,
      newPerDay: 10,
    });
  });

  it("refuses bad values with a message per field and changes nothing", async () => {
    const user = await createUser();
    const result = await updateStudySettings(user.id, { timezone: "Nowhere/Atlantis", dayStartsAtHour: "24", newPerDay: "-1" });
    expect(result.fieldErrors).toEqual({
      timezone: "Choose a timezone from the list.",
      dayStartsAtHour: "Choose the hour your study day starts.",
      newPerDay: "New cards per day cannot be negative.",
    });
    expect(await updateStudySettings(user.id, { timezone: "UTC", dayStartsAtHour: "4", newPerDay: "lots" })).toEqual({
      fieldErrors: { newPerDay: "Enter how many new cards you want each day." },
    });
    // A cleared field is missing, not zero.
    expect(await updateStudySettings(user.id, { timezone: "UTC", dayStartsAtHour: null, newPerDay: " " })).toEqual({
      fieldErrors: { dayStartsAtHour: "Choose the hour your study day starts.", newPerDay: "Enter how many new cards you want each day." },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ timezone: "UTC", dayStartsAtHour: 4, newPerDay: 20 });
  });
});
