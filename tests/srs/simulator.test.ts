import { describe, expect, it } from "vitest";
import { renderChart } from "@/lib/srs/simulator/chart";
import { answerSeconds, drawStudent } from "@/lib/srs/simulator/learners";
import { EXPONENTIAL_MODEL, FSRS_CURVE_MODEL, MEMORY_MODELS, type MemoryModel } from "@/lib/srs/simulator/memory-models";
import { formatReport } from "@/lib/srs/simulator/report";
import { simulate, type SimulatedScheduler } from "@/lib/srs/simulator/simulate";

const SMALL = { students: 40, days: 180, cards: 60, seed: 3 };
const fsrsAt = (desiredRetention: number): SimulatedScheduler => ({ kind: "fsrs", desiredRetention });

describe("the simulator is deterministic for a seed", () => {
  it("the same seed gives the same report and the same chart", () => {
    const a = simulate(SMALL);
    const b = simulate(SMALL);
    expect(b).toEqual(a);
    expect(renderChart(b)).toBe(renderChart(a));
    expect(formatReport(b)).toBe(formatReport(a));
  });

  it("another seed gives other students and other answers", () => {
    expect(simulate({ ...SMALL, seed: 4 }).models[0].results[0].reviewsPerStudent).not.toBe(simulate(SMALL).models[0].results[0].reviewsPerStudent);
  });

  it("a scheduler's figures do not depend on which other schedulers run beside it", () => {
    const alone = simulate({ ...SMALL, schedulers: [fsrsAt(0.9)] });
    const together = simulate({ ...SMALL, schedulers: [{ kind: "sm2" }, fsrsAt(0.85), fsrsAt(0.9)] });
    for (const [i, model] of alone.models.entries()) expect(together.models[i].results[2]).toEqual(model.results[0]);
  });
});

describe("the simulator's numbers are sane", () => {
  it("a higher desired retention costs more reviews and buys more recall, under both memory models", () => {
    const report = simulate({ ...SMALL, schedulers: [fsrsAt(0.8), fsrsAt(0.95)] });
    for (const model of report.models) {
      const [low, high] = model.results;
      expect(high.reviewsPerStudent).toBeGreaterThan(low.reviewsPerStudent);
      expect(high.minutesPerStudent).toBeGreaterThan(low.minutesPerStudent);
      expect(high.reviewAccuracy).toBeGreaterThan(low.reviewAccuracy);
      expect(high.testDayRecall).toBeGreaterThan(low.testDayRecall);
    }
  });

  it("in FSRS's own world, with students who match its default parameters, FSRS reaches about the retention asked for", () => {
    // Every student and card average: FSRS's defaults describe them exactly. Accuracy falls a
    // little short only where the model cannot act: after a failed first sighting the card
    // cannot come back sooner than the next day.
    const average: MemoryModel = { ...FSRS_CURVE_MODEL, forStudent: (s, deck) => FSRS_CURVE_MODEL.forStudent({ ...s, ability: 1 }, deck.map(() => 1)) };
    const report = simulate({ students: 60, days: 365, cards: 100, seed: 1, models: [average], schedulers: [fsrsAt(0.8), fsrsAt(0.9)] });
    const [at80, at90] = report.models[0].results;
    expect(at80.reviewAccuracy).toBeGreaterThan(0.77);
    expect(at80.reviewAccuracy).toBeLessThan(0.82);
    expect(at90.reviewAccuracy).toBeGreaterThan(0.86);
    expect(at90.reviewAccuracy).toBeLessThan(0.92);
  });

  it("cards are introduced newPerDay a day, and cards never shown are not known", () => {
    const report = simulate({ students: 5, days: 3, cards: 100, seed: 1, newPerDay: 20 });
    for (const model of report.models) {
      for (const r of model.results) {
        expect(r.reviewsPerStudent).toBeGreaterThanOrEqual(60); // 3 days × 20 first sightings
        expect(r.cardsKnown).toBeLessThanOrEqual(60);
        expect(r.testDayRecall).toBeLessThanOrEqual(0.6);
      }
    }
  });

  it("minutes come from the time model: one card seen once takes 20 s, or 28 s with its re-drill", () => {
    const report = simulate({ students: 1, days: 1, cards: 1, seed: 9 });
    for (const model of report.models) {
      for (const r of model.results) {
        expect(r.reviewsPerStudent).toBe(1);
        expect([answerSeconds("good", true) / 60, answerSeconds("again", true) / 60]).toContain(r.minutesPerStudent);
      }
    }
  });

  it("the figures agree with each other and the curves end on the test day", () => {
    const report = simulate(SMALL);
    expect(report.models.map((m) => m.model)).toEqual(["fsrs-curve", "exponential"]);
    expect(report.options.schedulers).toEqual(["SM-2", "FSRS-6 @ 0.85", "FSRS-6 @ 0.90"]);
    for (const model of report.models) {
      for (const r of model.results) {
        const last = r.curve.at(-1)!;
        expect(last.day).toBe(SMALL.days);
        expect(last.cardsKnown).toBeCloseTo(r.cardsKnown, 9);
        expect(last.minutes).toBeCloseTo(r.minutesPerStudent, 9);
        expect(r.cardsKnown).toBeCloseTo(r.testDayRecall * SMALL.cards, 9);
        expect(r.reviewsPerKnownCard).toBeCloseTo(r.reviewsPerStudent / r.cardsKnown, 9);
        expect(r.cardsKnownPerHour).toBeCloseTo(r.cardsKnown / (r.minutesPerStudent / 60), 9);
        expect(r.reviewAccuracy).toBeGreaterThan(0.5);
        expect(r.reviewAccuracy).toBeLessThan(1);
        // Minutes never go down; every card has been seen long before the end.
        for (let i = 1; i < r.curve.length; i++) expect(r.curve[i].minutes).toBeGreaterThanOrEqual(r.curve[i - 1].minutes);
      }
    }
  });

  it.each<[string, Parameters<typeof simulate>[0], RegExp]>([
    ["no students", { ...SMALL, students: 0 }, /students must be an integer from 1 to 100000/],
    ["fractional days", { ...SMALL, days: 1.5 }, /days must be an integer/],
    ["a negative seed", { ...SMALL, seed: -1 }, /seed must be an integer from 0 to 4294967295/],
    ["zero new cards a day", { ...SMALL, newPerDay: 0 }, /newPerDay must be an integer from 1/],
    ["a desired retention out of range", { ...SMALL, schedulers: [fsrsAt(0.99)] }, /desiredRetention/],
    ["an unknown scheduler", { ...SMALL, schedulers: [{ kind: "leitner" } as unknown as SimulatedScheduler] }, /unknown scheduler/],
  ])("refuses %s", (_name, options, message) => {
    expect(() => simulate(options)).toThrow(RangeError);
    expect(() => simulate(options)).toThrow(message);
  });
});

