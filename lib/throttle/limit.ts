// Owns rate limits: named limits made of tiers ("5 per minute, 20 per day"), counted in the
// database (the RateLimit table, through rate-limiter-flexible's RateLimiterPrisma) so that every
// app instance counts against the same limits. Each tier is one atomic upsert, so a burst of
// parallel requests never gets more than a tier allows.
import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";

/** At most `points` attempts in a fixed window of `seconds`, which starts with the first one. */
export type Tier = { points: number; seconds: number };

export type Limit = { readonly name: string; readonly tiers: readonly RateLimiterPrisma[] };

// Every limiter can sweep expired rows (all limits share the table), so one per process does.
let sweeperStarted = false;

export function defineLimit(name: string, tiers: Tier[]): Limit {
  return {
    name,
    tiers: tiers.map(({ points, seconds }) => {
      const limiter = new RateLimiterPrisma({
        storeClient: db,
        tableName: "rateLimit",
        keyPrefix: `${name}:${seconds}s`,
        points,
        duration: seconds,
        clearExpiredByTimeout: !sweeperStarted,
      });
      sweeperStarted = true;
      return limiter;
    }),
  };
}

/** One attempt against a limit, for one key (an address, a user id, an email and address...). */
export type Attempt = { limit: Limit; key: string };

// Keys may hold emails and addresses: store a digest, not the personal data itself.
const digest = (key: string) => createHash("sha256").update(key).digest("base64url");

/**
 * Takes one point from every tier of every attempt, or refuses: answers null when the attempt
 * may go ahead, or how many seconds to wait. A refused attempt gives back what it took, so
 * knocking on a closed door does not use up the longer tiers.
 */
export async function consume(attempts: Attempt[]): Promise<number | null> {
  const taken: Array<[RateLimiterPrisma, string]> = [];
  try {
    for (const { limit, key } of attempts) {
      for (const tier of limit.tiers) {
        await tier.consume(digest(key));
        taken.push([tier, key]);
      }
    }
    return null;
  } catch (refusal) {
    await refund(taken);
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return Math.max(1, Math.ceil((await longestWait(attempts, refusal.msBeforeNext)) / 1000));
  }
}

/** The wait until every used-up tier has room again (the first refusal may not be the longest). */
async function longestWait(attempts: Attempt[], refusedMs: number): Promise<number> {
  const states = await Promise.all(attempts.flatMap(({ limit, key }) => limit.tiers.map((tier) => tier.get(digest(key)))));
  return Math.max(refusedMs, ...states.map((state) => (state && state.remainingPoints <= 0 ? state.msBeforeNext : 0)));
}

async function refund(taken: Array<[RateLimiterPrisma, string]>): Promise<void> {
  await Promise.all(taken.map(([tier, key]) => tier.reward(digest(key))));
}

/** Gives back one point on every tier (e.g. an attempt that turned out to be legitimate). */
export async function giveBack({ limit, key }: Attempt): Promise<void> {
  await refund(limit.tiers.map((tier) => [tier, key]));
}

/** Forgets every attempt for the key (e.g. after a successful log-in). */
export async function reset({ limit, key }: Attempt): Promise<void> {
  await Promise.all(limit.tiers.map((tier) => tier.delete(digest(key))));
}

/** "45 seconds", "15 minutes", "2 hours": how long to wait, rounded up, for messages. */
export function describeWait(seconds: number): string {
  const unit = (count: number, name: string) => `${count} ${name}${count === 1 ? "" : "s"}`;
  if (seconds < 60) return unit(Math.max(1, Math.ceil(seconds)), "second");
  if (seconds < 60 * 60) return unit(Math.ceil(seconds / 60), "minute");
  return unit(Math.ceil(seconds / 3600), "hour");
}
