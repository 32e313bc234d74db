// Limits on what a review records (client-safe, no dependencies).

/** A review's recorded duration is capped: a card left open overnight says nothing about recall. */
export const MAX_REVIEW_DURATION_MS = 24 * 60 * 60 * 1000;
