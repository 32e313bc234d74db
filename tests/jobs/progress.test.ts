import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { estimatePercent, stageLabel, stageStart, type StagePlan } from "@/lib/jobs/progress";

const plan: StagePlan = [
  { key: "start", label: "Reading the document", share: 10 },
  { key: "facts", label: "Finding facts", share: 80 },
  { key: "save", label: "Saving the deck", share: 10 },
];

describe("a job's progress bar", () => {
  it("starts each stage where the shares of the stages before it end", () => {
    expect(plan.map((stage) => stageStart(plan, stage.key))).toEqual([0, 10, 90]);
    expect(stageLabel(plan, "facts")).toBe("Finding facts");
  });

  it("creeps through a stage at the expected pace: about two thirds of it after its expected time", () => {
    // facts is 80 % of a 10 s job: expected to take 8 s.
    expect(estimatePercent(plan, "facts", 0, 10_000)).toBe(10);
    expect(estimatePercent(plan, "facts", 8_000, 10_000)).toBe(60);
    expect(estimatePercent(plan, "facts", 24_000, 10_000)).toBe(86);
  });

  it("never passes the next stage's start however long a stage takes, and never goes back", () => {
    fc.assert(
      fc.property(fc.constantFrom("start", "facts", "save"), fc.nat(10_000_000), fc.nat(10_000_000), fc.integer({ min: 1, max: 10_000_000 }), (key, a, b, expected) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const first = estimatePercent(plan, key, earlier, expected);
        const second = estimatePercent(plan, key, later, expected);
        const start = stageStart(plan, key);
        const end = start + plan.find((stage) => stage.key === key)!.share;
        expect(first).toBeGreaterThanOrEqual(start);
        expect(second).toBeGreaterThanOrEqual(first);
        expect(second).toBeLessThan(end);
        expect(Number.isInteger(second)).toBe(true);
      }),
    );
  });
});
