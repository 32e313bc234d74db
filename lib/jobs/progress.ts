// Owns how a job's stages become a percent: each stage has a share of the bar, and while a stage
// runs (its inner steps are not reported) the percent creeps towards the stage's end without ever
// reaching it, at a pace set by how long the stage is expected to take. Pure.

export type StagePlan = readonly { key: string; label: string; share: number }[];

/** Where a stage starts on the bar: the shares of the stages before it. */
export function stageStart(plan: StagePlan, key: string): number {
  let start = 0;
  for (const stage of plan) {
    if (stage.key === key) return start;
    start += stage.share;
  }
  return 0;
}

export function stageLabel(plan: StagePlan, key: string): string | undefined {
  return plan.find((stage) => stage.key === key)?.label;
}

/**
 * The percent shown `elapsedMs` into a stage when the whole job is expected to take
 * `expectedTotalMs`: 63 % of the stage's share after its expected time, 95 % after three times
 * that, never the next stage's start (only the next stage's report moves the bar past it).
 */
export function estimatePercent(plan: StagePlan, key: string, elapsedMs: number, expectedTotalMs: number): number {
  const stage = plan.find((candidate) => candidate.key === key);
  const start = stageStart(plan, key);
  if (!stage || stage.share <= 0) return Math.floor(start);
  const expectedStageMs = Math.max(1, (expectedTotalMs * stage.share) / 100);
  const done = 1 - Math.exp(-Math.max(0, elapsedMs) / expectedStageMs);
  return Math.min(Math.floor(start + stage.share * done), Math.ceil(start + stage.share) - 1);
}
