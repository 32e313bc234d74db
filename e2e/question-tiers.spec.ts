import { expect, test } from "@playwright/test";
import { logIn } from "./support/session";

// Written for this test (not from any real document): the generator publishes some questions and
// suggests others for the author to promote.
const REVIEW = `# Message brokers compared

## Origins

RabbitMQ was first released in 2007 by Rabbit Technologies. Apache Kafka was created at LinkedIn and open-sourced in 2011. NATS was written by Derek Collison.

## Design

RabbitMQ routes messages through exchanges to queues, while Kafka appends messages to a partitioned log. Kafka keeps messages for a configurable retention period. RabbitMQ deletes a message once a consumer acknowledges it.

NATS is a lightweight messaging system written in Go. It favours simplicity over durability. Kafka is often used for event streaming, and it can replay old messages.

## Operations

Kafka may be harder to operate than RabbitMQ for small teams. RabbitMQ ships with a management plugin that offers a web interface. Teams sometimes run NATS next to Kafka for request and reply traffic.
`;

test("an author sees published and suggested questions and promotes a suggestion, which students then study", async ({ page }) => {
  await logIn(page, "instructor@example.com");
  await page.goto("/decks/new");
  await page.getByLabel("Title (optional)").fill("Message brokers compared");
  await page.getByLabel("Or paste the review").fill(REVIEW);
  await page.getByRole("button", { name: "Generate questions" }).click();
  await expect(page).toHaveURL(/\/decks\/message-brokers-compared(?:-\d+)?\/edit$/);

  const header = page.getByText(/questions kept · \d+ suggested/);
  await expect(header).toBeVisible();
  const before = /(\d+) of (\d+) questions kept · (\d+) suggested/.exec((await header.textContent()) ?? "");
  expect(before).not.toBeNull();
  const [kept, total, suggested] = before!.slice(1).map(Number);
  expect(suggested).toBeGreaterThan(0);
  expect(kept).toBe(total);
  await expect(page.getByRole("heading", { name: "Suggested questions" })).toBeVisible();

  // The suggestion is marked as such, and promoting it moves it to the studied tier.
  const suggestion = page.locator(".suggestion-editor").first();
  const prompt = (await suggestion.locator(".question-prompt").textContent()) ?? "";
  await expect(suggestion.getByText("Suggested", { exact: true })).toBeVisible();
  await suggestion.getByRole("button", { name: `Promote question: ${prompt}` }).click();
  await expect(page.getByText(`${kept + 1} of ${total + 1} questions kept · ${suggested - 1} suggested`)).toBeVisible();
  const promoted = page.locator(".question-editor").filter({ has: page.getByText(prompt, { exact: true }) }).first();
  await expect(promoted.getByText("Suggested", { exact: true })).toHaveCount(0);

  // And back: moving it to the suggestions takes it out of study again.
  await promoted.getByRole("button", { name: `Move to suggestions question: ${prompt}` }).click();
  await expect(page.getByText(`${kept} of ${total} questions kept · ${suggested} suggested`)).toBeVisible();
});
