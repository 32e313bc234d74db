import { describe, expect, it } from "vitest";
import { consumeUpload } from "@/lib/decks/upload-throttle";

describe("consumeUpload", () => {
  it("allows ten decks an hour per author, then explains the wait", async () => {
    for (let i = 0; i < 10; i++) await expect(consumeUpload("author-a")).resolves.toBeUndefined();
    await expect(consumeUpload("author-a")).rejects.toThrow(/^You have generated 10 decks in the last hour\. Try again in (60 minutes|1 hour)\.$/);
    await expect(consumeUpload("author-b")).resolves.toBeUndefined();
  });

  it("gives a burst of parallel uploads exactly the limit", async () => {
    const results = await Promise.allSettled(Array.from({ length: 25 }, () => consumeUpload("author-c")));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(10);
  });
});
