// The simulator: many students study one deck for a number of days under each scheduler, their
// answers drawn from a true memory model (lib/srs/simulator/memory-models.ts), and the cost
// (reviews, minutes) is set against the result (recall on a test day, cards known). Pure and
// deterministic for a seed: no clock, no Math.random, nothing from Next.js or Prisma.
//
// Recall's study flow, in days: card i is new on day ⌊i / newPerDay⌋; every answer is scheduled
// by the scheduler under test (SM-2 exactly as the app runs it, or FSRS-6 through lib/srs/fsrs.ts)
// and the card comes back on the day it falls due. Students study every day and clear what is
// due (no daily review cap), so each card's history is independent of the others'. The test day
// is day `days`, the morning after the last study day, with no review before the test.
import { FSRS_RATING_OF_BUTTON, SM2_GRADE_OF_BUTTON, type ReviewButton } from "../buttons";
import { FsrsModel, NEW_FSRS_MEMORY, assertFsrsSettings, type FsrsMemory } from "../fsrs";
import { NEW_CARD, sm2, type Sm2State } from "../sm2";
import { answer, answerSeconds, answerStream, drawDeck, drawStudent, TIME_MODEL } from "./learners";
import { MEMORY_MODELS, type MemoryModel } from "./memory-models";

export type SimulatedScheduler = { kind: "sm2" } | { kind: "fsrs"; desiredRetention: number };

export const DEFAULT_SIMULATED_SCHEDULERS: readonly SimulatedScheduler[] = [
  { kind: "sm2" },
  { kind: "fsrs", desiredRetention: 0.85 },
  { kind: "fsrs", desiredRetention: 0.9 },
];

export const SIMULATION_LIMITS = {
  students: { min: 1, max: 100_000, default: 1000 },
  days: { min: 1, max: 3650, default: 365 },
  cards: { min: 1, max: 10_000, default: 200 },
  newPerDay: { min: 1, max: 1000, default: 20 },
  seed: { min: 0, max: 2 ** 32 - 1, default: 1 },
  /** students × cards: beyond this a run takes many minutes. */
  cardHistories: 2_000_000,
} as const;

export type SimulationOptions = {
  students: number;
  days: number;
  cards: number;
  seed: number;
  newPerDay?: number;
  schedulers?: readonly SimulatedScheduler[];
  models?: readonly MemoryModel[];
};

export type CurvePoint = {
  day: number;
  /** Expected cards recalled that morning, per student. */
  cardsKnown: number;
  /** Study minutes before that day, per student. */
  minutes: number;
};

export type SchedulerResult = {
  scheduler: string;
  /** Scheduled answers (first sightings and reviews; re-drills are in the minutes only). */
  reviewsPerStudent: number;
  minutesPerStudent: number;
  /** Share of reviews (not first sightings) answered right: the retention the scheduler achieved. */
  reviewAccuracy: number;
  /** Mean probability of recalling a deck card on the test day (never-shown cards count 0). */
  testDayRecall: number;
  /** Expected cards recalled on the test day: testDayRecall × cards. */
  cardsKnown: number;
  reviewsPerKnownCard: number;
  cardsKnownPerHour: number;
  curve: CurvePoint[];
};

export type SimulationReport = {
  options: Required<Omit<SimulationOptions, "schedulers" | "models">> & { schedulers: string[] };
  timeModel: typeof TIME_MODEL;
  models: { model: MemoryModel["id"]; name: string; results: SchedulerResult[] }[];
};

export function schedulerLabel(scheduler: SimulatedScheduler): string {
  return scheduler.kind === "sm2" ? "SM-2" : `FSRS-6 @ ${scheduler.desiredRetention.toFixed(2)}`;
}

/** A scheduler in study days: the state after an answer and the days until the next. */
type DaySchedule<S> = { start: S; review(state: S, elapsedDays: number, button: ReviewButton): { state: S; intervalDays: number } };

function daySchedule(scheduler: SimulatedScheduler): DaySchedule<unknown> {
  if (scheduler.kind === "sm2") {
    const schedule: DaySchedule<Sm2State> = {
      start: NEW_CARD,
      review(state, _elapsedDays, button) {
        const next = sm2(state, SM2_GRADE_OF_BUTTON[button]);
        return { state: next, intervalDays: next.intervalDays };
      },
    };
    return schedule as DaySchedule<unknown>;
  }
  // The inline engine: ts-fsrs's arithmetic with identical results, over twice as fast.
  const model = new FsrsModel({ desiredRetention: scheduler.desiredRetention, parameters: null }, "inline");
  const schedule: DaySchedule<FsrsMemory> = {
    start: NEW_FSRS_MEMORY,
    review(state, elapsedDays, button) {
      const step = model.review(state, elapsedDays, FSRS_RATING_OF_BUTTON[button]);
      return { state: step.memory, intervalDays: step.intervalDays };
    },
  };
  return schedule as DaySchedule<unknown>;
}

