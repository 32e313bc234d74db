// Issue #9 items 4, 5, 6 and 10 and Secure cookies, against the production build: open
// redirects after log-in, log-in and sign-up limits keyed on the client address, sessions that
// end when they should, and the account section of the settings page.
//
// Two servers run the same build and database: Playwright's (served directly, as `next start`
// answers a browser) and one started here with RECALL_TRUST_PROXY=1 (as behind a reverse proxy),
// where a test plays the proxy by sending X-Forwarded-For/-Proto. Tests that need fresh accounts
// or many attempts use the second one with addresses no other spec uses, so they never eat into
// the limits of the specs that run from localhost.
import { spawn, type ChildProcess } from "node:child_process";
import { networkInterfaces } from "node:os";
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { violations } from "./support/session";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DIRECT = `http://localhost:${PORT}`;
const PROXIED_PORT = PORT + 1000;
const PROXIED = `http://localhost:${PROXIED_PORT}`;
const PASSWORD = "a long enough password";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
// A random start, so a retried test (the module loads again) does not reuse addresses.
let addressCounter = Math.floor(Math.random() * 60_000);
/** A client address for the proxy to report, different for every call. */
const freshAddress = () => {
  const n = addressCounter++;
  return `198.18.${(n >> 8) & 255}.${n & 255}`;
};

