import { describe, expect, it } from "vitest";
import { mondayOnOrBefore, studyDayRanges, studyWeekRanges, todayKey, weekdayOf } from "@/lib/stats/day-ranges";

const HOUR = 3_600_000;
const ny = { timezone: "America/New_York", dayStartsAtHour: 4 };

describe("studyDayRanges", () => {
  it("tiles time with no gap or overlap and starts each day at 4 a.m. local", () => {
    const ranges = studyDayRanges("2026-03-06", 4, ny);
    expect(ranges.map((range) => [range.key, range.start.toISOString(), range.end.toISOString()])).toEqual([
      ["2026-03-06", "2026-03-06T09:00:00.000Z", "2026-03-07T09:00:00.000Z"],
      // Clocks spring forward at 2 a.m. on March 8: that study day lasts 23 hours.
      ["2026-03-07", "2026-03-07T09:00:00.000Z", "2026-03-08T08:00:00.000Z"],
      ["2026-03-08", "2026-03-08T08:00:00.000Z", "2026-03-09T08:00:00.000Z"],
      ["2026-03-09", "2026-03-09T08:00:00.000Z", "2026-03-10T08:00:00.000Z"],
    ]);
  });

  it("computes each span once per calendar and hands out the same frozen ranges (every view of the dashboard asks for a year of days)", () => {
    const first = studyDayRanges("2026-01-01", 365, ny);
    expect(studyDayRanges("2026-01-01", 365, ny)).toBe(first);
    expect(studyDayRanges("2026-01-01", 365, { ...ny, dayStartsAtHour: 5 })).not.toBe(first);
    expect(studyDayRanges("2026-01-01", 365, { timezone: "Asia/Kolkata", dayStartsAtHour: 4 })[0].start.toISOString()).toBe("2025-12-31T22:30:00.000Z");
    // shared, so nobody may change them
    expect(() => ((first as unknown as { start: Date }[])[0] = { start: new Date(0) })).toThrow(TypeError);
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it("gives the fall-back day 25 hours", () => {
    const [day] = studyDayRanges("2026-10-31", 1, ny);
    expect(day.end.getTime() - day.start.getTime()).toBe(25 * HOUR);
  });

  it("handles half- and quarter-hour offsets", () => {
    expect(studyDayRanges("2026-06-11", 1, { timezone: "Asia/Kolkata", dayStartsAtHour: 4 })[0].start.toISOString()).toBe("2026-06-10T22:30:00.000Z");
    expect(studyDayRanges("2026-06-11", 1, { timezone: "Asia/Kathmandu", dayStartsAtHour: 4 })[0].start.toISOString()).toBe("2026-06-10T22:15:00.000Z");
  });

  it("makes 7-day weeks that span a DST change (167 hours)", () => {
    const [week, next] = studyWeekRanges("2026-03-02", 2, ny);
    expect(week.key).toBe("2026-03-02");
    expect(week.end.getTime() - week.start.getTime()).toBe(167 * HOUR);
    expect(next.key).toBe("2026-03-09");
    expect(next.start).toEqual(week.end);
  });
});

describe("calendar helpers", () => {
  it("names weekdays Monday-first and finds the Monday on or before a day", () => {
    expect(weekdayOf("2026-03-09")).toBe(0); // a Monday
    expect(weekdayOf("2026-03-08")).toBe(6); // a Sunday
    expect(mondayOnOrBefore("2026-03-08")).toBe("2026-03-02");
    expect(mondayOnOrBefore("2026-03-09")).toBe("2026-03-09");
  });

  it("reads today in the user's study day", () => {
    expect(todayKey(new Date("2026-03-09T07:59:59Z"), ny)).toBe("2026-03-08");
    expect(todayKey(new Date("2026-03-09T08:00:00Z"), ny)).toBe("2026-03-09");
  });
});
