// Slows down password guessing: too many failed log-ins for one email, or from one address,
// lock further attempts for a while. In memory: Recall runs as one process on one machine.
import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";

const WINDOW_SECONDS = 15 * 60;

const perEmail = new RateLimiterMemory({ keyPrefix: "login-email", points: 5, duration: WINDOW_SECONDS });
const perAddress = new RateLimiterMemory({ keyPrefix: "login-ip", points: 20, duration: WINDOW_SECONDS });

export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`Too many failed log-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}

/** Throws TooManyAttemptsError when either key has used up its failures. No address: email only. */
export async function assertLoginAllowed(email: string, address: string | null): Promise<void> {
  for (const [limiter, key] of [[perEmail, email], [perAddress, address]] as const) {
    if (key === null) continue;
    const state = await limiter.get(key);
    if (state && state.remainingPoints <= 0) {
      throw new TooManyAttemptsError(Math.ceil(state.msBeforeNext / 1000));
    }
  }
}

export async function recordFailedLogin(email: string, address: string | null): Promise<void> {
  await Promise.all([perEmail.penalty(email, 1), address === null ? null : perAddress.penalty(address, 1)]);
}

export async function recordSuccessfulLogin(email: string): Promise<void> {
  await perEmail.delete(email);
}
