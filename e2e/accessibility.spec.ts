import { expect, test } from "@playwright/test";
import { violations } from "./support/session";

/** Serious and critical WCAG A/AA problems axe can find on the page as it is now. */
for (const colorScheme of ["light", "dark"] as const) {
  test(`signed-out pages pass axe in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ["/", "/login", "/signup"]) {
      await page.goto(path);
      expect(await violations(page), path).toEqual([]);
    }
  });

  test(`signed-in pages and a study card pass axe in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/login");
    await page.getByLabel("Email").fill("student2@example.com");
    await page.getByLabel("Password").fill("recall-demo");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    for (const path of ["/dashboard", "/decks", "/study", "/classes", "/decks/new"]) {
      await page.goto(path);
      expect(await violations(page), path).toEqual([]);
    }
    await page.goto("/decks");
    const add = page.getByRole("button", { name: /^Add to my decks: TensorFlow/ });
    if (await add.count()) await add.click();
    await page.goto("/study/tensorflow-vs-pytorch");
    await expect(page.locator("#study-prompt")).toBeVisible();
    expect(await violations(page), "study card").toEqual([]);
    await page.getByRole("button", { name: "Show answer" }).click();
    await expect(page.locator("#study-result")).toBeVisible();
    expect(await violations(page), "revealed answer").toEqual([]);
  });
}
