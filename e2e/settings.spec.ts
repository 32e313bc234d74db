import { expect, test } from "@playwright/test";

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