describe("the memory models", () => {
  const deck = new Float64Array([0.5, 1, 2]);
  const student = drawStudent(1, 0);

  it.each(MEMORY_MODELS.map((m) => [m.name, m] as const))("%s: recall fades, success strengthens, failure weakens", (_name, model) => {
    const memory = model.forStudent(student, deck);
    for (let card = 0; card < deck.length; card++) {
      memory.learn(card, "good");
      expect(memory.recall(card, 0)).toBeCloseTo(1, 9);
      expect(memory.recall(card, 10)).toBeLessThan(memory.recall(card, 1));
      const afterLearning = memory.recall(card, 3);
      memory.review(card, 3, afterLearning, "good");
      const afterSuccess = memory.recall(card, 3);
      expect(afterSuccess).toBeGreaterThan(afterLearning);
      memory.review(card, 3, afterSuccess, "again");
      expect(memory.recall(card, 3)).toBeLessThan(afterSuccess);
    }
  });

  it("harder cards are forgotten sooner, and abler students forget later", () => {
    for (const model of [FSRS_CURVE_MODEL, EXPONENTIAL_MODEL]) {
      const weak = model.forStudent({ ability: 0.6, prior: 0.3 }, deck);
      const strong = model.forStudent({ ability: 1.8, prior: 0.3 }, deck);
      for (const memory of [weak, strong]) for (let card = 0; card < deck.length; card++) memory.learn(card, "good");
      expect(weak.recall(0, 5)).toBeGreaterThanOrEqual(weak.recall(2, 5));
      expect(strong.recall(1, 5)).toBeGreaterThan(weak.recall(1, 5));
    }
  });
});

describe("report and chart", () => {
  const report = simulate(SMALL);

  it("prints one Markdown table per memory model, a row per scheduler", () => {
    const text = formatReport(report);
    expect(text).toContain("40 simulated students × 60 cards × 180 days (seed 3, 20 new cards a day)");
    expect(text).toContain("Memory model: FSRS-6 forgetting curve");
    expect(text).toContain("Memory model: Exponential forgetting (not FSRS)");
    expect(text.match(/^\| (SM-2|FSRS-6 @ 0\.85|FSRS-6 @ 0\.90) \|/gm)).toHaveLength(6);
  });

  it("draws an accessible SVG: a title and description with the numbers, a line per scheduler and panel", () => {
    const svg = renderChart(report);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(svg).toContain('role="img" aria-labelledby="sim-title sim-desc"');
    expect(svg).toMatch(/<title id="sim-title">[^<]+<\/title>/);
    const desc = /<desc id="sim-desc">([^<]+)<\/desc>/.exec(svg)?.[1] ?? "";
    for (const model of report.models) for (const r of model.results) expect(desc).toContain(`${r.scheduler} ${(100 * r.testDayRecall).toFixed(1)}% recall`);
    expect(svg.match(/<path /g)).toHaveLength(2 * 2 * 3);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });
});
