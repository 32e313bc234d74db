// Simulated learners: who they are (memory ability, prior knowledge), how hard each card of the
// deck is, how they press the buttons, and how long each answer takes them. Every draw comes
// from a named seeded stream, so a student is the same person under every scheduler.
import type { ReviewButton } from "../buttons";
import { randomStream, type Random } from "./random";

const STUDENT_STREAM = 1;
const DECK_STREAM = 2;
const ANSWER_STREAM = 3;

export type Student = {
  /** Memory ability: multiplies how long memories last (log-normal around 1). */
  ability: number;
  /** Chance of answering a card right the first time it is shown (guessing, prior knowledge). */
  prior: number;
};

export function drawStudent(seed: number, index: number): Student {
  const random = randomStream(seed, STUDENT_STREAM, index);
  return {
    ability: clamp(Math.exp(0.35 * random.normal()), 0.4, 2.5),
    prior: clamp(0.35 + 0.1 * random.normal(), 0.05, 0.8),
  };
}

/** Each card's difficulty multiplier (log-normal around 1; higher is harder), the same for every student. */
export function drawDeck(seed: number, cards: number): Float64Array {
  const random = randomStream(seed, DECK_STREAM);
  const difficulty = new Float64Array(cards);
  for (let i = 0; i < cards; i++) difficulty[i] = clamp(Math.exp(0.45 * random.normal()), 0.3, 3.5);
  return difficulty;
}

/** The stream that decides one student's answers to one card, shared by all schedulers. */
export function answerStream(seed: number, student: number, card: number): Random {
  return randomStream(seed, ANSWER_STREAM, student, card);
}

/**
 * One answer: recalled with probability `recall`; a recalled card is graded Hard 15%, Good 75%,
 * Easy 10% of the time, a forgotten one Again. Always two draws, so every scheduler sees the
 * same numbers for a card's n-th answer.
 */
export function answer(random: Random, recall: number): ReviewButton {
  const recalled = random.next() < recall;
  const u = random.next();
  if (!recalled) return "again";
  return u < 0.15 ? "hard" : u < 0.9 ? "good" : "easy";
}

/**
 * Seconds per answer. A first sighting means reading the question, answering and reading the
 * explanation; a failed review adds the explanation; Again and Hard bring the card back once the
 * same day (Recall's re-drill, which schedules nothing but costs time).
 */
export const TIME_MODEL = Object.freeze({ firstSighting: 20, passedReview: 8, failedReview: 15, redrill: 8 });

export function answerSeconds(button: ReviewButton, firstSighting: boolean): number {
  const { firstSighting: first, failedReview, passedReview, redrill } = TIME_MODEL;
  const base = firstSighting ? first : button === "again" ? failedReview : passedReview;
  return base + (button === "again" || button === "hard" ? redrill : 0);
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}
