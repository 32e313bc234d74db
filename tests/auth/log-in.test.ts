// The log-in path next-auth's credentials provider runs (lib/auth/log-in.ts): limits per
// (email, address) and per address, counted before the password is checked, against the real
// database.
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { INVALID_CREDENTIALS_MESSAGE, logIn } from "@/lib/auth/log-in";
import { LOGIN_ATTEMPTS_PER_MINUTE } from "@/lib/auth/login-throttle";

const PASSWORD = "the owner's password";
let counter = 0;

async function owner() {
  const email = `owner-${counter++}@example.com`;
  await db.user.create({ data: { email, name: "Owner", passwordHash: await hashPassword(PASSWORD) } });
  return email;
}

const from = (address: string) => ({ "x-forwarded-for": address, "user-agent": "Vitest" });

/** What one attempt came to: "ok", "checked" (wrong password) or "throttled" (with the message). */
async function attempt(email: string, password: string, address: string): Promise<string> {
  try {
    await logIn({ email, password }, from(address));
    return "ok";
  } catch (error) {
    const message = (error as Error).message;
    return message === INVALID_CREDENTIALS_MESSAGE ? "checked" : message;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe("logIn", () => {
  it("opens a session row for valid credentials", async () => {
    const email = await owner();
    const user = await logIn({ email: email.toUpperCase(), password: PASSWORD }, from("192.0.2.1"));
    const session = await db.session.findUniqueOrThrow({ where: { id: user.sessionId } });
    expect(session).toMatchObject({ userId: user.id, userAgent: "Vitest" });
    expect(session.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
  });

  it("checks exactly the limit when 12 wrong guesses arrive at once", async () => {
    const email = await owner();
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(email, `guess ${i}`, "192.0.2.2")));
    expect(outcomes.filter((outcome) => outcome === "checked")).toHaveLength(LOGIN_ATTEMPTS_PER_MINUTE);
    expect(outcomes.filter((outcome) => outcome.startsWith("Too many failed log-in attempts."))).toHaveLength(12 - LOGIN_ATTEMPTS_PER_MINUTE);
  });

  it("lets the owner in from their own address while an attacker hammers the account from theirs", async () => {
    const email = await owner();
    const attacker = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(email, `guess ${i}`, "203.0.113.66")));
    expect(attacker.filter((outcome) => outcome === "checked")).toHaveLength(LOGIN_ATTEMPTS_PER_MINUTE);
    expect(await attempt(email, PASSWORD, "198.51.100.7")).toBe("ok");
    // Even the right password waits at the attacker's address: it could be a lucky guess.
    expect(await attempt(email, PASSWORD, "203.0.113.66")).toMatch(/^Too many failed log-in attempts\. Try again in (1 minute|\d+ seconds)\.$/);
  });

  it("makes the wait grow: a minute after 5 failures, the rest of the quarter hour after 10, a day after 20", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2026-03-02T09:00:00Z");
    vi.setSystemTime(start);
    const at = (minutes: number) => vi.setSystemTime(new Date(start.getTime() + minutes * 60_000));
    const email = await owner();
    const guess = () => attempt(email, "wrong", "192.0.2.3");

    for (let i = 0; i < 5; i++) expect(await guess()).toBe("checked");
    expect(await guess()).toBe("Too many failed log-in attempts. Try again in 1 minute.");
    at(1.1);
    for (let i = 0; i < 5; i++) expect(await guess()).toBe("checked");
    expect(await guess()).toBe("Too many failed log-in attempts. Try again in 14 minutes.");
    at(15.1);
    for (let i = 0; i < 5; i++) expect(await guess()).toBe("checked");
    at(16.2);
    for (let i = 0; i < 5; i++) expect(await guess()).toBe("checked");
    at(17.3);
    expect(await guess()).toBe("Too many failed log-in attempts. Try again in 24 hours.");
    // The owner's own address is untouched by all of this.
    expect(await attempt(email, PASSWORD, "192.0.2.4")).toBe("ok");
  });

  it("forgets an account's failures at an address after a successful log-in there", async () => {
    const email = await owner();
    for (let i = 0; i < 4; i++) expect(await attempt(email, "wrong", "192.0.2.5")).toBe("checked");
    expect(await attempt(email, PASSWORD, "192.0.2.5")).toBe("ok");
    for (let i = 0; i < 5; i++) expect(await attempt(email, "wrong", "192.0.2.5")).toBe("checked");
  });

  it("stops an address that tries many accounts, and only that address", async () => {
    const emails = await Promise.all(Array.from({ length: 21 }, () => owner()));
    for (const email of emails.slice(0, 20)) expect(await attempt(email, "wrong", "192.0.2.6")).toBe("checked");
    expect(await attempt(emails[20], PASSWORD, "192.0.2.6")).toBe("Too many failed log-in attempts. Try again in 15 minutes.");
    expect(await attempt(emails[20], PASSWORD, "192.0.2.7")).toBe("ok");
  });

  it("does not count the successful log-ins of a shared address (a classroom behind one router)", async () => {
    const emails = await Promise.all(Array.from({ length: 25 }, () => owner()));
    for (const email of emails) expect(await attempt(email, PASSWORD, "192.0.2.8")).toBe("ok");
    expect(await attempt(emails[0], "wrong", "192.0.2.8")).toBe("checked");
  });

  it("answers one message for a wrong password, an unknown email and malformed input", async () => {
    const email = await owner();
    expect(await attempt(email, "wrong", "192.0.2.9")).toBe("checked");
    expect(await attempt("nobody@example.com", PASSWORD, "192.0.2.9")).toBe("checked");
    await expect(logIn({ email: "not an email", password: "" }, from("192.0.2.9"))).rejects.toThrow(INVALID_CREDENTIALS_MESSAGE);
    await expect(logIn(undefined, {})).rejects.toThrow(INVALID_CREDENTIALS_MESSAGE);
  });

  it("stores no email or address in the rate-limit table", async () => {
    const email = await owner();
    await attempt(email, "wrong", "192.0.2.10");
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((row) => row.key).join("\n");
    expect(keys).not.toContain("@");
    expect(keys).not.toContain("192.0.2.10");
  });
});
