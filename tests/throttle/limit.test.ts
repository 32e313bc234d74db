// Database-backed limits (lib/throttle/limit.ts) against the real migrated database.
import { describe, expect, it, vi } from "vitest";
import { consume, defineLimit, describeWait, giveBack, reset } from "@/lib/throttle/limit";

/** A second app instance: its own modules, Prisma client and database connection. */
async function anotherInstance(): Promise<typeof import("@/lib/throttle/limit")> {
  const shared = globalThis as { recallPrisma?: unknown };
  const mine = shared.recallPrisma;
  delete shared.recallPrisma;
  vi.resetModules();
  try {
    return await import("@/lib/throttle/limit");
  } finally {
    shared.recallPrisma = mine;
  }
}

describe("consume", () => {
  it("allows exactly the limit to a parallel burst", async () => {
    const limit = defineLimit("burst", [{ points: 7, seconds: 60 }]);
    const verdicts = await Promise.all(Array.from({ length: 30 }, () => consume([{ limit, key: "k" }])));
    expect(verdicts.filter((wait) => wait === null)).toHaveLength(7);
    expect(verdicts.filter((wait) => wait !== null && wait > 0 && wait <= 60)).toHaveLength(23);
  });

  it("holds one limit across two app instances", async () => {
    const other = await anotherInstance();
    const here = defineLimit("shared", [{ points: 9, seconds: 60 }]);
    const there = other.defineLimit("shared", [{ points: 9, seconds: 60 }]);
    const verdicts = await Promise.all(
      Array.from({ length: 24 }, (_, i) => (i % 2 ? consume([{ limit: here, key: "k" }]) : other.consume([{ limit: there, key: "k" }]))),
    );
    expect(verdicts.filter((wait) => wait === null)).toHaveLength(9);
  });

  it("takes from every tier of every attempt or from none", async () => {
    const small = defineLimit("small", [{ points: 2, seconds: 60 }]);
    const large = defineLimit("large", [{ points: 3, seconds: 60 }]);
    // "a" uses up small; its refused attempts must not use up large, which "b" still needs.
    for (let i = 0; i < 5; i++) await consume([{ limit: small, key: "a" }, { limit: large, key: "shared" }]);
    expect(await consume([{ limit: large, key: "shared" }])).toBeNull();
    expect(await consume([{ limit: large, key: "shared" }])).not.toBeNull();
  });

  it("gives back and resets", async () => {
    const limit = defineLimit("refunds", [{ points: 1, seconds: 60 }]);
    expect(await consume([{ limit, key: "k" }])).toBeNull();
    expect(await consume([{ limit, key: "k" }])).not.toBeNull();
    await giveBack({ limit, key: "k" });
    await giveBack({ limit, key: "k" });
    expect(await consume([{ limit, key: "k" }])).toBeNull();
    await reset({ limit, key: "k" });
    expect(await consume([{ limit, key: "k" }])).toBeNull();
  });

  it("answers the longest wait among the used-up tiers", async () => {
    const limit = defineLimit("tiers", [{ points: 1, seconds: 60 }, { points: 1, seconds: 3600 }]);
    await consume([{ limit, key: "k" }]);
    const wait = await consume([{ limit, key: "k" }]);
    expect(wait).toBeGreaterThan(3500);
  });
});

describe("describeWait", () => {
  it.each([
    [0.2, "1 second"],
    [45, "45 seconds"],
    [60, "1 minute"],
    [61, "2 minutes"],
    [14 * 60 + 1, "15 minutes"],
    [3600, "1 hour"],
    [23.5 * 3600, "24 hours"],
  ])("%s s → %s", (seconds, text) => {
    expect(describeWait(seconds)).toBe(text);
  });
});