let proxied: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Same build (NEXT_DIST_DIR) and database as Playwright's server; only the proxy setting differs.
  proxied = spawn("npx", ["next", "start", "-p", String(PROXIED_PORT)], {
    env: {
      ...process.env,
      DATABASE_URL: `file:./${process.env.E2E_DATABASE ?? "data/e2e.db"}`,
      NEXTAUTH_URL: PROXIED,
      RECALL_TRUST_PROXY: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
    detached: true,
  });
  for (let attempt = 0; ; attempt++) {
    const ok = await fetch(`${PROXIED}/login`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (attempt > 200) throw new Error(`the proxied server did not start on ${PROXIED}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test.afterAll(() => {
  if (proxied?.pid) process.kill(-proxied.pid);
});

/** A browser context behind the proxy, as the client at `address` (over HTTPS unless told). */
async function behindProxy(browser: Browser, address: string, https = true): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: PROXIED,
    extraHTTPHeaders: { "X-Forwarded-For": address, "X-Forwarded-Proto": https ? "https" : "http" },
  });
}

async function signUp(page: Page, email: string, name = "Casey Careful") {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign up" }).click();
}

async function logIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

/** A new account behind the proxy, signed in; answers its page and email. */
async function newAccount(browser: Browser): Promise<{ page: Page; email: string; address: string }> {
  const address = freshAddress();
  const page = await (await behindProxy(browser, address)).newPage();
  const email = `careful-${unique()}@example.com`;
  await signUp(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  return { page, email, address };
}

/**
 * A client of next-auth's credentials endpoint: fetches its CSRF token once (parallel first
 * requests would each get their own cookie), then answers each log-in's error message, or "ok".
 */
async function credentialsClient(api: APIRequestContext): Promise<(email: string, password: string) => Promise<string>> {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return async (email, password) => {
    const response = await api.post("/api/auth/callback/credentials", { form: { email, password, csrfToken, json: "true" } });
    const url = new URL(((await response.json()) as { url: string }).url);
    if (url.searchParams.get("csrf")) throw new Error("next-auth refused the CSRF token");
    return url.searchParams.get("error") ?? "ok";
  };
}

test.describe("return path after log-in", () => {
  const hostile = ["/%09/evil.example", "/%0A/evil.example", "/%0D/evil.example", "/%E3%80%80/evil.example", "//evil.example", "https://evil.example/"];

  test("a signed-in visit to the log-in page never leaves the app, and never fails", async ({ page }) => {
    await logIn(page, "student2@example.com", "recall-demo");
    await expect(page).toHaveURL(/\/dashboard$/);
    for (const callbackUrl of hostile) {
      const response = await page.goto(`/login?callbackUrl=${callbackUrl}`);
      expect(response?.status(), callbackUrl).toBeLessThan(500);
      expect(new URL(page.url()).origin, callbackUrl).toBe(DIRECT);
    }
  });

  test("logging in from a hostile link lands on the dashboard", async ({ page }) => {
    await page.goto("/login?callbackUrl=/%09/evil.example");
    await page.getByLabel("Email").fill("student2@example.com");
    await page.getByLabel("Password").fill("recall-demo");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page).toHaveURL(`${DIRECT}/dashboard`);
  });

  test("next-auth's own callbackUrl stays on the app", async ({ request }) => {
    for (const callbackUrl of ["https://evil.example/", "/\t/evil.example", "//evil.example"]) {
      const response = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
      const location = new URL(response.headers().location, DIRECT);
      expect(location.origin).toBe(DIRECT);
      expect(location.searchParams.get("callbackUrl")).toBe(`${DIRECT}/dashboard`);
    }
  });
});

test.describe("log-in limits", () => {
  test("12 parallel wrong guesses get exactly 5 password checks", async ({ request }) => {
    const email = `nobody-${unique()}@example.com`;
    const logIn = await credentialsClient(request);
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => logIn(email, `guess ${i}`)));
    expect(outcomes.filter((outcome) => outcome === "Email or password is incorrect.")).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome.startsWith("Too many failed log-in attempts. Try again in "))).toHaveLength(7);
  });

  test("served directly, a made-up X-Forwarded-For does not buy an attacker a fresh address", async ({ playwright }) => {
    const email = `spoofed-${unique()}@example.com`;
    const api = await playwright.request.newContext({ baseURL: DIRECT });
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const outcomes: string[] = [];
    for (let i = 0; i < 7; i++) {
      // Each guess claims another client address; served directly, none of them is believed.
      const response = await api.post("/api/auth/callback/credentials", {
        form: { email, password: `guess ${i}`, csrfToken, json: "true" },
        headers: { "X-Forwarded-For": freshAddress() },
      });
      outcomes.push(new URL(((await response.json()) as { url: string }).url).searchParams.get("error") ?? "ok");
    }
    expect(outcomes.filter((outcome) => outcome === "Email or password is incorrect.")).toHaveLength(5);
    expect(outcomes.slice(5).every((outcome) => outcome.startsWith("Too many failed log-in attempts."))).toBe(true);
    await api.dispose();
  });

  test("served directly, the owner logs in from another address while an attacker hammers theirs", async ({ browser, playwright }) => {
    // next start sees the socket's address: the loopback over IPv4 and over IPv6, or this
    // machine's own network address, are different clients.
    const candidates = ["http://[::1]", ...Object.values(networkInterfaces()).flat().filter((net) => net && net.family === "IPv4" && !net.internal).map((net) => `http://${net!.address}`)];
    let ownerBase: string | undefined;
    for (const candidate of candidates) {
      const reachable = await fetch(`${candidate}:${PORT}/login`).then((response) => response.ok, () => false);
      if (reachable) {
        ownerBase = `${candidate}:${PORT}`;
        break;
      }
    }
    test.skip(!ownerBase, "this machine has no second address to reach the server from");

    // The owner's account, made behind the proxy so it costs localhost's sign-up limit nothing.
    const { email } = await newAccount(browser);
    const attacker = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
    const guess = await credentialsClient(attacker);
    const hammering = Promise.all(Array.from({ length: 15 }, (_, i) => guess(email, `guess ${i}`)));
    const owner = await (await browser.newContext({ baseURL: ownerBase })).newPage();
    await logIn(owner, email);
    await expect(owner.getByRole("navigation", { name: "Main" })).toBeVisible();
    const outcomes = await hammering;
    expect(outcomes.filter((outcome) => outcome === "Email or password is incorrect.")).toHaveLength(5);
    // The attacker's address stays locked for this account, even with the right password.
    expect(await guess(email, PASSWORD)).toMatch(/^Too many failed log-in attempts\./);
    await attacker.dispose();
  });

  test("behind a trusted proxy, the owner logs in while an attacker hammers from another address", async ({ browser, playwright }) => {
    const { email, page } = await newAccount(browser);
    await page.context().close();
    const attacker = await playwright.request.newContext({ baseURL: PROXIED, extraHTTPHeaders: { "X-Forwarded-For": freshAddress() } });
    const guess = await credentialsClient(attacker);
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => guess(email, `guess ${i}`)));
    expect(outcomes.filter((outcome) => outcome === "Email or password is incorrect.")).toHaveLength(5);
    const owner = await (await behindProxy(browser, freshAddress())).newPage();
    await logIn(owner, email);
    await expect(owner).toHaveURL(/\/dashboard$/);
    await attacker.dispose();
  });
});

