// Recall as two stateless `next start` instances on one PostgreSQL database behind a round-robin
// proxy: whatever instance a request lands on, the student's session, their study progress and
// the exactly-once review hold.
import pg from "pg";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { postgresUnavailable, startDeployment, type Deployment } from "./multi-instance-cluster";

const STUDENT = { email: "student@example.com", password: "recall-demo" };
const DECK = "TensorFlow vs PyTorch";

test.describe.configure({ mode: "serial", timeout: 180_000 });

let deployment: Deployment;

test.beforeAll(async () => {
  const missing = postgresUnavailable();
  // CI installs PostgreSQL (.ci/run), so there a missing server is a failure, not a skip.
  if (missing && process.env.CI) throw new Error(`multi-instance test: ${missing}`);
  test.skip(!!missing, missing ?? "");
  test.setTimeout(300_000);
  deployment = await startDeployment(2);
});

test.afterAll(async () => {
  await deployment?.stop();
});

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: deployment.databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const reviewsOf = async (email: string) =>
  Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "ReviewLog" r JOIN "User" u ON u.id = r."userId" WHERE u.email = $1`, [email]))[0].n);

async function signIn(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: deployment.proxy.url });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(STUDENT.email);
  await page.getByLabel("Password").fill(STUDENT.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

async function openDeck(page: Page) {
  await page.goto("/study");
  await page.getByRole("link", { name: `Study ${DECK}` }).click();
  await expect(page.locator("#study-prompt")).toBeVisible();
}

/** Shows the answer to the current card with nothing typed: a wrong answer, graded Again. */
async function revealBlank(page: Page) {
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.locator("#study-result")).toHaveText("Not quite");
}

test("a student signs in through one instance and studies across both", async ({ browser }) => {
  const before = deployment.proxy.served.map((counts) => ({ ...counts }));
  const page = await signIn(browser);
  await openDeck(page);
  const progress = page.getByText(/\d+ of \d+ done/);
  for (let card = 1; card <= 4; card++) {
    await revealBlank(page);
    await page.keyboard.press("1");
    await expect(page.locator("#study-result")).toHaveCount(0);
  }
  await expect(progress).toHaveText(/^0 of /);
  expect(await reviewsOf(STUDENT.email)).toBe(4);
  // Both instances answered pages and study requests of this one signed-in session.
  for (const [index, counts] of deployment.proxy.served.entries()) {
    expect(counts.GET ?? 0, `GETs on instance ${index}`).toBeGreaterThan(before[index].GET ?? 0);
    expect(counts.POST ?? 0, `POSTs on instance ${index}`).toBeGreaterThan((before[index].POST ?? 0) + 2);
  }
  await page.context().close();
});

test("the same review submitted to both instances at once is recorded once", async ({ browser }) => {
  const page = await signIn(browser);
  await openDeck(page);
  await revealBlank(page);
  const reviewsBefore = await reviewsOf(STUDENT.email);

  // Hold the browser's grade submission and send it, with its cookies, to each instance directly
  // at the same moment — as a load balancer retrying on another instance would.
  let submissions: Array<{ status: number; body: string }> = [];
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.url().endsWith("/api/study/review")) return route.continue();
    const url = new URL(request.url());
    // What the proxy adds when it forwards a request (fetch cannot set Host itself).
    const headers = { ...(await request.allHeaders()), "x-forwarded-host": url.host, "x-forwarded-for": "127.0.0.1", "x-forwarded-proto": "http" };
    submissions = await Promise.all(
      deployment.instances.map(async (instance) => {
        const answer = await fetch(`${instance.url}${url.pathname}${url.search}`, { method: "POST", headers, body: request.postData() ?? undefined });
        return { status: answer.status, body: await answer.text() };
      }),
    );
    await route.fulfill({ status: submissions[0].status, headers: { "content-type": "application/json" }, body: submissions[0].body });
  });
  await page.keyboard.press("1");
  await expect.poll(() => submissions.length).toBe(2);

  expect(submissions.map((submission) => submission.status)).toEqual([200, 200]);
  // Both were told the review was saved (one recorded it, the other answered with that record).
  for (const submission of submissions) expect(submission.body).toContain('"ok":true');
  expect(await reviewsOf(STUDENT.email)).toBe(reviewsBefore + 1);
  const [card] = await query<{ version: number; duplicates: string }>(
    `SELECT cs.version, (SELECT count(*) FROM "ReviewLog" r WHERE r."userId" = cs."userId" AND r."questionId" = cs."questionId") AS duplicates
     FROM "CardState" cs JOIN "User" u ON u.id = cs."userId" WHERE u.email = $1 ORDER BY cs."lastReviewedAt" DESC LIMIT 1`,
    [STUDENT.email],
  );
  expect(card).toEqual({ version: 1, duplicates: "1" });
  await page.context().close();
});

test("the log-in limit is one count across instances: 12 guesses spread over both get 5 password checks", async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: deployment.proxy.url });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const email = `guessed-${Date.now()}@example.com`;
  const before = deployment.proxy.served.map((counts) => counts.POST ?? 0);
  const outcomes = await Promise.all(
    Array.from({ length: 12 }, async (_, i) => {
      const response = await api.post("/api/auth/callback/credentials", { form: { email, password: `guess ${i}`, csrfToken, json: "true" } });
      return new URL(((await response.json()) as { url: string }).url).searchParams.get("error");
    }),
  );
  // Both instances took guesses; per-instance counters would have allowed up to 10 checks.
  for (const [index, counts] of deployment.proxy.served.entries()) expect(counts.POST ?? 0, `POSTs on instance ${index}`).toBeGreaterThan(before[index]);
  expect(outcomes.filter((outcome) => outcome === "Email or password is incorrect.")).toHaveLength(5);
  expect(outcomes.filter((outcome) => outcome?.startsWith("Too many failed log-in attempts."))).toHaveLength(7);
  await api.dispose();
});

test("logging out through one instance ends the session on both", async ({ browser }) => {
  const page = await signIn(browser);
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const dashboardOn = (instance: { url: string }) => fetch(`${instance.url}/dashboard`, { headers: { cookie }, redirect: "manual" }).then((answer) => answer.status);
  expect(await Promise.all(deployment.instances.map(dashboardOn))).toEqual([200, 200]);

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" }).first()).toBeVisible();
  // The old cookie, replayed on either instance, is signed out.
  for (const status of await Promise.all(deployment.instances.map(dashboardOn))) expect([303, 307]).toContain(status);
  await page.context().close();
});
