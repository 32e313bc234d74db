import { describe, expect, it } from "vitest";
import { assertButton, buttonOfSm2Grade, FSRS_RATING_OF_BUTTON, REVIEW_BUTTONS, SM2_GRADE_OF_BUTTON } from "@/lib/srs/buttons";

describe("study buttons", () => {
  it("give SM-2 grades 1/3/4/5 and FSRS ratings 1/2/3/4", () => {
    expect(REVIEW_BUTTONS.map((b) => SM2_GRADE_OF_BUTTON[b])).toEqual([1, 3, 4, 5]);
    expect(REVIEW_BUTTONS.map((b) => FSRS_RATING_OF_BUTTON[b])).toEqual([1, 2, 3, 4]);
  });

  it("a stored grade reads back as the button that gave it; SM-2's other failing grades read as Again", () => {
    for (const b of REVIEW_BUTTONS) expect(buttonOfSm2Grade(SM2_GRADE_OF_BUTTON[b])).toBe(b);
    expect([0, 1, 2].map(buttonOfSm2Grade)).toEqual(["again", "again", "again"]);
  });

  it.each([6, -1, 2.5, Number.NaN, "4"])("refuses grade %s", (grade) => {
    expect(() => buttonOfSm2Grade(grade as number)).toThrow(/grade must be an integer from 0 to 5/);
  });

  it.each(["Good", "", null, 3])("refuses button %s", (button) => {
    expect(() => assertButton(button)).toThrow(/button must be one of again, hard, good, easy/);
  });
});
