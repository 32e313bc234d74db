import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { logIn, violations } from "./support/session";

test("a student exports a deck they study, with their progress, as an Anki package and as CSV", async ({ page }) => {
  await logIn(page, "student@example.com");
  // One graded card (revealed unanswered, so Again), so the export has scheduling to carry.
  await page.goto("/study/tensorflow-vs-pytorch");
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /^Again/ }).click();

  await page.goto("/decks");
  await page.getByRole("link", { name: "Export TensorFlow vs PyTorch" }).click();
  await expect(page.getByRole("heading", { name: "Export TensorFlow vs PyTorch" })).toBeVisible();
  await expect(page.getByText(/1 card studied/)).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByLabel("Include my scheduling").check();
  const [apkg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
  expect(apkg.suggestedFilename()).toBe("tensorflow-vs-pytorch.apkg");
  const bytes = readFileSync((await apkg.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe("PK");

  await page.getByLabel("CSV for spreadsheets (.csv)").check();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
  expect(csv.suggestedFilename()).toBe("tensorflow-vs-pytorch.csv");
  expect(readFileSync((await csv.path())!, "utf8")).toMatch(/^\uFEFFid,type,prompt,choices,answer/);

  // A deck nobody shared answers "not found".
  const hidden = await page.request.get("/decks/no-such-deck/export/file?format=apkg");
  expect(hidden.status()).toBe(404);
});

test("an instructor imports an Anki package and a CSV with a preview first, and gets draft decks", async ({ page }) => {
  await logIn(page, "instructor@example.com");
  // A package to import: this deck, exported.
  const exported = await page.request.get("/decks/tensorflow-vs-pytorch/export/file?format=apkg");
  expect(exported.ok()).toBe(true);
  const apkg = await exported.body();

  await page.goto("/decks");
  await page.getByRole("link", { name: "Import a deck" }).click();
  await expect(page.getByRole("heading", { name: "Import a deck", level: 1 })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // A bad file is refused with a reason.
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "list.txt", mimeType: "text/plain", buffer: Buffer.from("one\ntwo\n") });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "one column only" })).toBeVisible();
  // A file over the limit is refused in the browser, before uploading.
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "huge.apkg", mimeType: "application/octet-stream", buffer: Buffer.alloc(21 * 1024 * 1024) });
  await expect(page.getByRole("alert").filter({ hasText: "huge.apkg is 21.0 MB; the limit for an import is 20 MB." })).toBeVisible();

  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "tvp.apkg", mimeType: "application/octet-stream", buffer: apkg });
  await page.getByRole("button", { name: "Preview" }).click();
  // Every published question of the deck is one note, and each note becomes a question again.
  const summary = page.getByRole("status").filter({ hasText: /^Anki package \(collection\.anki2\): \d+ notes read/ });
  await expect(summary).toBeVisible();
  const [, notes, questions] = /(\d+) notes read, (\d+) questions to import/.exec((await summary.textContent()) ?? "") ?? [];
  const bank = JSON.parse(readFileSync("content/banks/tensorflow-vs-pytorch.json", "utf8")) as { questions: { tier: string }[] };
  expect(Number(notes)).toBe(bank.questions.filter((q) => q.tier === "published").length);
  expect(questions).toBe(notes);
  await expect(page.getByRole("table")).toContainText("TensorFlow");
  await expect(page.getByText("Nothing is left out.")).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByLabel("Deck title").fill("Frameworks from Anki");
  await page.getByRole("button", { name: `Import ${notes} questions` }).click();
  await expect(page).toHaveURL(/\/decks\/frameworks-from-anki\/edit$/);
  await expect(page.getByRole("heading", { name: "Frameworks from Anki", level: 1 })).toBeVisible();
  await expect(page.getByText(new RegExp(`^Draft · ${notes} of ${notes} questions kept`))).toBeVisible();

  // A spreadsheet: the columns are mapped before importing.
  await page.goto("/decks/import");
  const sheet = "Notes,Term,Definition\nch. 1,TensorFlow,Google's framework\nch. 2,PyTorch,Meta's framework\n";
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "words.csv", mimeType: "text/csv", buffer: Buffer.from(sheet) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("status").filter({ hasText: "CSV: 2 rows read, 2 questions to import" })).toBeVisible();
  await expect(page.getByLabel("Question", { exact: true })).toHaveValue("1");
  await page.getByLabel("Question", { exact: true }).selectOption({ label: "Definition" });
  await page.getByLabel("Answer", { exact: true }).selectOption({ label: "Term" });
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Update preview" }).click();
  await expect(page.getByRole("table")).toContainText("Google's framework", { timeout: 30_000 });
  await page.getByRole("button", { name: "Import 2 questions" }).click();
  await expect(page).toHaveURL(/\/decks\/words\/edit$/);
  await expect(page.getByText("Google's framework", { exact: true })).toBeVisible();
});

test("a 50 MB upload gets a clear refusal, not a server error; a 15 MB one arrives whole", async ({ page }) => {
  await logIn(page, "instructor@example.com");
  // Within the limit, the whole file reaches the reader, which says what is wrong with it.
  const large = await page.request.post("/decks/import/upload", {
    multipart: { mode: "preview", options: "{}", file: { name: "large.apkg", mimeType: "application/octet-stream", buffer: Buffer.alloc(15 * 1024 * 1024) } },
  });
  expect(large.status()).toBe(422);
  expect((await large.json()).error).toMatch(/^This file is not an Anki package/);

  const response = await page.request.post("/decks/import/upload", {
    multipart: { mode: "preview", options: "{}", file: { name: "big.apkg", mimeType: "application/octet-stream", buffer: Buffer.alloc(50 * 1024 * 1024) } },
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toEqual({ ok: false, error: expect.stringMatching(/is 50.0 MB; the limit for an import is 20 MB\.$/) });
});
