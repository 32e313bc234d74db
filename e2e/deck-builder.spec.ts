import { expect, test } from "@playwright/test";
import { REVIEW } from "../tests/support/web-servers-review";
import { logIn } from "./support/session";

test("an instructor builds a deck from an uploaded review, edits and rejects questions, publishes it for students", async ({ page, browser }) => {
  // A long journey (generation, editing, publishing, a student studying): triple time on a busy machine.
  test.slow();
  await logIn(page, "instructor@example.com");
  await page.goto("/decks");
  await page.getByRole("link", { name: "New deck from a review" }).click();

  // Bad uploads are refused with a reason and create nothing.
  await page.getByRole("button", { name: "Generate questions" }).click();
  await expect(page.getByText("Upload a review file or paste its text.")).toBeVisible();
  await page.getByLabel("Review file").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]) });
  await page.getByRole("button", { name: "Generate questions" }).click();
  await expect(page.getByText("logo.png looks like a binary file; upload a Markdown or plain-text review.")).toBeVisible();

  // A document with nothing to ask about: the job fails, and the form comes back as it was.
  await page.getByLabel("Review file").setInputFiles([]);
  await page.getByLabel("Or paste the review").fill("ok\n\nhmm");
  await page.getByRole("button", { name: "Generate questions" }).click();
  await expect(page).toHaveURL(/\/decks\/new\/jobs\/[a-z0-9]+$/);
  const noFacts = "No facts could be found in that document. Try a review written in full sentences.";
  await expect(page.getByRole("alert").filter({ hasText: noFacts })).toBeFocused();
  await expect(page.getByLabel("Or paste the review")).toHaveValue("ok\n\nhmm");
  // Reloading the job's page shows the same outcome, with a fresh form to try again.
  await page.reload();
  await expect(page.getByText(noFacts)).toBeVisible();
  await expect(page.getByRole("button", { name: "Generate questions" })).toBeVisible();

  // Generation runs in a worker while the page shows its stage and percent, then opens the editor.
  await page.getByLabel("Review file").setInputFiles({ name: "web-servers.md", mimeType: "text/markdown", buffer: Buffer.from(REVIEW) });
  await page.getByRole("button", { name: "Generate questions" }).click();
  const progress = page.getByRole("progressbar", { name: "Generating questions" });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute("aria-valuenow", /^\d+$/);
  await expect(page.getByRole("heading", { name: "Generating questions" })).toBeFocused();
  await expect(page.locator(".job-progress [aria-live=polite]")).toHaveText(/Waiting for a free worker|Reading the document|Finding facts|Writing questions|Ranking questions|Saving the deck/);
  await expect(page).toHaveURL(/\/decks\/new\/jobs\/[a-z0-9]+$/);
  const jobUrl = page.url();
  await expect(page).toHaveURL(/\/decks\/web-servers\/edit$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "Web servers compared", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Questions by fact" })).toBeVisible();
  await expect(page.getByText(/^Draft · /)).toBeVisible();

  // Generated questions are grouped under the fact and source sentence they come from.
  const firstGroup = page.locator(".fact-group").first();
  await expect(firstGroup.locator("blockquote")).toContainText("released");
  const questions = page.locator(".question-editor");
  // (the review's dates are published; its "Which technology …?" questions are suggestions only)
  const total = await questions.count();
  expect(total).toBeGreaterThanOrEqual(2);

  // Edit the first question's wording.
  const first = questions.first();
  await first.getByRole("button", { name: /^Edit question:/ }).click();
  await first.getByLabel("Question").fill("In which month and year was Apache HTTP Server first released?");
  await first.getByLabel("Explanation").fill("The Apache Group released it in April 1995.");
  await first.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("In which month and year was Apache HTTP Server first released?")).toBeVisible();

  // Reject the last one.
  const last = questions.last();
  await last.getByRole("button", { name: /^Reject question:/ }).click();
  await expect(last.getByText("Rejected")).toBeVisible();
  await expect(page.getByText(`${total - 1} of ${total} questions kept`)).toBeVisible();

  await page.getByLabel("Everyone — listed in the public catalogue").check();
  await page.getByRole("button", { name: "Publish deck" }).click();
  await expect(page.getByText("Published. Students can study it now.")).toBeVisible();

  // A student finds it in the catalogue with only the kept questions, and studies the edited one.
  const student = await browser.newPage();
  await logIn(student, "student2@example.com");
  await student.goto("/decks");
  const card = student.getByRole("article", { name: "Web servers compared" });
  await expect(card).toContainText(new RegExp(`(?<!\\d)${total - 1} question${total - 1 === 1 ? "" : "s"}`));
  await card.getByRole("button", { name: "Add to my decks: Web servers compared" }).click();
  await student.getByRole("link", { name: "Study Web servers compared" }).click();
  await expect(student.locator("#study-prompt")).toHaveText("In which month and year was Apache HTTP Server first released?");
  // Someone else's job is not there for them; its author is sent on to the deck it made.
  await student.goto(jobUrl);
  await expect(student.getByRole("heading", { name: /not found/i })).toBeVisible();
  await student.close();
  await page.goto(jobUrl);
  await expect(page).toHaveURL(/\/decks\/web-servers\/edit$/);
});
