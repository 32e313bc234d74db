// Seeded randomness for the simulator: independent, reproducible streams (pure-rand's
// xoroshiro128+) named by integers, so a student's traits and each card's answers come out the
// same whatever else is simulated, and the same draws feed every scheduler being compared.
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
};

/** A stream for the path (seed, ...names); equal paths give equal streams. */
export function randomStream(seed: number, ...names: number[]): Random {
  return new Xoroshiro(mixSeed(seed, ...names));
}

// A class rather than closures: the simulator makes a stream per student and card.
class Xoroshiro implements Random {
  private readonly rng: RandomGenerator;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
    // The generator's first outputs echo its seed; step past them.
    this.rng.next();
    this.rng.next();
  }

  next(): number {
    return uniformFloat64(this.rng);
  }

  normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }
}

// MurmurHash3's 32-bit finalizer folded over the path: nearby paths give unrelated seeds.
function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h | 0;
}
