import { describe, expect, it } from "vitest";
import { HOME_PATH, safeReturnPath } from "@/lib/auth/return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/decks")).toBe("/decks");
    expect(safeReturnPath("/study/abc?x=1")).toBe("/study/abc?x=1");
  });
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "", undefined, 42])("refuses %s", (value) => {
    expect(safeReturnPath(value)).toBe(HOME_PATH);
  });
});
