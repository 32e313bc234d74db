import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { violations as axeViolations } from "./support/session";

type BankQuestion = { type: string; prompt: string; answer: string | string[]; choices?: string[] };
const bank = JSON.parse(readFileSync("content/banks/tensorflow-vs-pytorch.json", "utf8")) as { deck: { title: string }; questions: BankQuestion[] };

async function signUp(page: Page) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Kay Keyboard");
  await page.getByLabel("Email").fill(`kay-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("keyboard only please");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Which input the current card shows tells its type; the bank tells the right answer. */
async function currentQuestion(page: Page): Promise<BankQuestion> {
  const prompt = (await page.locator("#study-prompt").textContent())!.trim();
  const typed = (await page.getByLabel("Your answer").count()) > 0;
  const radios = await page.getByRole("radio").count();
  const ordering = (await page.getByRole("list", { name: "Order, earliest first" }).count()) > 0;
  const candidates = bank.questions.filter((question) => question.prompt === prompt);
  const question = candidates.find((candidate) => {
    if (typed) return candidate.type === "short_answer" || candidate.type === "cloze";
    if (ordering) return candidate.type === "ordering";
    if (radios === 2) return candidate.type === "true_false";
    if (radios > 2) return candidate.type === "mcq";
    return candidate.type === "matching";
  });
  expect(question, `bank question for "${prompt}"`).toBeDefined();
  return question!;
}

/** Answers correctly with the keyboard alone. */
async function answerWithKeyboard(page: Page, question: BankQuestion): Promise<true> {
  switch (question.type) {
    case "short_answer":
    case "cloze":
      await page.keyboard.type(String(question.answer));
      await page.keyboard.press("Enter");
      return true;
    case "true_false":
      await page.keyboard.press(question.answer === "true" ? "1" : "2");
      await page.keyboard.press("Space");
      return true;
    case "mcq": {
      const labels = await page.locator(".choice span").allTextContents();
      await page.keyboard.press(String(labels.indexOf(String(question.answer)) + 1));
      await page.keyboard.press("Enter");
      return true;
    }
    case "matching":
      // Type-ahead picks each option in its select; Tab moves on, and finally to "Show answer".
      for (const pair of question.answer as string[]) {
        await page.keyboard.type(pair.split(" → ")[1]);
        await page.keyboard.press("Tab");
      }
      await expect(page.getByRole("button", { name: "Show answer" })).toBeFocused();
      await page.keyboard.press("Enter");
      return true;
    case "ordering": {
      // Each item is moved earlier with its own button, pressed with Enter, until in place.
      const target = question.answer as string[];
      for (const [position, item] of target.entries()) {
        const shown = await page.locator(".ordering > li > span:first-child").allTextContents();
        for (let at = shown.indexOf(item); at > position; at--) {
          await page.getByRole("button", { name: `Move "${item}" earlier` }).focus();
          await page.keyboard.press("Enter");
        }
      }
      await page.getByRole("button", { name: "Show answer" }).focus();
      await page.keyboard.press("Enter");
      return true;
    }
  }
  throw new Error(`unknown question type ${question.type}`);
}

/** Grades with a number key and waits until the next card (or the summary) replaces the verdict. */
async function gradeWithKey(page: Page, key: "1" | "3") {
  await page.keyboard.press(key);
  await expect(page.locator("#study-result")).toHaveCount(0);
}

test("a student studies the TensorFlow/PyTorch deck with the keyboard, resumes after a reload and sees the schedule", async ({ page }) => {
  await signUp(page);
  await page.goto("/decks");
  await page.getByRole("button", { name: `Add to my decks: ${bank.deck.title}` }).click();
  await expect(page.getByRole("link", { name: `Study ${bank.deck.title}` })).toBeVisible();

  await page.goto("/study");
  await page.getByRole("link", { name: `Study ${bank.deck.title}` }).click();
  await expect(page.locator("#study-prompt")).toBeVisible();

  const progress = page.getByText(/\d+ of \d+ done/);
  const verdict = page.locator("#study-result");

  // A blank answer is wrong: only Again is offered, and the card comes back later today.
  const missed = await currentQuestion(page);
  await page.getByRole("button", { name: "Show answer" }).focus();
  await page.keyboard.press("Enter");
  await expect(verdict).toHaveText("Not quite");
  await expect(page.getByRole("button", { name: /^Again · 1d$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^(Hard|Good|Easy)/ })).toHaveCount(0);
  await gradeWithKey(page, "1");
  await expect(progress).toHaveText(/^0 of /);

  const types = new Set<string>();
  for (let done = 1; done <= 5; done++) {
    const question = await currentQuestion(page);
    types.add(question.type);
    await answerWithKeyboard(page, question);
    await expect(verdict).toHaveText("Correct");
    await expect(page.getByRole("button", { name: /^Good · 1d$/ })).toBeVisible();
    await gradeWithKey(page, "3");
    await expect(progress).toHaveText(new RegExp(`^${done} of `));
  }

  // Ctrl+Z takes back the last grade and shows that card again, answered as it was: only the
  // grade is redone (a second answer after seeing the right one would not be a test of memory).
  const next = (await page.locator("#study-prompt").textContent())!;
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("status").filter({ hasText: "Last grade undone." })).toBeVisible();
  await expect(progress).toHaveText(/^4 of /);
  await expect(page.locator("#study-prompt")).not.toHaveText(next);
  await expect(verdict).toHaveText("Correct");
  await gradeWithKey(page, "3");
  await expect(progress).toHaveText(/^5 of /);

  // A reload resumes where the session stopped.
  const doneText = (await progress.textContent())!;
  await page.reload();
  await expect(progress).toHaveText(doneText);

  // Finish the session, the missed card included.
  let sawMissedAgain = false;
  for (let guard = 0; guard < 40 && (await page.locator("#study-prompt").count()) > 0; guard++) {
    const question = await currentQuestion(page);
    types.add(question.type);
    if (question.prompt === missed.prompt && question.type === missed.type) {
      sawMissedAgain = true;
      await expect(page.getByText("Again today")).toBeVisible();
    }
    await answerWithKeyboard(page, question);
    await expect(verdict).toHaveText("Correct");
    await gradeWithKey(page, "3");
  }
  expect(sawMissedAgain).toBe(true);
  // the whole deck was answered from the keyboard, whatever order its question types come in
  expect(types.size).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  const schedule = page.getByRole("table", { name: "Next reviews" });
  await expect(schedule).toBeVisible();
  expect(await schedule.getByRole("row").count()).toBeGreaterThan(1);

  // Nothing has been forgotten after being learned, so there is nothing to practise yet.
  await page.goto("/study/hardest");
  await expect(page.getByRole("heading", { name: "Nothing due right now" })).toBeVisible();

  // The study page shows nothing left today; the cards are scheduled for later.
  await page.goto("/study");
  const row = page.getByRole("row", { name: new RegExp(bank.deck.title) });
  await expect(row.getByRole("cell").first()).toHaveText("0");
});

test("a student crams for an exam date: the studied cards most at risk, as practice that leaves the schedule alone", async ({ page }) => {
  await signUp(page);
  await page.goto("/decks");
  await page.getByRole("button", { name: `Add to my decks: ${bank.deck.title}` }).click();
  await page.goto("/study");
  await page.getByRole("link", { name: `Study ${bank.deck.title}` }).click();
  const progress = page.getByText(/\d+ of \d+ done/);
  for (let done = 1; done <= 3; done++) {
    await answerWithKeyboard(page, await currentQuestion(page));
    await expect(page.locator("#study-result")).toHaveText("Correct");
    await gradeWithKey(page, "3");
    await expect(progress).toHaveText(new RegExp(`^${done} of `));
  }

  // From the study page, with the keyboard: the link, the date, the deck, the button.
  await page.goto("/study");
  const dueCell = page.getByRole("row", { name: new RegExp(bank.deck.title) }).getByRole("cell").first();
  await expect(dueCell).toHaveText("0");
  await page.getByRole("link", { name: "Cram for an exam" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Cram for an exam" })).toBeVisible();
  expect(await axeViolations(page), "cram form").toEqual([]);
  const examDay = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Exam or due date").fill(examDay);
  await page.getByLabel("Deck").selectOption({ label: bank.deck.title });
  await page.getByRole("button", { name: "Start cram session" }).focus();
  await page.keyboard.press("Enter");

  await expect(page.getByText(/^Cram for .*: the 3 cards you are most likely to have forgotten by then/)).toBeVisible();
  await expect(page.getByText("This is practice — your regular schedule does not change.", { exact: false })).toBeVisible();
  expect(await axeViolations(page), "cram card").toEqual([]);
  for (let done = 1; done <= 3; done++) {
    await expect(page.getByText(`${bank.deck.title} · Practice`)).toBeVisible();
    await answerWithKeyboard(page, await currentQuestion(page));
    await expect(page.locator("#study-result")).toHaveText("Correct");
    // Practice shows no next interval: the card's schedule stays as it was.
    await expect(page.getByRole("button", { name: /^Good$/ })).toBeVisible();
    await expect(page.getByText("This answer does not change when the card comes back.")).toBeVisible();
    await gradeWithKey(page, "3");
  }
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();

  // Nothing moved: still nothing due today, the same three cards studied.
  await page.goto("/study");
  await expect(dueCell).toHaveText("0");
});
