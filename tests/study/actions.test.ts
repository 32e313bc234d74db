// The study server actions as the browser calls them: input is parsed with zod and every
// refusal is a clear message that changes nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createDeck, createUser, enroll, reviewId } from "../support/fixtures";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string; timezone: string; dayStartsAtHour: number; newPerDay: number } }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const { reviewAction, revealAction, undoAction } = await import("@/app/(app)/study/actions");

async function student() {
  const user = await createUser();
  const { deck, questions } = await createDeck({ questions: [{ type: "mcq", answer: "Google Brain", choices: ["Google Brain", "Meta AI", "OpenAI"] }] });
  await enroll(user.id, deck.id);
  session.user = user;
  return { user, question: questions[0] };
}

const logsOf = (userId: string) => db.reviewLog.count({ where: { userId } });

describe("study actions", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("reveals the verdict, the answer, the explanation and the source", async () => {
    const { question } = await student();
    const result = await revealAction({ questionId: question.id, response: "Meta AI" });
    expect(result).toEqual({
      ok: true,
      value: {
        correct: false,
        answer: ["Google Brain"],
        explanation: "Because the review says so.",
        sourceSentence: "TensorFlow was released in 2015.",
        sourceCitation: "(TensorFlow, n.d.)",
        intervals: { again: "1d", hard: "1d", good: "1d", easy: "1d" },
      },
    });
  });

  it.each([
    ["a grade out of range", { grade: 6 }],
    ["a grade that is not a button", { grade: 2 }],
    ["a grade sent as text", { grade: "4" }],
    ["a forged review id", { clientReviewId: "not-a-uuid" }],
    ["a negative duration", { durationMs: -5 }],
    ["a huge response", { response: "x".repeat(5_000) }],
  ])("refuses %s and records nothing", async (_label, override) => {
    const { user, question } = await student();
    const input = { clientReviewId: reviewId(), questionId: question.id, response: "Google Brain", grade: 4, durationMs: 1200, seenVersion: 0, ...override };
    expect(await reviewAction(input)).toMatchObject({ ok: false, code: "invalid" });
    expect(await logsOf(user.id)).toBe(0);
  });

  it("refuses a question outside the student's decks", async () => {
    const { user } = await student();
    const { questions } = await createDeck();
    const input = { clientReviewId: reviewId(), questionId: questions[0].id, response: "x", grade: 1, durationMs: 1, seenVersion: 0 };
    expect(await reviewAction(input)).toEqual({ ok: false, error: "That question is not in any of your decks.", code: "not_found" });
    expect(await revealAction({ questionId: questions[0].id, response: "x" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await logsOf(user.id)).toBe(0);
  });

  it("asks a signed-out visitor to log in and changes nothing", async () => {
    const { user, question } = await student();
    session.user = null;
    const input = { clientReviewId: reviewId(), questionId: question.id, response: "Google Brain", grade: 4, durationMs: 1, seenVersion: 0 };
    expect(await reviewAction(input)).toMatchObject({ ok: false, code: "signed_out" });
    expect(await undoAction({ clientReviewId: input.clientReviewId })).toMatchObject({ ok: false, code: "signed_out" });
    expect(await logsOf(user.id)).toBe(0);
  });

  it("records a review and undoes it, returning the card to show again", async () => {
    const { user, question } = await student();
    const clientReviewId = reviewId();
    const recorded = await reviewAction({ clientReviewId, questionId: question.id, response: "Google Brain", grade: 4, durationMs: 900, seenVersion: 0 });
    expect(recorded).toMatchObject({ ok: true, value: { correct: true, kind: "NEW", intervalDays: 1 } });
    const undone = await undoAction({ clientReviewId });
    expect(undone).toMatchObject({ ok: true, value: { questionId: question.id, seenVersion: 0, view: { type: "mcq", choices: ["Google Brain", "Meta AI", "OpenAI"] } } });
    expect(await logsOf(user.id)).toBe(0);
  });
});
