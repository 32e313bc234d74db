// The study loop's routes (app/api/study) as the study page calls them: one POST of JSON, input
// parsed with zod, every refusal a clear message and status that changes nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createDeck, createUser, enroll, reviewId } from "../support/fixtures";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string; timezone: string; dayStartsAtHour: number; newPerDay: number } }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const routes = {
  reveal: (await import("@/app/api/study/reveal/route")).POST,
  review: (await import("@/app/api/study/review/route")).POST,
  undo: (await import("@/app/api/study/undo/route")).POST,
};

const ORIGIN = "http://recall.test";

function post(body: string, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/api/study`, { method: "POST", headers: { host: "recall.test", origin: ORIGIN, "content-type": "application/json", ...headers }, body });
}

/** What the study page gets back: the result, checked to carry the status its refusal code has. */
async function call(route: keyof typeof routes, input: unknown) {
  const response = await routes[route](post(JSON.stringify(input)));
  const result = await response.json();
  expect(response.status).toBe(result.ok ? 200 : { invalid: 422, not_found: 404, conflict: 409, signed_out: 401 }[result.code as string]);
  return result;
}
const reveal = (input: unknown) => call("reveal", input);
const grade = (input: unknown) => call("review", input);
const undo = (input: unknown) => call("undo", input);

async function student() {
  const user = await createUser();
  const { deck, questions } = await createDeck({ questions: [{ type: "mcq", answer: "Google Brain", choices: ["Google Brain", "Meta AI", "OpenAI"] }] });
  await enroll(user.id, deck.id);
  session.user = user;
  return { user, question: questions[0] };
}

const logsOf = (userId: string) => db.reviewLog.count({ where: { userId } });

describe("the study routes' own checks", () => {
  beforeEach(() => {
    session.user = null;
  });

  it.each([
    ["a form post", post("questionId=x", { "content-type": "application/x-www-form-urlencoded" }), 415],
    ["text that is not JSON", post("{questionId:", {}), 400],
    ["a page on another site", post('{"questionId":"x","response":null}', { origin: "https://evil.test" }), 403],
    ["a body over the limit", post(JSON.stringify({ questionId: "x", response: "y".repeat(70_000) })), 413],
  ])("refuses %s with a message and records nothing", async (_label, request, status) => {
    const { user } = await student();
    const response = await routes.reveal(request);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ ok: false, error: expect.stringMatching(/\w/) });
    expect(await db.studyAttempt.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("study routes", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("reveals the verdict, the answer, the explanation and the source", async () => {
    const { question } = await student();
    const result = await reveal({ questionId: question.id, response: "Meta AI" });
    expect(result).toEqual({
      ok: true,
      value: {
        correct: false,
        response: "Meta AI",
        repeated: false,
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
  ])("refuses %s and records nothing", async (_label, override) => {
    const { user, question } = await student();
    await reveal({ questionId: question.id, response: "Google Brain" });
    const input = { clientReviewId: reviewId(), questionId: question.id, grade: 4, durationMs: 1200, seenVersion: 0, ...override };
    expect(await grade(input)).toMatchObject({ ok: false, code: "invalid" });
    expect(await logsOf(user.id)).toBe(0);
  });

  it("refuses a huge response to reveal and records nothing", async () => {
    const { user, question } = await student();
    expect(await reveal({ questionId: question.id, response: "x".repeat(5_000) })).toMatchObject({ ok: false, code: "invalid" });
    expect(await db.studyAttempt.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a question outside the student's decks", async () => {
    const { user } = await student();
    const { questions } = await createDeck();
    const input = { clientReviewId: reviewId(), questionId: questions[0].id, grade: 1, durationMs: 1, seenVersion: 0 };
    expect(await grade(input)).toEqual({ ok: false, error: "That question is not in any of your decks.", code: "not_found" });
    expect(await reveal({ questionId: questions[0].id, response: "x" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await logsOf(user.id)).toBe(0);
  });

  it("asks a signed-out visitor to log in and changes nothing", async () => {
    const { user, question } = await student();
    session.user = null;
    const input = { clientReviewId: reviewId(), questionId: question.id, grade: 4, durationMs: 1, seenVersion: 0 };
    expect(await grade(input)).toMatchObject({ ok: false, code: "signed_out" });
    expect(await undo({ clientReviewId: input.clientReviewId })).toMatchObject({ ok: false, code: "signed_out" });
    expect(await logsOf(user.id)).toBe(0);
  });

  it("records a review and undoes it, returning the card to show again", async () => {
    const { user, question } = await student();
    const clientReviewId = reviewId();
    await reveal({ questionId: question.id, response: "Google Brain" });
    const recorded = await grade({ clientReviewId, questionId: question.id, grade: 4, durationMs: 900, seenVersion: 0 });
    expect(recorded).toMatchObject({ ok: true, value: { correct: true, kind: "NEW", intervalDays: 1 } });
    const undone = await undo({ clientReviewId });
    expect(undone).toMatchObject({
      ok: true,
      value: {
        card: { questionId: question.id, seenVersion: 0, view: { type: "mcq", choices: ["Google Brain", "Meta AI", "OpenAI"] } },
        // Shown again as it was answered: only the grade is taken back.
        reveal: { correct: true, response: "Google Brain", repeated: true },
      },
    });
    expect(await logsOf(user.id)).toBe(0);
  });
});

// Reproduced against a production build: reveal with a blank answer, then review with the
// revealed answer — every question type counted correct and the class CSV showed 100 %.
describe("the answer given when the answer is shown is the one that counts", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("a review sent after revealing with a blank answer is graded as the blank answer", async () => {
    const { user, question } = await student();
    const shown = await reveal({ questionId: question.id, response: null });
    expect(shown).toMatchObject({ ok: true, value: { correct: false, answer: ["Google Brain"] } });
    // The old path: send the revealed answer with the grade. It is ignored, and Good is refused.
    const cheat = { clientReviewId: reviewId(), questionId: question.id, response: "Google Brain", grade: 4, durationMs: 1, seenVersion: 0 };
    expect(await grade(cheat)).toMatchObject({ ok: false, code: "invalid", error: "A wrong answer can only be graded Again." });
    expect(await grade({ ...cheat, grade: 1 })).toMatchObject({ ok: true, value: { correct: false } });
    expect(await db.reviewLog.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ correct: false, response: null });
  });

  it("a second tab revealing the same card gets the first tab's verdict", async () => {
    const { question } = await student();
    await reveal({ questionId: question.id, response: "Meta AI" });
    expect(await reveal({ questionId: question.id, response: "Google Brain" })).toMatchObject({
      ok: true,
      value: { correct: false, response: "Meta AI", repeated: true },
    });
  });

  it("simultaneous reveals agree on one verdict", async () => {
    const { question } = await student();
    const verdicts = await Promise.all(["Google Brain", "Meta AI", "OpenAI", "Google Brain"].map((response) => reveal({ questionId: question.id, response })));
    const correct = new Set(verdicts.map((result) => (result.ok ? result.value.correct : "refused")));
    expect(correct.size).toBe(1);
  });

  it("grading without showing the answer first is refused and records nothing", async () => {
    const { user, question } = await student();
    const input = { clientReviewId: reviewId(), questionId: question.id, grade: 4, durationMs: 1, seenVersion: 0 };
    expect(await grade(input)).toMatchObject({ ok: false, code: "invalid", error: "Show the answer before grading this card." });
    expect(await logsOf(user.id)).toBe(0);
  });

  it("undoing a wrong answer and answering again still counts the first answer", async () => {
    const { question } = await student();
    await reveal({ questionId: question.id, response: "OpenAI" });
    const clientReviewId = reviewId();
    await grade({ clientReviewId, questionId: question.id, grade: 1, durationMs: 1, seenVersion: 0 });
    expect(await undo({ clientReviewId })).toMatchObject({ ok: true, value: { reveal: { correct: false, response: "OpenAI" } } });
    expect(await reveal({ questionId: question.id, response: "Google Brain" })).toMatchObject({ ok: true, value: { correct: false } });
    const again = { clientReviewId: reviewId(), questionId: question.id, grade: 4, durationMs: 1, seenVersion: 0 };
    expect(await grade(again)).toMatchObject({ ok: false, error: "A wrong answer can only be graded Again." });
  });

  it("each showing of a card takes a fresh answer: a re-drill is answered anew", async () => {
    const { question } = await student();
    await reveal({ questionId: question.id, response: "OpenAI" });
    const failed = await grade({ clientReviewId: reviewId(), questionId: question.id, grade: 1, durationMs: 1, seenVersion: 0 });
    const version = failed.ok ? failed.value.version : -1;
    expect(await reveal({ questionId: question.id, response: "Google Brain" })).toMatchObject({ ok: true, value: { correct: true, repeated: false } });
    expect(await grade({ clientReviewId: reviewId(), questionId: question.id, grade: 4, durationMs: 1, seenVersion: version })).toMatchObject({
      ok: true,
      value: { kind: "REDRILL", correct: true },
    });
  });
});
