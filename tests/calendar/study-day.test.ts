import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { TZDate } from "@date-fns/tz";
import {
  DEFAULT_DAY_STARTS_AT_HOUR,
  addStudyDays,
  isValidTimezone,
  nextDueAt,
  studyDayEnd,
  studyDayKey,
  studyDayKeyToStart,
  studyDayStart,
} from "@/lib/calendar/study-day";

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;
const hoursBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / HOUR;

describe("studyDayKey: the day-start boundary", () => {
  it("defaults to 4 a.m.", () => {
    expect(DEFAULT_DAY_STARTS_AT_HOUR).toBe(4);
  });

  it.each<[string, string, number, string]>([
    // Europe/Berlin in winter is UTC+1: 04:00 local = 03:00Z.
    ["2024-01-15T02:59:59.999Z", "Europe/Berlin", 4, "2024-01-14"],
    ["2024-01-15T03:00:00.000Z", "Europe/Berlin", 4, "2024-01-15"],
    // ...and UTC+2 in summer: 04:00 local = 02:00Z.
    ["2024-07-15T01:59:59.999Z", "Europe/Berlin", 4, "2024-07-14"],
    ["2024-07-15T02:00:00.000Z", "Europe/Berlin", 4, "2024-07-15"],
    // Late evening is still the same day.
    ["2024-01-15T22:59:59.999Z", "Europe/Berlin", 4, "2024-01-15"],
    // dayStartsAtHour 0: plain local midnight.
    ["2024-01-14T22:59:59.999Z", "Europe/Berlin", 0, "2024-01-14"],
    ["2024-01-14T23:00:00.000Z", "Europe/Berlin", 0, "2024-01-15"],
    ["2024-01-15T02:59:59.999Z", "Europe/Berlin", 0, "2024-01-15"],
    // dayStartsAtHour 23.
    ["2024-01-15T21:59:59.999Z", "Europe/Berlin", 23, "2024-01-14"],
    ["2024-01-15T22:00:00.000Z", "Europe/Berlin", 23, "2024-01-15"],
    // Pacific/Auckland, UTC+13 in January: the local day is ahead of the UTC day.
    ["2024-01-14T14:59:59.999Z", "Pacific/Auckland", 4, "2024-01-14"],
    ["2024-01-14T15:00:00.000Z", "Pacific/Auckland", 4, "2024-01-15"],
    // America/Los_Angeles, UTC−7 in July: the local day lags behind the UTC day.
    ["2024-07-01T10:59:59.999Z", "America/Los_Angeles", 4, "2024-06-30"],
    ["2024-07-01T11:00:00.000Z", "America/Los_Angeles", 4, "2024-07-01"],
    ["2024-07-02T02:00:00.000Z", "America/Los_Angeles", 4, "2024-07-01"],
    // Asia/Kolkata, UTC+5:30: 04:00 local is 22:30Z the previous UTC day.
    ["2024-01-14T22:29:59.999Z", "Asia/Kolkata", 4, "2024-01-14"],
    ["2024-01-14T22:30:00.000Z", "Asia/Kolkata", 4, "2024-01-15"],
    // UTC itself, across a year boundary and a leap day.
    ["2024-01-01T03:59:59.999Z", "UTC", 4, "2023-12-31"],
    ["2024-03-01T03:00:00.000Z", "UTC", 4, "2024-02-29"],
  ])("%s in %s (day starts %i:00) → %s", (iso, tz, hour, key) => {
    expect(studyDayKey(at(iso), tz, hour)).toBe(key);
  });
});

