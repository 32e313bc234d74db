import { describe, expect, it } from "vitest";
import { assignmentStatus, correctPct } from "@/lib/classes/status";
import { dueAtForDate, dueDateKey, isOverdue, calendarDateKey } from "@/lib/classes/due-date";

const now = new Date("2026-03-10T12:00:00Z");
const base = { questionsTotal: 10, questionsSeen: 0, correctOnLastReview: 0, targetCorrectPct: 80, dueAt: null };

describe("assignmentStatus", () => {
  it("is not started before any review", () => {
    expect(assignmentStatus(base, now)).toBe("not_started");
  });
  it("is in progress once something is reviewed", () => {
    expect(assignmentStatus({ ...base, questionsSeen: 3, correctOnLastReview: 3 }, now)).toBe("in_progress");
  });
  it("needs every question seen: 9 of 10 all correct is not done", () => {
    expect(assignmentStatus({ ...base, questionsSeen: 9, correctOnLastReview: 9 }, now)).toBe("in_progress");
  });
  it("is done when every question is seen and the target share is correct (exactly at the target)", () => {
    expect(assignmentStatus({ ...base, questionsSeen: 10, correctOnLastReview: 8 }, now)).toBe("done");
    expect(assignmentStatus({ ...base, questionsSeen: 10, correctOnLastReview: 7 }, now)).toBe("in_progress");
    expect(assignmentStatus({ ...base, questionsTotal: 3, questionsSeen: 3, correctOnLastReview: 2, targetCorrectPct: 67 }, now)).toBe("in_progress");
    expect(assignmentStatus({ ...base, questionsTotal: 3, questionsSeen: 3, correctOnLastReview: 2, targetCorrectPct: 66 }, now)).toBe("done");
  });
  it("is overdue when not done after the due instant, whether started or not", () => {
    const dueAt = new Date("2026-03-09T23:59:59.999Z");
    expect(assignmentStatus({ ...base, dueAt }, now)).toBe("overdue");
    expect(assignmentStatus({ ...base, dueAt, questionsSeen: 5, correctOnLastReview: 5 }, now)).toBe("overdue");
    expect(assignmentStatus({ ...base, dueAt, questionsSeen: 10, correctOnLastReview: 10 }, now)).toBe("done");
    expect(assignmentStatus({ ...base, dueAt: new Date(now.getTime()) }, now)).toBe("not_started");
  });
  it("counts an empty deck as done", () => {
    expect(assignmentStatus({ ...base, questionsTotal: 0 }, now)).toBe("done");
  });
  it("reports correct share of seen questions", () => {
    expect(correctPct(0, 0)).toBeNull();
    expect(correctPct(2, 3)).toBe(67);
  });
});

describe("due dates", () => {
  it("are the last millisecond of the picked date in the instructor's time zone", () => {
    expect(dueAtForDate("2026-03-14", "UTC").toISOString()).toBe("2026-03-14T23:59:59.999Z");
    expect(dueAtForDate("2026-03-14", "America/New_York").toISOString()).toBe("2026-03-15T03:59:59.999Z");
    expect(dueAtForDate("2026-03-14", "Asia/Tokyo").toISOString()).toBe("2026-03-14T14:59:59.999Z");
  });
  it("survive a daylight-saving change on the day (New York springs forward 2026-03-08)", () => {
    expect(dueAtForDate("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-09T03:59:59.999Z");
  });
  it("read back as the picked date", () => {
    for (const tz of ["UTC", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati"]) {
      expect(dueDateKey(dueAtForDate("2026-03-14", tz), tz)).toBe("2026-03-14");
    }
  });
  it("refuse impossible dates", () => {
    expect(() => dueAtForDate("2026-02-30", "UTC")).toThrow(RangeError);
  });
  it("know today and overdue", () => {
    expect(calendarDateKey(new Date("2026-03-10T02:00:00Z"), "America/New_York")).toBe("2026-03-09");
    expect(calendarDateKey(now, "Not/AZone")).toBe("2026-03-10");
    expect(isOverdue(null, now)).toBe(false);
    expect(isOverdue(new Date("2026-03-10T11:59:59Z"), now)).toBe(true);
  });
});
