// Cram mode's choice of cards: the ones most likely to be forgotten by a target date (an exam,
// an assignment's due date), by FSRS's forgetting curve. Cram answers are logged as PRACTICE and
// never move a schedule, so the ranking reads each card's FSRS memory and changes nothing. FSRS
// memory is kept for every user (lib/srs/scheduler.ts), so this works under SM-2 too.
import { DEFAULT_FSRS_SETTINGS, type FsrsSettings } from "./fsrs";
import { fsrsScheduler, type FsrsCard, type StudyCalendar } from "./scheduler";

export type CramCandidate<Id extends string = string> = { id: Id; fsrs: FsrsCard };

export type CramPick<Id extends string = string> = {
  id: Id;
  /** FSRS's predicted recall on the target date if the card is not studied before then. */
  recallAtTarget: number;
  forgetProbability: number;
};

/**
 * Cards ranked by the probability of being forgotten on the study day containing `target`,
 * most at risk first; ties go to the less stable card, then by id, so the order is stable.
 * Never-reviewed cards are left out: there is nothing to forget yet, and the normal queue
 * introduces them.
 */
export function rankForCram<Id extends string>(
  cards: readonly CramCandidate<Id>[],
  target: Date,
  calendar: StudyCalendar,
  settings: FsrsSettings = DEFAULT_FSRS_SETTINGS,
  limit = Number.POSITIVE_INFINITY,
): CramPick<Id>[] {
  if (!(target instanceof Date) || !Number.isFinite(target.getTime())) throw new RangeError("target must be a valid Date");
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isSafeInteger(limit) && limit >= 0))) {
    throw new RangeError(`limit must be a non-negative integer, got ${String(limit)}`);
  }
  const scheduler = fsrsScheduler(calendar, settings);
  const ranked: (CramPick<Id> & { stability: number })[] = [];
  for (const card of cards) {
    const recall = scheduler.recall(card.fsrs, target);
    if (recall === null) continue;
    ranked.push({ id: card.id, recallAtTarget: recall, forgetProbability: 1 - recall, stability: card.fsrs.stability });
  }
  ranked.sort((a, b) => b.forgetProbability - a.forgetProbability || a.stability - b.stability || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ranked.slice(0, limit).map(({ id, recallAtTarget, forgetProbability }) => ({ id, recallAtTarget, forgetProbability }));
}
