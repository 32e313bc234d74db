// The four answer buttons and what each scheduler makes of them. ReviewLog.grade keeps SM-2's
// 0–5 scale whichever scheduler is active, so one history means the same to both.
import { assertGrade, type Grade } from "./sm2";

export const REVIEW_BUTTONS = ["again", "hard", "good", "easy"] as const;
export type ReviewButton = (typeof REVIEW_BUTTONS)[number];

/** The SM-2 grade each button gives (and that ReviewLog.grade stores). */
export const SM2_GRADE_OF_BUTTON = { again: 1, hard: 3, good: 4, easy: 5 } as const satisfies Record<ReviewButton, Grade>;

/** FSRS ratings: Again 1, Hard 2, Good 3, Easy 4 (ts-fsrs's Rating enum without Manual). */
export type FsrsRating = 1 | 2 | 3 | 4;
export const FSRS_RATING_OF_BUTTON = { again: 1, hard: 2, good: 3, easy: 4 } as const satisfies Record<ReviewButton, FsrsRating>;

/**
 * The button a stored SM-2 grade stands for. Grades below 3 are SM-2 failures, so 0 and 2
 * (which the buttons never give, but a hand-made or imported history may hold) read as Again.
 */
export function buttonOfSm2Grade(grade: number): ReviewButton {
  assertGrade(grade);
  if (grade < 3) return "again";
  return grade === 3 ? "hard" : grade === 4 ? "good" : "easy";
}

export function assertButton(button: unknown): asserts button is ReviewButton {
  if (!REVIEW_BUTTONS.includes(button as ReviewButton)) {
    throw new RangeError(`button must be one of ${REVIEW_BUTTONS.join(", ")}, got ${JSON.stringify(button)}`);
  }
}

const BUTTON_LABELS = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" } as const satisfies Record<ReviewButton, string>;

/** The study page's buttons in order: what each says, the key that presses it, the grade it gives. */
export const STUDY_BUTTONS = REVIEW_BUTTONS.map((button, index) => ({
  button,
  label: BUTTON_LABELS[button],
  key: String(index + 1),
  grade: SM2_GRADE_OF_BUTTON[button],
}));