describe("study day start and end", () => {
  it.each<[string, string, number, string, string, number]>([
    // instant, zone, hour, expected start, expected end, length in hours
    ["2024-01-15T12:00:00Z", "Europe/Berlin", 4, "2024-01-15T03:00:00.000Z", "2024-01-16T03:00:00.000Z", 24],
    ["2024-01-15T12:00:00Z", "Asia/Kolkata", 4, "2024-01-14T22:30:00.000Z", "2024-01-15T22:30:00.000Z", 24],
    ["2024-07-01T20:00:00Z", "America/Los_Angeles", 4, "2024-07-01T11:00:00.000Z", "2024-07-02T11:00:00.000Z", 24],
    ["2024-01-15T12:00:00Z", "Pacific/Auckland", 4, "2024-01-14T15:00:00.000Z", "2024-01-15T15:00:00.000Z", 24],
    ["2024-01-15T12:00:00Z", "Europe/Berlin", 0, "2024-01-14T23:00:00.000Z", "2024-01-15T23:00:00.000Z", 24],

    // Europe/Berlin springs forward 31 March 2024 (02:00 CET → 03:00 CEST): a 23-hour day.
    ["2024-03-30T12:00:00Z", "Europe/Berlin", 4, "2024-03-30T03:00:00.000Z", "2024-03-31T02:00:00.000Z", 23],
    ["2024-03-31T12:00:00Z", "Europe/Berlin", 4, "2024-03-31T02:00:00.000Z", "2024-04-01T02:00:00.000Z", 24],
    // ...and falls back 27 October 2024 (03:00 CEST → 02:00 CET): a 25-hour day.
    ["2024-10-26T12:00:00Z", "Europe/Berlin", 4, "2024-10-26T02:00:00.000Z", "2024-10-27T03:00:00.000Z", 25],
    ["2024-10-27T12:00:00Z", "Europe/Berlin", 4, "2024-10-27T03:00:00.000Z", "2024-10-28T03:00:00.000Z", 24],
    // With midnight days the transition falls inside the day itself.
    ["2024-03-31T12:00:00Z", "Europe/Berlin", 0, "2024-03-30T23:00:00.000Z", "2024-03-31T22:00:00.000Z", 23],
    ["2024-10-27T12:00:00Z", "Europe/Berlin", 0, "2024-10-26T22:00:00.000Z", "2024-10-27T23:00:00.000Z", 25],

    // America/New_York: 10 March 2024 (02:00 EST → 03:00 EDT) and 3 November 2024 (02:00 EDT → 01:00 EST).
    ["2024-03-09T18:00:00Z", "America/New_York", 4, "2024-03-09T09:00:00.000Z", "2024-03-10T08:00:00.000Z", 23],
    ["2024-11-02T18:00:00Z", "America/New_York", 4, "2024-11-02T08:00:00.000Z", "2024-11-03T09:00:00.000Z", 25],

    // Pacific/Auckland (southern hemisphere): 7 April 2024 falls back, 29 September 2024 springs forward.
    ["2024-04-06T00:00:00Z", "Pacific/Auckland", 4, "2024-04-05T15:00:00.000Z", "2024-04-06T16:00:00.000Z", 25],
    ["2024-09-28T00:00:00Z", "Pacific/Auckland", 4, "2024-09-27T16:00:00.000Z", "2024-09-28T15:00:00.000Z", 23],

    // America/Los_Angeles: 10 March 2024 springs forward.
    ["2024-03-09T20:00:00Z", "America/Los_Angeles", 4, "2024-03-09T12:00:00.000Z", "2024-03-10T11:00:00.000Z", 23],
  ])("%s in %s (day starts %i:00): [%s, %s), %i h", (iso, tz, hour, start, end, hours) => {
    const instant = at(iso);
    expect(studyDayStart(instant, tz, hour).toISOString()).toBe(start);
    expect(studyDayEnd(instant, tz, hour).toISOString()).toBe(end);
    expect(hoursBetween(at(start), at(end))).toBe(hours);
  });

  it("the day starts exactly at 04:00 local, not a millisecond earlier", () => {
    const start = studyDayStart(at("2024-01-15T12:00:00Z"), "Europe/Berlin", 4);
    expect(studyDayKey(start, "Europe/Berlin", 4)).toBe("2024-01-15");
    expect(studyDayKey(new Date(start.getTime() - 1), "Europe/Berlin", 4)).toBe("2024-01-14");
    const end = studyDayEnd(at("2024-01-15T12:00:00Z"), "Europe/Berlin", 4);
    expect(studyDayKey(new Date(end.getTime() - 1), "Europe/Berlin", 4)).toBe("2024-01-15");
    expect(studyDayKey(end, "Europe/Berlin", 4)).toBe("2024-01-16");
  });
});

