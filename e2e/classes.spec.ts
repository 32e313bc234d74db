import { existsSync, readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";

// Prefer the seeded TensorFlow/PyTorch deck; its title comes from the committed bank.
const BANK = "content/banks/tensorflow-vs-pytorch.json";
const deckTitle = existsSync(BANK) ? (JSON.parse(readFileSync(BANK, "utf8")) as { deck: { title: string } }).deck.title : null;

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function logIn(page: Page, email: string, path = "/classes") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("recall-demo");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

async function signUp(page: Page, name: string) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(`student-${unique()}@example.com`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("instructor creates a class, a student joins with the code, studies the assigned deck, and the instructor sees the progress", async ({ browser }) => {
  test.skip(deckTitle === null, "the TensorFlow/PyTorch bank has not landed yet");
  const className = `ML Foundations ${unique()}`;
  const studentName = `Robin Learner ${unique()}`;

  // Instructor: create the class and assign the deck with a due date.
  const instructor = await newPage(browser);
  await logIn(instructor, "instructor@example.com");
  await instructor.getByLabel("Class name").fill(className);
  await instructor.getByRole("button", { name: "Create class" }).click();
  await expect(instructor.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const joinCode = (await instructor.getByTestId("join-code").textContent())!.trim();
  expect(joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  const classUrl = instructor.url();

  await instructor.getByLabel("Deck", { exact: true }).selectOption({ label: deckTitle! });
  await instructor.getByLabel("Finish the deck by (optional)").fill(isoDateInDays(7));
  await instructor.getByRole("button", { name: "Assign deck" }).click();
  await expect(instructor.getByText("Deck assigned.")).toBeVisible();
  await expect(instructor.getByRole("table", { name: "Decks assigned to this class" })).toContainText(deckTitle!);

  // Student: a wrong code changes nothing; the right one joins.
  const student = await newPage(browser);
  await signUp(student, studentName);
  await student.goto("/classes");
  await student.getByLabel("Join code").fill("ZZZZ-ZZZZ");
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText("No class has that join code.")).toBeVisible();
  await student.getByLabel("Join code").fill(joinCode.toLowerCase());
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const myRow = student.getByRole("row", { name: new RegExp(deckTitle!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  await expect(myRow).toContainText("Not started");

  // The student studies two cards from the class page (revealing without answering, graded Again).
  await myRow.getByRole("link", { name: deckTitle! }).click();
  await expect(student).toHaveURL(/\/study\//);
  for (let card = 0; card < 2; card++) {
    await expect(student.locator("#study-prompt")).toBeVisible();
    await student.getByRole("button", { name: "Show answer" }).click();
    await student.getByRole("button", { name: /^Again/ }).click();
  }
  await student.goto(classUrl);
  await expect(myRow).toContainText("In progress");

  // A student never sees the class's progress.
  await student.goto(`${classUrl}/progress`);
  await expect(student.getByRole("heading", { name: "Class not found" })).toBeVisible();

  // Instructor: the progress table shows the student; it sorts; the CSV has them.
  await instructor.goto(`${classUrl}/progress`);
  const table = instructor.getByRole("table");
  const row = table.getByRole("row", { name: new RegExp(studentName) });
  await expect(row).toContainText("In progress");
  await expect(row).toContainText(/[12] of \d+/);
  const studentHeader = table.getByRole("columnheader", { name: "Student" });
  await expect(studentHeader).toHaveAttribute("aria-sort", "ascending");
  await studentHeader.getByRole("button").click();
  await expect(studentHeader).toHaveAttribute("aria-sort", "descending");
  await table.getByRole("button", { name: "Questions seen" }).click();
  await expect(table.getByRole("columnheader", { name: "Questions seen" })).toHaveAttribute("aria-sort", "ascending");

  const csv = await instructor.request.get(`${classUrl}/progress.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename=".+-progress-\d{4}-\d{2}-\d{2}\.csv"/);
  expect(await csv.text()).toContain(studentName);
  expect((await student.request.get(`${classUrl}/progress.csv`)).status()).toBe(404);

  await instructor.getByRole("link", { name: "Item analysis" }).click();
  await expect(instructor.getByRole("heading", { level: 2, name: deckTitle! })).toBeVisible();
  await expect(instructor.getByRole("table", { name: `Questions of ${deckTitle}, hardest first` }).getByText("100% (1 of 1)").first()).toBeVisible();

  // Removing the student ends their access at once.
  await instructor.goto(classUrl);
  await instructor.once("dialog", (dialog) => dialog.accept());
  await instructor.getByRole("button", { name: `Remove ${studentName} from the class` }).click();
  await expect(instructor.getByText(/^Student removed\./)).toBeVisible();
  await expect(instructor.getByRole("button", { name: `Remove ${studentName} from the class` })).toHaveCount(0);
  await student.goto(classUrl);
  await expect(student.getByRole("heading", { name: "Class not found" })).toBeVisible();
});

test("a join link sends a signed-out visitor to log in and back, then joins on confirmation", async ({ browser }) => {
  const instructor = await newPage(browser);
  await logIn(instructor, "instructor@example.com");
  const className = `Join link ${unique()}`;
  await instructor.getByLabel("Class name").fill(className);
  await instructor.getByRole("button", { name: "Create class" }).click();
  const joinLink = instructor.getByRole("link", { name: /\/join\/[A-HJ-NP-Z2-9]{8}$/ });
  const href = (await joinLink.getAttribute("href"))!;

  const student = await newPage(browser);
  await logIn(student, "student2@example.com", href);
  await expect(student).toHaveURL(new RegExp(`${href}$`));
  await expect(student.getByRole("heading", { name: `Join ${className}` })).toBeVisible();
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("heading", { level: 1, name: className })).toBeVisible();
  await expect(student.getByRole("button", { name: "Leave class" })).toBeVisible();

  // A rotated code's link stops working.
  await instructor.reload();
  await instructor.once("dialog", (dialog) => dialog.accept());
  await instructor.getByRole("button", { name: "New join code" }).click();
  await expect(instructor.getByText(/New join code: [A-HJ-NP-Z2-9]{8}/)).toBeVisible();
  await student.goto(href);
  await expect(student.getByText(/No class has that join code\./)).toBeVisible();
});
