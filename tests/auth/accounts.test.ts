import { beforeEach, describe, expect, it, vi } from "vitest";
import { authenticate, DUPLICATE_EMAIL_MESSAGE } from "@/lib/auth/accounts";
import { db } from "@/lib/db";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));
// The request the action answers: each test comes from its own address unless it says otherwise.
const request = vi.hoisted(() => ({ address: "", count: 0 }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": request.address }) }));
beforeEach(() => {
  request.address = `192.0.2.${++request.count}`;
});
// Sign-up as the browser calls it: the server action, with whatever the form (or a script) sends.
const { signUpAction: registerUser } = await import("@/app/(signed-out)/actions");

const valid = { name: "Grace Hopper", email: "Grace@Example.com", password: "a good long password" };

describe("registerUser", () => {
  it("creates an account with an argon2id hash and a lower-cased email", async () => {
    const result = await registerUser(valid);
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "grace@example.com" } });
    expect(user.name).toBe("Grace Hopper");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(valid.password);
    expect(user).toMatchObject({ timezone: "UTC", dayStartsAtHour: 4, newPerDay: 20 });
  });

  it("rejects a duplicate email, whatever its case, and creates nothing", async () => {
    const before = await db.user.count();
    const result = await registerUser({ ...valid, email: " GRACE@example.COM " });
    expect(result).toEqual({ ok: false, code: "conflict", fieldErrors: { email: DUPLICATE_EMAIL_MESSAGE } });
    expect(await db.user.count()).toBe(before);
  });

  it.each([
    ["empty fields", { name: "", email: "", password: "" }, { name: "Enter your name.", email: "Enter your email address.", password: "Choose a password." }],
    ["a malformed email", { ...valid, email: "grace@" }, { email: "Enter a valid email address, like name@example.com." }],
    ["a 1-character password", { ...valid, email: "a@example.com", password: "x" }, { password: "Use at least 8 characters for your password." }],
    ["a 10 kB name", { ...valid, email: "b@example.com", name: "n".repeat(10_000) }, { name: "Keep your name under 100 characters." }],
    ["missing fields", {}, { name: "Enter your name.", email: "Enter your email address.", password: "Choose a password." }],
    ["not an object", "name=x", {}],
  ])("rejects %s with a clear message and creates nothing", async (_label, input, fieldErrors) => {
    const before = await db.user.count();
    const result = await registerUser(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors ?? {}).toMatchObject(fieldErrors);
    expect(await db.user.count()).toBe(before);
  });

  it("lets exactly one of two simultaneous sign-ups for the same email through", async () => {
    const input = { ...valid, email: "race@example.com" };
    const results = await Promise.all([registerUser(input), registerUser(input)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { email: "race@example.com" } })).toBe(1);
  });
});

describe("authenticate", () => {
  it("accepts the right password with any email case", async () => {
    const user = await authenticate({ email: "GRACE@example.com", password: valid.password });
    expect(user).toMatchObject({ email: "grace@example.com", name: "Grace Hopper" });
  });

  it("answers the same null for a wrong password and an unknown email", async () => {
    expect(await authenticate({ email: "grace@example.com", password: "wrong password" })).toBeNull();
    expect(await authenticate({ email: "nobody@example.com", password: valid.password })).toBeNull();
    expect(await authenticate({ email: "not an email", password: "" })).toBeNull();
  });
});

describe("registerUser timezone", () => {
  it("keeps the browser's timezone and falls back to UTC for a bad one", async () => {
    await registerUser({ ...valid, email: "tz@example.com", timezone: "Asia/Kolkata" });
    await registerUser({ ...valid, email: "badtz@example.com", timezone: "Mars/Olympus_Mons" });
    expect((await db.user.findUniqueOrThrow({ where: { email: "tz@example.com" } })).timezone).toBe("Asia/Kolkata");
    expect((await db.user.findUniqueOrThrow({ where: { email: "badtz@example.com" } })).timezone).toBe("UTC");
  });
});

describe("sign-up limit", () => {
  it("lets one address create 3 accounts a minute, with a clear message after that", async () => {
    const before = await db.user.count();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => registerUser({ ...valid, email: `burst-${i}@example.com` })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(3);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array(5).fill({
        ok: false,
        code: "throttled",
        error: expect.stringMatching(/^Too many accounts have been created from your network\. Try again in (1 minute|\d+ seconds)\.$/),
      }),
    );
    expect(await db.user.count()).toBe(before + 3);

    request.address = "198.51.100.200";
    expect(await registerUser({ ...valid, email: "elsewhere@example.com" })).toEqual({ ok: true, value: null });
  });

  it("follows RECALL_SIGN_UPS_PER_MINUTE, for schools whose classrooms share one address", async () => {
    vi.stubEnv("RECALL_SIGN_UPS_PER_MINUTE", "10");
    vi.resetModules();
    try {
      const { signUpAction } = await import("@/app/(signed-out)/actions");
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => signUpAction({ ...valid, email: `class-${i}@example.com` })));
      expect(results.filter((result) => result.ok)).toHaveLength(10);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("does not count a form the server rejected", async () => {
    for (let i = 0; i < 5; i++) expect((await registerUser({ ...valid, email: "nope" })).ok).toBe(false);
    expect((await registerUser({ ...valid, email: "after-typos@example.com" })).ok).toBe(true);
  });
});
