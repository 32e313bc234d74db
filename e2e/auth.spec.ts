import { expect, test } from "@playwright/test";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

test("a new user signs up, logs out, fails a log-in, logs in and sees the signed-in shell", async ({ page }) => {
  const email = `new-${unique()}@example.com`;
  const password = "correct horse battery";

  await page.goto("/");
  await page.getByRole("link", { name: "Sign up" }).first().click();
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await page.getByLabel("Name").fill("Nova Newcomer");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();

  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeVisible();
  for (const link of ["Decks", "Study", "Dashboard", "Classes"]) {
    await expect(nav.getByRole("link", { name: link })).toBeVisible();
  }
  await expect(page.getByText("Signed in as")).toContainText("Nova Newcomer");

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);

  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.locator("p[role=alert]")).toHaveText("Email or password is incorrect.");
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("sign-up rejects bad input with field errors and creates nothing", async ({ page }) => {
  await page.goto("/signup");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Choose a password.")).toBeVisible();

  await page.getByLabel("Name").fill("x".repeat(10_000));
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("a");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("Keep your name under 100 characters.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters for your password.")).toBeVisible();

  // A demo account already exists with this email.
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Email").fill("Student@Example.com");
  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("An account with this email already exists. Log in instead.")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
});

test("the demo student can log in and is sent back to the page they asked for", async ({ page }) => {
  await page.goto("/decks");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdecks/);
  await page.getByLabel("Email").fill("student@example.com");
  await page.getByLabel("Password").fill("recall-demo");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/decks$/);
  await expect(page.getByRole("link", { name: "Decks" })).toHaveAttribute("aria-current", "page");
});

test("a signed-in visitor of the landing, log-in or sign-up page goes into the app", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("student@example.com");
  await page.getByLabel("Password").fill("recall-demo");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  for (const path of ["/", "/signup", "/login"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/dashboard$/);
  }
  await page.goto("/login?callbackUrl=%2Fstudy");
  await expect(page).toHaveURL(/\/study$/);
  // The banner's brand link leads to the landing page, which sends them home again.
  await page.getByRole("link", { name: "Recall" }).first().click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
});

test("a session cookie that no longer opens a session is removed and the log-in page shows", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "next-auth.session-token", value: "not-a-session", url: baseURL! }]);
  await page.goto("/login?callbackUrl=%2Fdecks");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdecks$/);
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("next-auth.session-token");
});

test("before their script runs, the prerendered forms cannot send a password in the address", async ({ request }) => {
  for (const path of ["/signup", "/login"]) {
    const html = await (await request.get(path)).text();
    const form = html.match(/<form[^>]*>/)?.[0] ?? "";
    expect(form, path).toContain('method="post"');
    expect(html.match(/<button[^>]*type="submit"[^>]*>/)?.[0], path).toContain("disabled");
  }
});
