import { describe, expect, it } from "vitest";
import { resolveStudyScope } from "@/lib/study/scope";
import { createDeck } from "../support/fixtures";

describe("resolveStudyScope", () => {
  it("reads every deck, the hardest cards, or a deck by its slug", async () => {
    const { deck } = await createDeck();
    expect(await resolveStudyScope("all")).toBe("all");
    expect(await resolveStudyScope("hardest")).toBe("hardest");
    expect(await resolveStudyScope(deck.slug)).toEqual({ deckId: deck.id });
  });

  it("refuses what is not a deck address, with the same rule as the bank schema", async () => {
    for (const segment of ["", "Upper", "trailing-", "-leading", "double--dash", "spa ce", "../x", "x".repeat(0)]) {
      await expect(resolveStudyScope(segment), segment).rejects.toMatchObject({ code: "invalid", message: "That is not a deck address." });
    }
    await expect(resolveStudyScope("no-such-deck")).rejects.toMatchObject({ code: "not_found" });
  });
});
