import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MIN_EASE_FACTOR, NEW_CARD, needsRedrill, sm2, type Grade, type Sm2State } from "@/lib/srs/sm2";
import { formatInterval, previewIntervals } from "@/lib/srs/intervals";

function run(grades: Grade[], from: Sm2State = NEW_CARD): Sm2State[] {
  const states: Sm2State[] = [];
  let state = from;
  for (const grade of grades) {
    state = sm2(state, grade);
    states.push(state);
  }
  return states;
}

const s = (repetitions: number, easeFactor: number, intervalDays: number): Sm2State => ({
  repetitions,
  easeFactor,
  intervalDays,
});

describe("sm2: hand-computed sequences from a new card", () => {
  it.each<[string, Grade[], Sm2State[]]>([
    ["5,5,5,5", [5, 5, 5, 5], [s(1, 2.6, 1), s(2, 2.7, 6), s(3, 2.8, 17), s(4, 2.9, 48)]],
    [
      "5 × 8 (ease keeps growing, no upper bound)",
      [5, 5, 5, 5, 5, 5, 5, 5],
      [s(1, 2.6, 1), s(2, 2.7, 6), s(3, 2.8, 17), s(4, 2.9, 48), s(5, 3, 140), s(6, 3.1, 420), s(7, 3.2, 1302), s(8, 3.3, 4167)],
    ],
    ["4,4,4 (ease unchanged by a 4)", [4, 4, 4], [s(1, 2.5, 1), s(2, 2.5, 6), s(3, 2.5, 15)]],
    [
      "3 × 10 down to the 1.3 floor",
      [3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
      [
        s(1, 2.36, 1),
        s(2, 2.22, 6),
        s(3, 2.08, 14), // ceil(6 × 2.22 = 13.32)
        s(4, 1.94, 30), // ceil(14 × 2.08 = 29.12)
        s(5, 1.8, 59), // ceil(30 × 1.94 = 58.2)
        s(6, 1.66, 107), // ceil(59 × 1.8 = 106.2)
        s(7, 1.52, 178), // ceil(107 × 1.66 = 177.62)
        s(8, 1.38, 271), // ceil(178 × 1.52 = 270.56)
        s(9, 1.3, 374), // ceil(271 × 1.38 = 373.98); 1.38 − 0.14 = 1.24 → floor 1.3
        s(10, 1.3, 487), // ceil(374 × 1.3 = 486.2)
      ],
    ],
    [
      "fail then recover (5,5,5,2,4,4,4)",
      [5, 5, 5, 2, 4, 4, 4],
      [s(1, 2.6, 1), s(2, 2.7, 6), s(3, 2.8, 17), s(0, 2.8, 1), s(1, 2.8, 1), s(2, 2.8, 6), s(3, 2.8, 17)],
    ],
    ["0 on a new card", [0], [s(0, 2.5, 1)]],
    ["1 on a new card", [1], [s(0, 2.5, 1)]],
    ["2 on a new card", [2], [s(0, 2.5, 1)]],
    ["failures never move the ease (3,0,1,2)", [3, 0, 1, 2], [s(1, 2.36, 1), s(0, 2.36, 1), s(0, 2.36, 1), s(0, 2.36, 1)]],
    ["2 then 5,5,5", [2, 5, 5, 5], [s(0, 2.5, 1), s(1, 2.6, 1), s(2, 2.7, 6), s(3, 2.8, 17)]],
  ])("%s", (_name, grades, expected) => {
    expect(run(grades)).toEqual(expected);
  });

  it("ease changes by exactly +0.10, 0, −0.14 for grades 5, 4, 3", () => {
    const prev = s(3, 2, 10);
    expect(sm2(prev, 5).easeFactor).toBe(2.1);
    expect(sm2(prev, 4).easeFactor).toBe(2);
    expect(sm2(prev, 3).easeFactor).toBe(1.86);
  });

  it("uses the ease factor from before this review's update", () => {
    // 10 × 2.0 = 20 for every correct grade; using the updated ease would give 21 / 20 / 19.
    expect(sm2(s(2, 2, 10), 5).intervalDays).toBe(20);
    expect(sm2(s(2, 2, 10), 4).intervalDays).toBe(20);
    expect(sm2(s(2, 2, 10), 3).intervalDays).toBe(20);
  });

  it("floors the ease at 1.3 and stays there on further 3s", () => {
    expect(sm2(s(4, 1.4, 20), 3)).toEqual(s(5, 1.3, 28));
    expect(sm2(s(5, 1.3, 28), 3)).toEqual(s(6, 1.3, 37)); // ceil(36.4)
  });
});

describe("sm2: exact arithmetic", () => {
  it("10 × 1.4 gives 14, even when 1.4 arrives as the float 1.3 + 0.1", () => {
    const drifted = 1.3 + 0.1;
    expect(Math.ceil(10 * drifted)).toBe(15); // the bug this guards against
    expect(sm2(s(2, drifted, 10), 4)).toEqual(s(3, 1.4, 14));
    expect(sm2(s(2, 1.4, 10), 4)).toEqual(s(3, 1.4, 14));
  });

  it("reaching 1.4 from the floor yields exactly 1.4, and the next interval is 14", () => {
    const atFloor = sm2(s(2, 1.3, 10), 5);
    expect(atFloor).toEqual(s(3, 1.4, 13));
    expect(atFloor.easeFactor).toBe(1.4);
    expect(sm2({ ...atFloor, intervalDays: 10 }, 4).intervalDays).toBe(14);
  });

  it.each([
    [25, 2.2, 55],
    [45, 2.2, 99],
    [50, 2.18, 109],
    [50, 2.24, 112],
    [55, 2.2, 121],
  ])("%i × %f is exactly %i (float multiplication says otherwise)", (interval, ease, expected) => {
    expect(Math.ceil(interval * ease)).toBe(expected + 1);
    expect(sm2(s(2, ease, interval), 4).intervalDays).toBe(expected);
  });

  it("accepts ease factors within 1e-9 of a hundredth and returns the clean value", () => {
    const accumulated = 2.5 - 0.14 - 0.14; // 2.2199999999999998
    expect(accumulated).not.toBe(2.22);
    expect(sm2(s(2, accumulated, 6), 4)).toEqual(s(3, 2.22, 14));
    expect(sm2(s(2, 2.22 + 5e-10, 6), 4).easeFactor).toBe(2.22);
    expect(sm2(s(2, 1.3 - 5e-10, 6), 4).easeFactor).toBe(1.3);
    expect(sm2(s(2, 2.22, 6), 1).easeFactor).toBe(2.22);
    expect(sm2(s(2, accumulated, 6), 1).easeFactor).toBe(2.22);
  });
});

describe("sm2: rejects out-of-range input with a RangeError that says what is wrong", () => {
  it.each([6, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, "4", null, undefined])("grade %s", (grade) => {
    expect(() => sm2(NEW_CARD, grade as Grade)).toThrow(RangeError);
    expect(() => sm2(NEW_CARD, grade as Grade)).toThrow(/grade/);
  });

  it.each<[string, Sm2State, RegExp]>([
    ["negative repetitions", s(-1, 2.5, 0), /repetitions/],
    ["fractional repetitions", s(1.5, 2.5, 1), /repetitions/],
    ["NaN repetitions", s(Number.NaN, 2.5, 1), /repetitions/],
    ["infinite repetitions", s(Number.POSITIVE_INFINITY, 2.5, 1), /repetitions/],
    ["negative interval", s(2, 2.5, -1), /intervalDays/],
    ["fractional interval", s(2, 2.5, 1.5), /intervalDays/],
    ["NaN interval", s(2, 2.5, Number.NaN), /intervalDays/],
    ["infinite interval", s(2, 2.5, Number.POSITIVE_INFINITY), /intervalDays/],
    ["interval 0 on a reviewed card", s(2, 2.5, 0), /intervalDays.*at least 1/],
    ["ease below 1.3", s(2, 1.28, 6), /easeFactor.*at least 1\.3/],
    ["ease just below 1.3", s(2, 1.3 - 1e-6, 6), /easeFactor/],
    ["ease not a hundredth", s(2, 2.345, 6), /easeFactor.*hundredths/],
    ["ease 1e-8 off a hundredth", s(2, 2.5 + 1e-8, 6), /easeFactor.*hundredths/],
    ["NaN ease", s(2, Number.NaN, 6), /easeFactor.*finite/],
    ["infinite ease", s(2, Number.POSITIVE_INFINITY, 6), /easeFactor.*finite/],
  ])("%s", (_name, prev, message) => {
    for (const grade of [0, 4] as const) {
      expect(() => sm2(prev, grade)).toThrow(RangeError);
      expect(() => sm2(prev, grade)).toThrow(message);
    }
  });

  it("refuses an interval too large to compute exactly instead of rounding it", () => {
    expect(() => sm2(s(5, 2.5, Number.MAX_SAFE_INTEGER), 4)).toThrow(RangeError);
  });

  it("does not mutate its input", () => {
    const prev = Object.freeze(s(2, 2.5, 6));
    expect(() => sm2(prev, 5)).not.toThrow();
    expect(prev).toEqual(s(2, 2.5, 6));
  });
});

describe("sm2: properties", () => {
  const grade = fc.constantFrom<Grade>(0, 1, 2, 3, 4, 5);
  const correct = fc.constantFrom<Grade>(3, 4, 5);
  // Any state sm2 accepts: a reviewed card (repetitions > 0) has an interval of at least 1.
  const state = fc
    .record({
      repetitions: fc.nat({ max: 1000 }),
      easeFactor: fc.integer({ min: 130, max: 500 }).map((h) => h / 100),
      intervalDays: fc.nat({ max: 1_000_000 }),
    })
    .map((x) => (x.repetitions > 0 && x.intervalDays === 0 ? { ...x, intervalDays: 1 } : x));
  const isValid = (x: Sm2State) =>
    Number.isSafeInteger(x.repetitions) &&
    x.repetitions >= 0 &&
    Number.isSafeInteger(x.intervalDays) &&
    x.intervalDays >= 1 &&
    x.easeFactor >= MIN_EASE_FACTOR &&
    x.easeFactor === Math.round(x.easeFactor * 100) / 100;

  it("output is always valid input, with the ease never below 1.3", () => {
    fc.assert(
      fc.property(state, grade, grade, (prev, g1, g2) => {
        const next = sm2(prev, g1);
        expect(isValid(next)).toBe(true);
        expect(isValid(sm2(next, g2))).toBe(true);
      }),
    );
  });

  it("any grade sequence from a new card stays valid", () => {
    fc.assert(
      fc.property(fc.array(grade, { maxLength: 40 }), (grades) => {
        for (const next of run(grades)) expect(isValid(next)).toBe(true);
      }),
    );
  });

  it("a failure resets repetitions, sets the interval to 1 and leaves the ease unchanged", () => {
    fc.assert(
      fc.property(state, fc.constantFrom<Grade>(0, 1, 2), (prev, g) => {
        expect(sm2(prev, g)).toEqual({ repetitions: 0, easeFactor: prev.easeFactor, intervalDays: 1 });
      }),
    );
  });

  it("a correct answer increments repetitions and moves the ease by the SM-2 formula", () => {
    fc.assert(
      fc.property(state, correct, (prev, g) => {
        const next = sm2(prev, g);
        expect(next.repetitions).toBe(prev.repetitions + 1);
        const q = 5 - g;
        const expected = Math.max(130, Math.round(prev.easeFactor * 100) + 10 - q * (8 + q * 2)) / 100;
        expect(next.easeFactor).toBe(expected);
      }),
    );
  });

  it("from the third correct review on, the interval is the exact ceiling of interval × old ease", () => {
    fc.assert(
      fc.property(state, correct, (prev, g) => {
        fc.pre(prev.repetitions >= 2);
        const product = BigInt(prev.intervalDays) * BigInt(Math.round(prev.easeFactor * 100));
        const exactCeil = (product + 99n) / 100n;
        expect(BigInt(sm2(prev, g).intervalDays)).toBe(exactCeil);
      }),
    );
  });

  it("while answers stay correct, the interval never shrinks", () => {
    fc.assert(
      fc.property(fc.array(grade, { maxLength: 20 }), fc.array(correct, { minLength: 1, maxLength: 25 }), (warmup, streak) => {
        // The streak starts from any state reachable from a new card.
        const start = run(warmup).at(-1) ?? NEW_CARD;
        let previous = start.intervalDays;
        for (const next of run(streak, start)) {
          expect(next.intervalDays).toBeGreaterThanOrEqual(previous);
          previous = next.intervalDays;
        }
      }),
    );
  });
});

describe("needsRedrill", () => {
  it("re-drills grades below 4 within the session", () => {
    expect([0, 1, 2, 3, 4, 5].map((g) => needsRedrill(g as Grade))).toEqual([true, true, true, true, false, false]);
  });

  it("rejects invalid grades", () => {
    expect(() => needsRedrill(7 as Grade)).toThrow(RangeError);
  });
});

describe("previewIntervals", () => {
  it("a new card: every button is 1 day", () => {
    expect(previewIntervals(NEW_CARD)).toEqual({ again: 1, hard: 1, good: 1, easy: 1 });
  });

  it("after one correct review: again 1, otherwise 6", () => {
    expect(previewIntervals(s(1, 2.5, 1))).toEqual({ again: 1, hard: 6, good: 6, easy: 6 });
  });

  it("later: again 1, otherwise ceil(interval × current ease)", () => {
    expect(previewIntervals(s(2, 2.7, 6))).toEqual({ again: 1, hard: 17, good: 17, easy: 17 });
  });

  it("agrees with sm2 for every state", () => {
    fc.assert(
      fc.property(
        fc.record({
          repetitions: fc.nat({ max: 50 }),
          easeFactor: fc.integer({ min: 130, max: 400 }).map((h) => h / 100),
          intervalDays: fc.integer({ min: 1, max: 100_000 }),
        }),
        (prev) => {
          expect(previewIntervals(prev)).toEqual({
            again: sm2(prev, 1).intervalDays,
            hard: sm2(prev, 3).intervalDays,
            good: sm2(prev, 4).intervalDays,
            easy: sm2(prev, 5).intervalDays,
          });
        },
      ),
    );
  });

  it("rejects invalid state", () => {
    expect(() => previewIntervals(s(0, 1, 0))).toThrow(RangeError);
  });
});

describe("formatInterval", () => {
  it.each([
    [0, "0d"],
    [1, "1d"],
    [6, "6d"],
    [29, "29d"],
    [30, "1mo"],
    [45, "1.5mo"],
    [60, "2mo"],
    [364, "12.1mo"],
    [365, "1y"],
    [438, "1.2y"],
    [4167, "11.4y"],
    [36500, "100y"],
  ])("%i days → %s", (days, text) => {
    expect(formatInterval(days)).toBe(text);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects %s", (days) => {
    expect(() => formatInterval(days)).toThrow(RangeError);
  });
});
