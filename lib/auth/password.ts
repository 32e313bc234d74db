// Password hashing: argon2id through @node-rs/argon2 (prebuilt, no install script).
import "server-only";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (argon2id is the library's default algorithm): 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check when the email is unknown, so response time does not
 * tell an attacker which emails have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("recall-timing-equaliser");
  await verifyPassword(await dummyHash, password);
  return false;
}
