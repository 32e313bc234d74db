// The Content-Security-Policy and its neighbours, as the browser applies them: every page works
// under the policy (no violation reported), and hostile addresses get a clear answer.
import { expect, test, type Page } from "@playwright/test";

/** Collects every CSP violation the page reports, across navigations. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI} at ${location.pathname}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("every page runs under the Content-Security-Policy without a violation", async ({ page }) => {
  const violations = await watchViolations(page);
  // The signed-out pages are prerendered: one file for everyone, its inline scripts allowed by hash.
  for (const path of ["/", "/signup", "/no-such-page"]) {
    const csp = (await page.goto(path))!.headers()["content-security-policy"];
    expect(csp).toMatch(/script-src 'self'( 'nonce-[^']+')?( 'sha256-[A-Za-z0-9+/=]+')+;/);
    await expect(page.locator("main h1")).toBeVisible();
  }
  const response = await page.goto("/login");
  const headers = response!.headers();
  expect(headers["x-nextjs-prerender"]).toBeTruthy();
  expect(headers["content-security-policy"]).not.toContain("nonce-");
  const scriptSrc = headers["content-security-policy"].split("; ").find((directive) => directive.startsWith("script-src "));
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");

  await page.getByLabel("Email").fill("student@example.com");
  await page.getByLabel("Password").fill("recall-demo");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  // Pages rendered per request name their inline scripts by a fresh nonce.
  const dynamicCsp = (await page.goto("/decks"))!.headers()["content-security-policy"];
  expect(dynamicCsp).toMatch(/script-src 'self' 'nonce-[^']+'( 'sha256-[^']+')*;/);
  // An address that matches no page gets the prerendered "not found" page, signed in or not.
  const missing = await page.goto("/no-such-page");
  expect(missing!.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.goto("/study/tensorflow-vs-pytorch");
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.locator("#study-result")).toBeVisible();
  await page.keyboard.press("1");
  await expect(page.getByText(/1 of \d+ done|0 of \d+ done/)).toBeVisible();
  // Charts draw on the dashboard once there is history: the most style-heavy thing the app has.
  await page.goto("/dashboard");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  for (const path of ["/decks", "/decks/new", "/study", "/classes", "/settings"]) {
    await page.goto(path);
    await expect(page.locator("main h1").first()).toBeVisible();
  }
  await page.goto("/classes");
  await page.getByRole("link", { name: /Deep learning frameworks/ }).first().click();
  await expect(page.locator("main h1")).toContainText("Deep learning frameworks");
  expect(violations).toEqual([]);
});

test("saving settings leaves the prerendered pages working under their policy", async ({ page, browser }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("student@example.com");
  await page.getByLabel("Password").fill("recall-demo");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  const violations = await watchViolations(visitor);
  for (const path of ["/signup", "/login", "/"]) {
    await visitor.goto(path);
    await visitor.reload();
  }
  await visitor.goto("/signup");
  await expect(visitor.getByRole("button", { name: "Sign up" })).toBeEnabled();
  expect(violations).toEqual([]);
});

test("a broken address answers 400 with a message, not a server error", async ({ page }) => {
  const response = await page.goto("/classes/%E0%A4%A");
  expect(response!.status()).toBe(400);
  await expect(page.getByRole("heading", { name: "That address is not valid. Check the link and try again." })).toBeVisible();
});

test("a page cannot be framed by another site", async ({ page }) => {
  const response = await page.goto("/login");
  expect(response!.headers()["x-frame-options"]).toBe("DENY");
});
