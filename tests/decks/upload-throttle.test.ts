import { describe, expect, it } from "vitest";
import { consumeUpload } from "@/lib/decks/upload-throttle";

describe("consumeUpload", () => {
  it("allows ten decks an hour per author, then explains the wait", async () => {
    for (let i = 0; i < 10; i++) await expect(consumeUpload("author-a")).resolves.toBeUndefined();
    await expect(consumeUpload("author-a")).rejects.toThrow("You have generated 10 decks in the last hour. Try again later.");
    await expect(consumeUpload("author-b")).resolves.toBeUndefined();
  });
});
