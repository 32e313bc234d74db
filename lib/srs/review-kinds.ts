// Owns what each kind of review means, for every part of the app (client-safe, pure). A review
// log's kind says why the card was shown:
// NEW: a first sighting. REVIEW: a scheduled review. REDRILL: a same-day repeat of a card graded
// below 4. PRACTICE: extra practice outside the schedule (hardest cards, cram).
export const REVIEW_KINDS = ["NEW", "REVIEW", "REDRILL", "PRACTICE"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** The kinds that move a card's schedule, under either scheduler. The others are only logged. */
export const SCHEDULING_KINDS = ["NEW", "REVIEW"] as const satisfies readonly ReviewKind[];

/**
 * The kinds that say what a student knows, e.g. in a class's progress: the first answer of a
 * study day. Re-drills repeat a missed card until it is right, and practice is extra, so
 * counting them would make every finished card "correct".
 */
export const CLASS_ANSWER_KINDS = SCHEDULING_KINDS;

/** Retention (the share of due cards remembered) reads scheduled reviews only. */
export const RETENTION_KINDS = ["REVIEW"] as const satisfies readonly ReviewKind[];

export function isReviewKind(kind: unknown): kind is ReviewKind {
  return REVIEW_KINDS.includes(kind as ReviewKind);
}

export function isSchedulingKind(kind: string): boolean {
  return (SCHEDULING_KINDS as readonly string[]).includes(kind);
}