describe("a day-start hour that is skipped or repeated by a clock change", () => {
  it("skipped hour (Berlin 02:00 on 31 March 2024): the day starts when the clocks jump", () => {
    expect(studyDayKeyToStart("2024-03-31", "Europe/Berlin", 2).toISOString()).toBe("2024-03-31T01:00:00.000Z");
    expect(studyDayKey(at("2024-03-31T00:59:59.999Z"), "Europe/Berlin", 2)).toBe("2024-03-30"); // 01:59:59.999 CET
    expect(studyDayKey(at("2024-03-31T01:00:00.000Z"), "Europe/Berlin", 2)).toBe("2024-03-31"); // 03:00 CEST
  });

  it("skipped hour (New York 02:00 on 10 March 2024)", () => {
    expect(studyDayKeyToStart("2024-03-10", "America/New_York", 2).toISOString()).toBe("2024-03-10T07:00:00.000Z");
  });

  it("skipped midnight (America/Santiago, 8 September 2024, 00:00 → 01:00)", () => {
    expect(studyDayKeyToStart("2024-09-08", "America/Santiago", 0).toISOString()).toBe("2024-09-08T04:00:00.000Z");
    expect(studyDayKey(at("2024-09-08T03:59:59.999Z"), "America/Santiago", 0)).toBe("2024-09-07");
    expect(studyDayKey(at("2024-09-08T04:00:00.000Z"), "America/Santiago", 0)).toBe("2024-09-08");
    expect(hoursBetween(studyDayStart(at("2024-09-08T12:00Z"), "America/Santiago", 0), studyDayEnd(at("2024-09-08T12:00Z"), "America/Santiago", 0))).toBe(23);
  });

  it("repeated hour (Berlin 02:00 on 27 October 2024): the day starts at the first 02:00", () => {
    expect(studyDayKeyToStart("2024-10-27", "Europe/Berlin", 2).toISOString()).toBe("2024-10-27T00:00:00.000Z");
    expect(studyDayKey(at("2024-10-26T23:59:59.999Z"), "Europe/Berlin", 2)).toBe("2024-10-26"); // 01:59:59.999 CEST
    expect(studyDayKey(at("2024-10-27T00:30:00.000Z"), "Europe/Berlin", 2)).toBe("2024-10-27"); // 02:30 CEST
    expect(studyDayKey(at("2024-10-27T01:30:00.000Z"), "Europe/Berlin", 2)).toBe("2024-10-27"); // 02:30 CET
  });

  it("repeated hour (New York 01:00 on 3 November 2024)", () => {
    expect(studyDayKeyToStart("2024-11-03", "America/New_York", 1).toISOString()).toBe("2024-11-03T05:00:00.000Z");
    expect(studyDayKey(at("2024-11-03T06:30:00.000Z"), "America/New_York", 1)).toBe("2024-11-03"); // second 01:30
  });

  it("clocks falling back across the day-start hour (Antarctica/Troll, UTC+2 → UTC+0 at 03:00)", () => {
    expect(studyDayKeyToStart("2024-10-27", "Antarctica/Troll", 2).toISOString()).toBe("2024-10-27T00:00:00.000Z");
    // 01:30 local after the change reads earlier than 02:00, but the day had already begun.
    expect(studyDayKey(at("2024-10-27T01:30:00.000Z"), "Antarctica/Troll", 2)).toBe("2024-10-27");
  });

  it("a skipped calendar date (Pacific/Apia jumped from 29 to 31 December 2011) gets the hours before 4 a.m.", () => {
    // At 2011-12-30T10:00Z the clocks went from 29 Dec 23:59:59 (UTC−10) to 31 Dec 00:00 (UTC+14).
    expect(studyDayKeyToStart("2011-12-30", "Pacific/Apia", 4).toISOString()).toBe("2011-12-30T10:00:00.000Z");
    expect(studyDayKeyToStart("2011-12-31", "Pacific/Apia", 4).toISOString()).toBe("2011-12-30T14:00:00.000Z");
    expect(studyDayKey(at("2011-12-30T12:00:00Z"), "Pacific/Apia", 4)).toBe("2011-12-30");
  });

  it("gives the same answers whatever the host machine's time zone is", () => {
    const original = process.env.TZ;
    const cases: [string, string, number][] = [
      ["2024-10-27", "Europe/Berlin", 2],
      ["2024-03-31", "Europe/Berlin", 2],
      ["2024-11-03", "America/New_York", 1],
      ["2024-04-07", "Australia/Lord_Howe", 1],
      ["2024-10-06", "Australia/Lord_Howe", 2],
      ["2024-09-08", "America/Santiago", 0],
    ];
    const answers = (hostZone: string) => {
      process.env.TZ = hostZone;
      return cases.map(([key, tz, hour]) => studyDayKeyToStart(key, tz, hour).toISOString());
    };
    try {
      const reference = answers("UTC");
      // Guard: the runtime really switched host zones, or this test would prove nothing.
      answers("Asia/Kolkata");
      expect(new Date("2024-01-15T12:00:00Z").getTimezoneOffset()).toBe(-330);
      for (const hostZone of ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"]) {
        expect(answers(hostZone)).toEqual(reference);
      }
      expect(reference).toEqual([
        "2024-10-27T00:00:00.000Z",
        "2024-03-31T01:00:00.000Z",
        "2024-11-03T05:00:00.000Z",
        "2024-04-06T14:00:00.000Z", // 01:00 LHDT (UTC+11), before the 02:00 → 01:30 change
        "2024-10-05T15:30:00.000Z", // 02:00 → 02:30 LHDT jump
        "2024-09-08T04:00:00.000Z",
      ]);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

describe("study day properties", () => {
  const zones = [
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "Pacific/Auckland",
    "Pacific/Chatham",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "America/Santiago",
    "America/St_Johns",
    "Antarctica/Troll",
  ];
  const zone = fc.constantFrom(...zones);
  const hour = fc.integer({ min: 0, max: 23 });
  const instant = fc.date({ min: new Date("1995-01-01T00:00:00Z"), max: new Date("2040-01-01T00:00:00Z"), noInvalidDate: true });
  // Local wall-clock time as milliseconds, read through the library's instant → zone mapping.
  const wall = (t: number, tz: string) => {
    const z = new TZDate(t, tz);
    return Date.UTC(z.getFullYear(), z.getMonth(), z.getDate(), z.getHours(), z.getMinutes(), z.getSeconds(), z.getMilliseconds());
  };

  it("every instant lies in [start, end) of its study day, and days tile the timeline", () => {
    fc.assert(
      fc.property(instant, zone, hour, (t, tz, h) => {
        const key = studyDayKey(t, tz, h);
        const start = studyDayStart(t, tz, h);
        const end = studyDayEnd(t, tz, h);
        expect(start.getTime()).toBeLessThanOrEqual(t.getTime());
        expect(t.getTime()).toBeLessThan(end.getTime());
        expect(studyDayKeyToStart(key, tz, h)).toEqual(start);
        expect(studyDayKey(start, tz, h)).toBe(key);
        expect(studyDayKey(new Date(end.getTime() - 1), tz, h)).toBe(key);
        expect(studyDayKey(end, tz, h)).toBe(addStudyDays(key, 1));
        const length = hoursBetween(start, end);
        expect(length).toBeGreaterThanOrEqual(22);
        expect(length).toBeLessThanOrEqual(26);
      }),
      { numRuns: 500 },
    );
  });

  it("a day starts at the first instant the local clock reads its date at dayStartsAtHour:00 or later", () => {
    fc.assert(
      fc.property(instant, zone, hour, (t, tz, h) => {
        const key = studyDayKey(t, tz, h);
        const [y, m, d] = key.split("-").map(Number);
        const target = Date.UTC(y, m - 1, d, h);
        const start = studyDayKeyToStart(key, tz, h).getTime();
        expect(wall(start, tz)).toBeGreaterThanOrEqual(target);
        expect(wall(start - 1, tz)).toBeLessThan(target);
      }),
      { numRuns: 500 },
    );
  });

  it("nextDueAt is the start of the study day intervalDays after the review's", () => {
    fc.assert(
      fc.property(instant, zone, hour, fc.integer({ min: 0, max: 3650 }), (t, tz, h, n) => {
        const due = nextDueAt(t, n, tz, h);
        const key = addStudyDays(studyDayKey(t, tz, h), n);
        expect(studyDayKey(due, tz, h)).toBe(key);
        expect(due).toEqual(studyDayKeyToStart(key, tz, h));
        if (n === 0) expect(due.getTime()).toBeLessThanOrEqual(t.getTime());
        else expect(due.getTime()).toBeGreaterThan(t.getTime());
      }),
      { numRuns: 300 },
    );
  });
});

describe("nextDueAt", () => {
  it("a card reviewed at 23:00 with interval 1 is due from 4 a.m. the next day", () => {
    // 2024-01-15 23:00 CET
    expect(nextDueAt(at("2024-01-15T22:00:00Z"), 1, "Europe/Berlin", 4).toISOString()).toBe("2024-01-16T03:00:00.000Z");
  });

  it("a review at 02:00 belongs to the previous study day", () => {
    // 2024-01-16 02:00 CET is still study day 2024-01-15, so interval 1 → due 2024-01-16 04:00.
    expect(nextDueAt(at("2024-01-16T01:00:00Z"), 1, "Europe/Berlin", 4).toISOString()).toBe("2024-01-16T03:00:00.000Z");
  });

  it("interval 0 means due from the start of the review's own study day", () => {
    expect(nextDueAt(at("2024-01-15T22:00:00Z"), 0, "Europe/Berlin", 4).toISOString()).toBe("2024-01-15T03:00:00.000Z");
  });

  it("counts study days, not 24-hour periods, across a DST change", () => {
    // Reviewed 2024-03-30 12:00 CET; due 2024-04-05 04:00 CEST.
    expect(nextDueAt(at("2024-03-30T11:00:00Z"), 6, "Europe/Berlin", 4).toISOString()).toBe("2024-04-05T02:00:00.000Z");
    expect(nextDueAt(at("2024-10-26T10:00:00Z"), 1, "Europe/Berlin", 4).toISOString()).toBe("2024-10-27T03:00:00.000Z");
  });

  it("uses the user's zone: the same instant gives different due dates", () => {
    const review = at("2024-07-01T06:00:00Z"); // 23:00 PDT on 30 June; 11:30 IST on 1 July
    expect(nextDueAt(review, 1, "America/Los_Angeles", 4).toISOString()).toBe("2024-07-01T11:00:00.000Z");
    expect(nextDueAt(review, 1, "Asia/Kolkata", 4).toISOString()).toBe("2024-07-01T22:30:00.000Z");
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects intervalDays %s", (n) => {
    expect(() => nextDueAt(at("2024-01-15T12:00:00Z"), n, "Europe/Berlin", 4)).toThrow(RangeError);
  });
});

describe("addStudyDays", () => {
  it.each<[string, number, string]>([
    ["2024-01-15", 0, "2024-01-15"],
    ["2024-01-15", 1, "2024-01-16"],
    ["2024-01-15", -15, "2023-12-31"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-28", 2, "2024-03-01"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2023-12-31", 1, "2024-01-01"],
    ["2024-03-30", 1, "2024-03-31"],
    ["2024-01-01", 366, "2025-01-01"],
    ["2024-01-01", 36500, "2123-12-08"],
  ])("%s + %i → %s", (key, n, expected) => {
    expect(addStudyDays(key, n)).toBe(expected);
  });

  it.each(["2024-02-30", "2023-02-29", "2024-13-01", "2024-1-5", "2024-01-15T00:00", "", "yesterday"])("rejects key %j", (key) => {
    expect(() => addStudyDays(key, 1)).toThrow(RangeError);
    expect(() => studyDayKeyToStart(key, "Europe/Berlin", 4)).toThrow(RangeError);
  });

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects n = %s", (n) => {
    expect(() => addStudyDays("2024-01-15", n)).toThrow(RangeError);
  });
});

describe("input validation", () => {
  it.each(["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland", "UTC"])("%s is a valid time zone", (tz) => {
    expect(isValidTimezone(tz)).toBe(true);
  });

  it.each(["", "Mars/Olympus_Mons", "Europe/Berlinn", "local", "GMT+25"])("%j is not a valid time zone", (tz) => {
    expect(isValidTimezone(tz)).toBe(false);
    expect(() => studyDayKey(at("2024-01-15T12:00:00Z"), tz, 4)).toThrow(RangeError);
    expect(() => studyDayKeyToStart("2024-01-15", tz, 4)).toThrow(/time zone/);
    expect(() => nextDueAt(at("2024-01-15T12:00:00Z"), 1, tz, 4)).toThrow(RangeError);
  });

  it("rejects non-strings as time zones", () => {
    expect(isValidTimezone(undefined as unknown as string)).toBe(false);
    expect(isValidTimezone(42 as unknown as string)).toBe(false);
  });

  it.each([-1, 24, 4.5, Number.NaN])("rejects dayStartsAtHour %s", (hour) => {
    expect(() => studyDayKey(at("2024-01-15T12:00:00Z"), "Europe/Berlin", hour)).toThrow(/dayStartsAtHour/);
    expect(() => studyDayKeyToStart("2024-01-15", "Europe/Berlin", hour)).toThrow(RangeError);
  });

  it("rejects an invalid Date", () => {
    expect(() => studyDayKey(new Date(Number.NaN), "Europe/Berlin", 4)).toThrow(/valid Date/);
    expect(() => studyDayStart(new Date("nope"), "Europe/Berlin", 4)).toThrow(RangeError);
  });
});
