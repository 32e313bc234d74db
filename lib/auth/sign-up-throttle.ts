// Limits how many accounts one client address creates: enough for a classroom behind one
// router signing up together (a few a minute), too few for a script filling the database.
import "server-only";
import { Refusal } from "@/lib/errors/refusal";
import { consume, defineLimit, describeWait } from "@/lib/throttle/limit";

export const SIGN_UPS_PER_MINUTE = 3;

const perAddress = defineLimit("sign-up-address", [
  { points: SIGN_UPS_PER_MINUTE, seconds: 60 },
  { points: 50, seconds: 24 * 60 * 60 },
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
