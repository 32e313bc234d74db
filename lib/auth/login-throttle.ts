// Slows down password guessing without handing attackers a way to lock people out. Attempts
// are counted per (email, client address) and per address — never per email alone, so guesses
// from one address do not lock the owner out from theirs — in tiers that make the wait grow
// (a minute, a quarter of an hour, a day). An attempt is counted before the password is
// checked, atomically, so a parallel burst gets no more checks than the limit; a successful
// log-in forgets the failures of that email at that address and gives the address its point back.
import "server-only";
import { consume, defineLimit, describeWait, giveBack, reset, type Attempt } from "@/lib/throttle/limit";

export const LOGIN_ATTEMPTS_PER_MINUTE = 5;

/** Guesses at one account from one address: 5 a minute, 10 a quarter of an hour, 20 a day. */
const perAccountAndAddress = defineLimit("login-account-address", [
  { points: LOGIN_ATTEMPTS_PER_MINUTE, seconds: 60 },
  { points: 10, seconds: 15 * 60 },
  { points: 20, seconds: 24 * 60 * 60 },
]);

/** Failed log-ins from one address to any account (credential stuffing): 20 a quarter of an hour, 100 a day. */
const perAddress = defineLimit("login-address", [
  { points: 20, seconds: 15 * 60 },
  { points: 100, seconds: 24 * 60 * 60 },
]);

export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed log-in attempts. Try again in ${describeWait(retryAfterSeconds)}.`);
    this.name = "TooManyAttemptsError";
  }
}

const attempts = (email: string, address: string): [Attempt, Attempt] => [
  { limit: perAccountAndAddress, key: `${email}\n${address}` },
  { limit: perAddress, key: address },
];

/** Counts one log-in attempt, before the password is checked; throws when a limit is used up. */
export async function beginLoginAttempt(email: string, address: string): Promise<void> {
  const wait = await consume(attempts(email, address));
  if (wait !== null) throw new TooManyAttemptsError(wait);
}

/** The attempt was the owner's: forget this account's failures here; the address gets its point back. */
export async function loginSucceeded(email: string, address: string): Promise<void> {
  const [account, addressAttempt] = attempts(email, address);
  await Promise.all([reset(account), giveBack(addressAttempt)]);
}
