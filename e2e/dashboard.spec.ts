import { expect, test, type Locator, type Page } from "@playwright/test";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

/** The number shown under a "today" statistic, e.g. "Reviews today". */
const stat = (page: Page, label: string) => page.locator(".stat", { has: page.locator("dt", { hasText: label }) }).locator("dd");

/** An SVG that actually drew something: at least one shape with a real size on screen. */
async function expectDrawn(svg: Locator, shapes: string) {
  await expect(svg).toBeVisible();
  const sizes = await svg.locator(shapes).evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = (node as SVGGraphicsElement).getBBox();
      return box.width * box.height;
    }),
  );
  expect(sizes.filter((area) => area > 0).length).toBeGreaterThan(0);
}

test("after studying, the dashboard shows the reviews just done, with charts drawn", async ({ page }, testInfo) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Dana Dashboard");
  await page.getByLabel("Email").fill(`dash-${unique()}@example.com`);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // A new student is told how to start, not shown empty axes.
  await expect(page.getByRole("heading", { name: "Start with a deck" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse decks" })).toBeVisible();
  await expect(page.locator(".dashboard svg")).toHaveCount(0);

  await page.goto("/decks");
  await page.getByRole("button", { name: /^Add to my decks/ }).first().click();
  // Once added, the deck moves to the student's own list with a link to study it.
  const studyLink = page.getByRole("link", { name: /^Study / }).first();
  await expect(studyLink).toBeVisible();
  const href = await studyLink.getAttribute("href");
  expect(href).toMatch(/^\/study\/[a-z0-9-]+$/);

  // Before studying: cards are waiting, nothing is done yet.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Your first study session" })).toBeVisible();
  await expect(stat(page, "Reviews today")).toHaveText("0");
  await expect(page.getByRole("link", { name: "Study now" })).toHaveAttribute("href", "/study/all");

  await page.goto(href!);
  const reviews = 2;
  for (let i = 0; i < reviews; i++) {
    await page.getByRole("button", { name: "Show answer" }).click();
    const good = page.getByRole("button", { name: /^Good/ });
    const again = page.getByRole("button", { name: /^Again/ });
    await expect(good.or(again).first()).toBeVisible();
    await ((await good.count()) > 0 ? good : again).click();
    // The next card (or the summary) appears once the grade is saved.
    await expect(page.getByRole("button", { name: "Show answer" }).or(page.getByRole("heading", { name: "Session complete" })).first()).toBeVisible();
  }

  await page.goto("/dashboard");
  await expect(stat(page, "Reviews today")).toHaveText(String(reviews));
  await expect(stat(page, "Study streak")).toHaveText("1 day");
  await expect(page.locator(".activity-list > li").first()).toContainText(`Today ${reviews} reviews (${reviews} new)`);
  await expect(page.getByRole("heading", { name: "Reviews in the last year" })).toBeVisible();
  await expect(page.locator("#heatmap-caption")).toContainText(`${reviews} reviews on 1 day in the last year`);
  await expect(page.locator(".heat-today")).toHaveAttribute("data-count", String(reviews));
  // Only first sightings so far: retention explains when it starts instead of drawing nothing.
  await expect(page.getByText("Your first cards return tomorrow at the earliest")).toBeVisible();

  const screenshot = await page.screenshot({ fullPage: true, path: testInfo.outputPath("dashboard.png") });
  await testInfo.attach("dashboard", { body: screenshot, contentType: "image/png" });
  expect(screenshot.byteLength).toBeGreaterThan(10_000);

  // Its labels sit where they belong: month labels were once drawn at x="function(){throw …}"
  // (a constant the server read from a client module).
  const labelPositions = await page.locator("svg.heatmap text").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("x") ?? ""));
  expect(labelPositions.length).toBeGreaterThan(0);
  expect(labelPositions.filter((x) => !/^\d+(\.\d+)?$/.test(x))).toEqual([]);

  // Every chart on the page drew shapes: the heatmap's day cells, the forecast's bars.
  await expectDrawn(page.locator("svg.heatmap"), "rect.heat:not(.heat-0)");
  const forecast = page.locator('[data-chart="forecast"] svg.recharts-surface');
  await expectDrawn(forecast, ".recharts-bar-rectangle path");
  for (const svg of await page.locator("figure.chart svg.recharts-surface").all()) {
    await expectDrawn(svg, "path, rect");
  }
  // The cards just studied come back tomorrow at the earliest.
  await expect(page.locator('[data-chart="forecast"] figcaption')).toContainText(/scheduled reviews? in the next 30 days, 0 of them today/);

  // A deck's topics are loaded when the student opens them, from the keyboard too.
  const byTopic = page.locator(".mastery-facts").first();
  await expect(byTopic.locator(".mastery-fact")).toHaveCount(0);
  await byTopic.locator("summary").focus();
  await page.keyboard.press("Enter");
  const topics = Number(/\((\d+)\)/.exec((await byTopic.locator("summary").textContent())!)![1]);
  await expect(byTopic.locator(".mastery-fact")).toHaveCount(topics);
  await expect(byTopic.locator(".mastery-fact .mastery-bar").first()).toHaveAttribute("aria-label", / — .+: /);
});
