// What the simulator's speed rests on. FSRS's per-review arithmetic runs in two engines that give
// identical results (tests/srs/fsrs-formulas.test.ts): ts-fsrs's own FSRSAlgorithm, which the app
// schedules with, and the inline transcription the simulator uses. This prints both engines'
// throughput on the same histories (ts-fsrs is the baseline) and how a simulation's time grows
// with the number of students (100 is the baseline; it should be about linear). Asserts nothing.
import { FsrsModel, NEW_FSRS_MEMORY, type FsrsMemory } from "../lib/srs/fsrs";
import type { FsrsRating } from "../lib/srs/buttons";
import { simulate } from "../lib/srs/simulator/simulate";

const REVIEWS = 200_000;
const RUNS = 5;

function medianMs(run: () => void): number {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

/** Cards reviewed on their due day with a fixed mix of ratings; returns a checksum of the intervals. */
function reviewMany(model: FsrsModel): number {
  const ratings: FsrsRating[] = [3, 3, 1, 3, 2, 3, 4, 3, 3, 1];
  let memory: FsrsMemory = { ...NEW_FSRS_MEMORY };
  let interval = 0;
  let checksum = 0;
  for (let i = 0; i < REVIEWS; i++) {
    if (i % 12 === 0) memory = { ...NEW_FSRS_MEMORY };
    const step = model.review(memory, interval, ratings[i % ratings.length]);
    memory = step.memory;
    interval = step.intervalDays;
    checksum += interval;
  }
  return checksum;
}

const reference = new FsrsModel(undefined, "ts-fsrs");
const inline = new FsrsModel(undefined, "inline");
if (reviewMany(reference) !== reviewMany(inline)) throw new Error("the engines disagree");
const tsFsrs = medianMs(() => reviewMany(reference));
const fast = medianMs(() => reviewMany(inline));
console.log(`FSRS reviews (${REVIEWS.toLocaleString("en")}, median of ${RUNS})`);
console.log(`  ts-fsrs engine (baseline) ${tsFsrs.toFixed(0).padStart(6)} ms   ${((tsFsrs * 1000) / REVIEWS).toFixed(2)} µs a review`);
console.log(`  inline engine             ${fast.toFixed(0).padStart(6)} ms   ${((fast * 1000) / REVIEWS).toFixed(2)} µs a review`);
console.log(`  ratio inline/ts-fsrs: ${(fast / tsFsrs).toFixed(2)}×`);

const timeRun = (students: number) => {
  const start = performance.now();
  simulate({ students, days: 365, cards: 200, seed: 1 });
  return performance.now() - start;
};
timeRun(20); // warm-up
const small = timeRun(100);
const large = timeRun(400);
console.log(`Simulation, 200 cards × 365 days, 3 schedulers × 2 memory models`);
console.log(`  100 students (baseline) ${(small / 1000).toFixed(2)} s`);
console.log(`  400 students            ${(large / 1000).toFixed(2)} s   ratio ${(large / small).toFixed(2)}× for 4× the students`);