test("sign-up is limited per client address, with a clear message", async ({ browser }) => {
  const address = freshAddress();
  for (let i = 0; i < 3; i++) {
    const page = await (await behindProxy(browser, address)).newPage();
    await signUp(page, `signup-${i}-${unique()}@example.com`);
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.context().close();
  }
  const refused = await (await behindProxy(browser, address)).newPage();
  await signUp(refused, `signup-4-${unique()}@example.com`);
  await expect(refused.locator("p[role=alert]")).toHaveText(/^Too many accounts have been created from your network\. Try again in (1 minute|\d+ seconds)\.$/);
  await expect(refused.getByRole("navigation", { name: "Main" })).toHaveCount(0);

  const neighbour = await (await behindProxy(browser, freshAddress())).newPage();
  await signUp(neighbour, `signup-5-${unique()}@example.com`);
  await expect(neighbour).toHaveURL(/\/dashboard$/);
});

test.describe("Secure cookies", () => {
  test("served directly over HTTP, a client's X-Forwarded-Proto is not believed", async ({ request }) => {
    const response = await request.get("/api/auth/csrf", { headers: { "X-Forwarded-Proto": "https" } });
    const cookies = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie");
    expect(cookies.length).toBeGreaterThan(0);
    for (const { value } of cookies) expect(value).not.toMatch(/;\s*Secure/i);
  });

  test("behind a trusted proxy that reports HTTPS, cookies are Secure and sessions work", async ({ browser }) => {
    const { page } = await newAccount(browser);
    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name === "__Secure-next-auth.session-token");
    expect(session).toMatchObject({ secure: true, httpOnly: true });
    expect(cookies.find((cookie) => cookie.name === "__Host-next-auth.csrf-token")).toMatchObject({ secure: true });
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  });
});

