import { describe, expect, it } from "vitest";
import { assertLoginAllowed, recordFailedLogin, recordSuccessfulLogin, TooManyAttemptsError } from "@/lib/auth/login-throttle";

describe("login throttle", () => {
  it("locks an email after five failures and tells the user when to come back", async () => {
    const email = "victim@example.com";
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(assertLoginAllowed(email, "10.0.0.1")).resolves.toBeUndefined();
      await recordFailedLogin(email, "10.0.0.1");
    }
    const refusal = assertLoginAllowed(email, "10.0.0.2");
    await expect(refusal).rejects.toBeInstanceOf(TooManyAttemptsError);
    await expect(refusal).rejects.toThrow(/Too many failed log-in attempts\. Try again in 15 minutes\./);
    // Other accounts are unaffected.
    await expect(assertLoginAllowed("someone@example.com", "10.0.0.2")).resolves.toBeUndefined();
  });

  it("forgets an email's failures after a successful log-in", async () => {
    const email = "forgetful@example.com";
    for (let attempt = 0; attempt < 4; attempt++) await recordFailedLogin(email, "10.0.0.3");
    await recordSuccessfulLogin(email);
    for (let attempt = 0; attempt < 4; attempt++) await recordFailedLogin(email, "10.0.0.3");
    await expect(assertLoginAllowed(email, "10.0.0.4")).resolves.toBeUndefined();
  });

  it("locks an address that tries many different emails", async () => {
    for (let attempt = 0; attempt < 20; attempt++) await recordFailedLogin(`guess${attempt}@example.com`, "10.9.9.9");
    await expect(assertLoginAllowed("fresh@example.com", "10.9.9.9")).rejects.toBeInstanceOf(TooManyAttemptsError);
  });
});
