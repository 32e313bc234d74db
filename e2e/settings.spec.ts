import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { violations as axeViolations } from "./support/session";

const bank = JSON.parse(readFileSync("content/banks/tensorflow-vs-pytorch.json", "utf8")) as { questions: { type: string; prompt: string; answer: unknown }[] };

test("a student changes the daily new-card limit and the study page follows it", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Sasha Settings");
  await page.getByLabel("Email").fill(`sasha-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("settings please");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.getByRole("link", { name: "Settings" }).click();
  // The browser's timezone was taken at sign-up.
  await expect(page.getByLabel("Timezone")).toHaveValue(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
  await page.getByLabel("Day starts at").selectOption("5");
  await page.getByLabel("New cards per day").fill("3");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("New cards per day")).toHaveValue("3");
  await expect(page.getByLabel("Day starts at")).toHaveValue("5");

  await page.goto("/decks");
  await page.getByRole("button", { name: /^Add to my decks: TensorFlow/ }).click();
  await page.goto("/study");
  const row = page.getByRole("row", { name: /TensorFlow vs PyTorch/ });
  await expect(row.getByRole("cell").nth(1)).toHaveText("3");
  await expect(page.getByRole("link", { name: "Study all due (3)" })).toBeVisible();
});

test("a student switches to FSRS with a desired retention, studies with FSRS's intervals, and switches back", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Fran FSRS");
  await page.getByLabel("Email").fill(`fran-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("forgetting curves");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/decks");
  await page.getByRole("button", { name: /^Add to my decks: TensorFlow/ }).click();

  await page.goto("/settings");
  const scheduler = page.getByRole("group", { name: "Which algorithm schedules your reviews?" });
  await expect(scheduler.getByRole("radio", { name: /SM-2/ })).toBeChecked();
  const retention = page.getByLabel("Desired retention (FSRS)");
  await expect(retention).toHaveValue("0.90");
  await expect(page.getByText(/The chance of still remembering a card when it comes due/)).toBeVisible();
  expect(await axeViolations(page), "settings").toEqual([]);

  // Keyboard only: arrow keys move between the radios, Tab reaches the field and the button.
  await scheduler.getByRole("radio", { name: /SM-2/ }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(scheduler.getByRole("radio", { name: /FSRS-6/ })).toBeChecked();
  await retention.fill("0.85");
  await page.getByRole("button", { name: "Save scheduler" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Scheduler saved: FSRS-6 schedules your reviews for 85% recall." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("radio", { name: /FSRS-6/ })).toBeChecked();
  await expect(retention).toHaveValue("0.85");

  // Wrong answers still offer only Again; a right one shows FSRS-6's intervals at 0.85 for a new
  // card (ts-fsrs: Hard 2, Good 4, Easy 16 days), not SM-2's 1 day. Typed cards are answered.
  await page.goto("/study/all");
  let sawFsrsIntervals = false;
  for (let guard = 0; guard < 10 && !sawFsrsIntervals; guard++) {
    await expect(page.locator("#study-prompt")).toBeVisible();
    const prompt = (await page.locator("#study-prompt").textContent())!.trim();
    const typed = bank.questions.find((question) => question.prompt === prompt && (question.type === "cloze" || question.type === "short_answer"));
    if (typed && (await page.getByLabel("Your answer").count()) > 0) {
      await page.getByLabel("Your answer").fill(String(typed.answer));
      await page.keyboard.press("Enter");
      await expect(page.locator("#study-result")).toHaveText("Correct");
      await expect(page.getByRole("button", { name: /^Again · 1d$/ })).toBeVisible();
      await expect(page.getByRole("button", { name: /^Hard · 2d$/ })).toBeVisible();
      await expect(page.getByRole("button", { name: /^Good · 4d$/ })).toBeVisible();
      await expect(page.getByRole("button", { name: /^Easy · 16d$/ })).toBeVisible();
      await page.keyboard.press("3");
      sawFsrsIntervals = true;
    } else {
      await page.getByRole("button", { name: "Show answer" }).click();
      await expect(page.locator("#study-result")).toHaveText("Not quite");
      await expect(page.getByRole("button", { name: /^Again · 1d$/ })).toBeVisible();
      await expect(page.getByRole("button", { name: /^(Hard|Good|Easy)/ })).toHaveCount(0);
      await page.keyboard.press("1");
    }
    await expect(page.locator("#study-result")).toHaveCount(0);
  }
  expect(sawFsrsIntervals).toBe(true);

  // The dashboard shows FSRS's predicted recall of the studied cards.
  await page.goto("/dashboard");
  const predicted = page.getByRole("region", { name: "Predicted recall" });
  await expect(predicted).toContainText(/FSRS predicts you would recall \d+% of your \d+ studied cards? right now/);
  expect(await axeViolations(page), "dashboard with predicted recall").toEqual([]);

  // Back to SM-2: nothing is lost, and the study page counts SM-2's due cards again.
  await page.goto("/settings");
  await page.getByRole("radio", { name: /SM-2/ }).check();
  await page.getByRole("button", { name: "Save scheduler" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Scheduler saved: SM-2 schedules your reviews." })).toBeVisible();
  await page.goto("/study");
  await expect(page.getByRole("link", { name: /^Study all due/ })).toBeVisible();
});
