import { describe, expect, it } from "vitest";
import { DEFAULT_GENERATION_LIMITS, generationLimitsFromEnv } from "@/lib/jobs/deck-generation";

describe("deck generation limits", () => {
  it("are 5 minutes and 1 GB unless the environment says otherwise", () => {
    expect(generationLimitsFromEnv({})).toEqual({ timeLimitMs: 300_000, maxHeapMb: 1024 });
    expect(generationLimitsFromEnv({})).toEqual(DEFAULT_GENERATION_LIMITS);
    expect(generationLimitsFromEnv({ RECALL_GENERATION_TIME_LIMIT_S: "600", RECALL_GENERATION_MEMORY_MB: "2048" })).toEqual({
      timeLimitMs: 600_000,
      maxHeapMb: 2048,
    });
  });

  it.each(["", "0", "-5", "ten", "1.5", "Infinity"])("ignore a setting of %j", (value) => {
    expect(generationLimitsFromEnv({ RECALL_GENERATION_TIME_LIMIT_S: value, RECALL_GENERATION_MEMORY_MB: value })).toEqual(DEFAULT_GENERATION_LIMITS);
  });
});
