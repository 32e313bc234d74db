// Random inputs for the FSRS tests: parameters within ts-fsrs's own bounds, desired retentions
// in the allowed range, and review histories as (days since the previous review, rating) pairs.
import fc from "fast-check";
import { CLAMP_PARAMETERS, default_w } from "ts-fsrs";
import type { FsrsRating } from "@/lib/srs/buttons";
import { MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from "@/lib/srs/fsrs";

export const rating = fc.constantFrom<FsrsRating>(1, 2, 3, 4);

export const desiredRetention = fc.double({ min: MIN_DESIRED_RETENTION, max: MAX_DESIRED_RETENTION, noNaN: true });

/** FSRS-6 parameter sets: the defaults, or each weight anywhere in ts-fsrs's long-term clamp range. */
const weights = CLAMP_PARAMETERS(2, false).map(([min, max]) => fc.double({ min, max, noNaN: true }));
export const parameters: fc.Arbitrary<number[] | null> = fc.oneof(
  fc.constant(null),
  fc.constant<number[] | null>([...default_w]),
  fc.tuple(...weights).map((w): number[] => [...w]),
);

/** Gaps in days before each review after the first: mostly realistic, sometimes 0 or very long. */
export const gapDays = fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 3000 }));

export const history = fc.array(fc.record({ gap: gapDays, rating }), { minLength: 1, maxLength: 25 });