export function simulate(options: SimulationOptions): SimulationReport {
  const { students, days, cards, seed } = options;
  const newPerDay = options.newPerDay ?? SIMULATION_LIMITS.newPerDay.default;
  const schedulers = options.schedulers ?? DEFAULT_SIMULATED_SCHEDULERS;
  const models = options.models ?? MEMORY_MODELS;
  for (const name of ["students", "days", "cards", "newPerDay", "seed"] as const) {
    const value = name === "newPerDay" ? newPerDay : options[name];
    const { min, max } = SIMULATION_LIMITS[name];
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
    }
  }
  for (const scheduler of schedulers) {
    if (scheduler.kind === "fsrs") assertFsrsSettings({ desiredRetention: scheduler.desiredRetention, parameters: null });
    else if (scheduler.kind !== "sm2") throw new RangeError(`unknown scheduler ${JSON.stringify(scheduler)}`);
  }

  const deck = drawDeck(seed, cards);
  const learners = Array.from({ length: students }, (_, i) => drawStudent(seed, i));
  // About weekly points for a year (52 per curve), always ending on the test day.
  const step = Math.max(1, Math.ceil(days / 52));
  const sampleDays: number[] = [];
  for (let day = 0; day < days; day += step) sampleDays.push(day);
  sampleDays.push(days);

  return {
    options: { students, days, cards, seed, newPerDay, schedulers: schedulers.map(schedulerLabel) },
    timeModel: TIME_MODEL,
    models: models.map((model) => ({
      model: model.id,
      name: model.name,
      results: schedulers.map((scheduler) => runOne(model, scheduler, { learners, deck, days, newPerDay, seed, sampleDays })),
    })),
  };
}

type RunInput = { learners: ReturnType<typeof drawStudent>[]; deck: Float64Array; days: number; newPerDay: number; seed: number; sampleDays: number[] };

function runOne(model: MemoryModel, scheduler: SimulatedScheduler, input: RunInput): SchedulerResult {
  const { learners, deck, days, newPerDay, seed, sampleDays } = input;
  const schedule = daySchedule(scheduler);
  const known = new Float64Array(sampleDays.length);
  const secondsByDay = new Float64Array(days);
  let answers = 0;
  let reviews = 0;
  let passed = 0;

  for (let s = 0; s < learners.length; s++) {
    const memory = model.forStudent(learners[s], deck);
    for (let card = 0; card < deck.length; card++) {
      const firstDay = Math.floor(card / newPerDay);
      if (firstDay >= days) break; // later cards are never shown
      const random = answerStream(seed, s, card);
      let k = 0;
      while (sampleDays[k] <= firstDay) k++; // not known before it is first shown

      let button = answer(random, learners[s].prior);
      memory.learn(card, button);
      let outcome = schedule.review(schedule.start, 0, button);
      secondsByDay[firstDay] += answerSeconds(button, true);
      answers++;
      let last = firstDay;
      for (;;) {
        const next = last + outcome.intervalDays;
        // Mornings up to the next review (or the test day) see the memory left by the last answer.
        const until = next < days ? next : days;
        while (k < sampleDays.length && sampleDays[k] <= until) {
          known[k] += memory.recall(card, sampleDays[k] - last);
          k++;
        }
        if (next >= days) break;
        const elapsed = next - last;
        const recall = memory.recall(card, elapsed);
        button = answer(random, recall);
        memory.review(card, elapsed, recall, button);
        outcome = schedule.review(outcome.state, elapsed, button);
        secondsByDay[next] += answerSeconds(button, false);
        answers++;
        reviews++;
        if (button !== "again") passed++;
        last = next;
      }
    }
  }

  const perStudent = (x: number) => x / learners.length;
  const cumulativeSeconds = new Float64Array(days + 1);
  for (let day = 0; day < days; day++) cumulativeSeconds[day + 1] = cumulativeSeconds[day] + secondsByDay[day];
  const minutes = perStudent(cumulativeSeconds[days]) / 60;
  const cardsKnown = perStudent(known[known.length - 1]);
  return {
    scheduler: schedulerLabel(scheduler),
    reviewsPerStudent: perStudent(answers),
    minutesPerStudent: minutes,
    reviewAccuracy: reviews === 0 ? 0 : passed / reviews,
    testDayRecall: cardsKnown / deck.length,
    cardsKnown,
    reviewsPerKnownCard: cardsKnown === 0 ? 0 : perStudent(answers) / cardsKnown,
    cardsKnownPerHour: minutes === 0 ? 0 : cardsKnown / (minutes / 60),
    curve: sampleDays.map((day, i) => ({ day, cardsKnown: perStudent(known[i]), minutes: perStudent(cumulativeSeconds[day]) / 60 })),
  };
}
