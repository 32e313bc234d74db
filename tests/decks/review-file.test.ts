import { describe, expect, it } from "vitest";
import { decodeReview, MAX_REVIEW_BYTES } from "@/lib/decks/review-file";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("decodeReview", () => {
  it("accepts UTF-8 text, accents and all", () => {
    expect(decodeReview(bytes("# Überblick\n\nTensorFlow was released in November 2015."), "review.md")).toEqual({
      ok: true,
      text: "# Überblick\n\nTensorFlow was released in November 2015.",
    });
  });

  it.each([
    ["empty", new Uint8Array(), "review.md is empty."],
    ["blank", bytes("  \n\t \n"), "review.md is empty."],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]), "review.md looks like a binary file; upload a Markdown or plain-text review."],
    ["not UTF-8", new Uint8Array(Array.from({ length: 200 }, () => 0xff)), "review.md is not UTF-8 text."],
    ["huge", new Uint8Array(MAX_REVIEW_BYTES + 1).fill(0x61), "review.md is 2.0 MB; the limit is 2 MB."],
  ])("refuses a %s document with a clear message", (_label, input, error) => {
    expect(decodeReview(input, "review.md")).toEqual({ ok: false, error });
  });
});
