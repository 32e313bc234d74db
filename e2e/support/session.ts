// What many end-to-end specs do first: log in as a demo account, and check a page with axe.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Logs in through the form (every demo account's password is "recall-demo") and lands on the dashboard. */
export async function logIn(page: Page, email: string, password = "recall-demo") {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** The page's serious and critical WCAG 2.1 AA violations, one line each ([] when clean). */
export async function violations(page: Page): Promise<string[]> {
  // After a client-side navigation the App Router sets the new <title> a moment after the page's
  // content shows: wait for it, or axe may catch the document between two titles (a flaky
  // "document-title" in CI right after pressing Enter on a link).
  await page.waitForFunction(() => document.title.trim().length > 0);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}
