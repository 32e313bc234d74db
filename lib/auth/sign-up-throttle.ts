// Limits how many accounts one client address creates: too few for a script filling the
// database. A school whose classrooms share one public address raises them
// (RECALL_SIGN_UPS_PER_MINUTE, RECALL_SIGN_UPS_PER_DAY) so a class can sign up in its first lesson.
import "server-only";
import { Refusal } from "@/lib/errors/refusal";
import { consume, defineLimit, describeWait } from "@/lib/throttle/limit";

/** A positive whole number from the environment, or the default (also for anything malformed). */
function setting(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const perAddress = defineLimit("sign-up-address", [
  { points: setting("RECALL_SIGN_UPS_PER_MINUTE", 3), seconds: 60 },
  { points: setting("RECALL_SIGN_UPS_PER_DAY", 50), seconds: 24 * 60 * 60 },
]);

/**
 * Counts one sign-up from the address before the account is created (so a burst gets no more
 * than the limit); refuses with the wait when the address has used it up. Every sign-up the
 * form accepted counts, including one refused for an existing email, so the limit also slows
 * down checking which emails have accounts.
 */
export async function consumeSignUp(address: string): Promise<void> {
  const wait = await consume([{ limit: perAddress, key: address }]);
  if (wait !== null) {
    throw new Refusal("throttled", `Too many accounts have been created from your network. Try again in ${describeWait(wait)}.`);
  }
}