test.describe("sessions", () => {
  test("a copied session cookie stops working when its owner logs out", async ({ browser }) => {
    const mine = await browser.newContext();
    const page = await mine.newPage();
    await logIn(page, "student2@example.com", "recall-demo");
    await expect(page).toHaveURL(/\/dashboard$/);
    const thief = await browser.newContext();
    await thief.addCookies(await mine.cookies());
    const stolen = await thief.newPage();
    await stolen.goto("/settings");
    await expect(stolen.getByRole("heading", { name: "Settings" })).toBeVisible();

    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await stolen.goto("/settings");
    await expect(stolen).toHaveURL(/\/login\?callbackUrl=%2Fsettings$/);
    // next-auth's own session endpoint does not vouch for it either.
    expect(await (await stolen.request.get("/api/auth/session")).json()).toEqual({});
  });

  /** A new account logged in on two browsers (different addresses). */
  async function inTwoBrowsers(browser: Browser) {
    const { page, email } = await newAccount(browser);
    const other = await (await behindProxy(browser, freshAddress())).newPage();
    await logIn(other, email);
    await expect(other).toHaveURL(/\/dashboard$/);
    return { page, other, email };
  }

  test("log out everywhere ends the session in every browser", async ({ browser }) => {
    const { page, other } = await inTwoBrowsers(browser);

    await page.goto("/settings");
    const sessions = page.getByRole("group", { name: "Where you are logged in" });
    await expect(sessions.getByRole("listitem")).toHaveCount(2);
    await expect(sessions.getByRole("listitem").filter({ hasText: "(this browser)" })).toHaveCount(1);
    await sessions.getByRole("button", { name: "Log out everywhere" }).click();
    await expect(page).toHaveURL(/\/login\?notice=logged-out-everywhere$/);
    await expect(page.getByRole("status")).toHaveText("You have been logged out in every browser.");

    await other.goto("/settings");
    await expect(other).toHaveURL(/\/login\?callbackUrl=%2Fsettings$/);
  });

  test("changing the password asks for the current one and logs out the other browsers", async ({ browser }) => {
    const { page, other, email } = await inTwoBrowsers(browser);

    await page.goto("/settings");
    const form = page.getByRole("form", { name: "Change password" });
    await form.getByLabel("Current password").fill("not my password");
    await form.getByLabel("New password", { exact: true }).fill("my new long password");
    await form.getByLabel("Confirm new password").fill("my new long password");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText("That is not your current password.")).toBeVisible();
    await expect(form.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

    await form.getByLabel("Current password").fill(PASSWORD);
    await form.getByLabel("New password", { exact: true }).fill("my new long password");
    await form.getByLabel("Confirm new password").fill("my new long password");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("status")).toHaveText("Password changed. You were logged out on 1 other browser.");

    await other.goto("/settings");
    await expect(other).toHaveURL(/\/login\?callbackUrl=%2Fsettings$/);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();

    await logIn(other, email, PASSWORD);
    await expect(other.locator("p[role=alert]")).toHaveText("Email or password is incorrect.");
    await logIn(other, email, "my new long password");
    await expect(other).toHaveURL(/\/dashboard$/);
  });

  test("deleting the account says what happens to the class taught, asks the password and does it", async ({ browser }) => {
    const { page, email } = await newAccount(browser);
    const className = `Evening class ${unique()}`;
    await page.goto("/classes");
    await page.getByLabel("Class name").fill(className);
    await page.getByRole("button", { name: "Create class" }).click();
    await expect(page.getByRole("heading", { level: 1, name: className })).toBeVisible();

    await page.goto("/settings");
    const form = page.getByRole("form", { name: "Delete account" });
    await expect(form).toContainText(`the class you teach, “${className}” (0 students): their students leave the class and its assignments end.`);
    await expect(form).toContainText("your study history: 0 answers, 0 cards, your deck list, 0 class memberships.");
    await form.getByLabel("Your password").fill("wrong password");
    await form.getByRole("button", { name: "Delete my account" }).click();
    await expect(form.getByText("That is not your current password.")).toBeVisible();

    await form.getByLabel("Your password").fill(PASSWORD);
    await form.getByRole("button", { name: "Delete my account" }).click();
    await expect(page).toHaveURL(/\/login\?notice=account-deleted$/);
    await expect(page.getByRole("status")).toHaveText("Your account and your study data have been deleted.");
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);

    await logIn(page, email);
    await expect(page.locator("p[role=alert]")).toHaveText("Email or password is incorrect.");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the settings page passes axe in ${colorScheme} mode and works from the keyboard`, async ({ browser }) => {
      const { page } = await newAccount(browser);
      await page.emulateMedia({ colorScheme });
      await page.goto("/settings");
      expect(await violations(page)).toEqual([]);
      // Refused forms show their messages; still no violations.
      const form = page.getByRole("form", { name: "Change password" });
      await form.getByLabel("Current password").focus();
      await page.keyboard.type("wrong password");
      await page.keyboard.press("Tab");
      await page.keyboard.type("short");
      await page.keyboard.press("Enter");
      await expect(form.getByText("Use at least 8 characters for your password.")).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});
