// GET /api/mastery/<deck>: the dashboard's "By topic" list, loaded when opened — the signed-in
// student's own counts for a deck they study, and nothing about anyone else's.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createDeck, createUser, enroll } from "../support/fixtures";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string; timezone: string; dayStartsAtHour: number; newPerDay: number } }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const { GET } = await import("@/app/api/mastery/[deckId]/route");

async function topicsOf(deckId: string) {
  const response = await GET(new Request(`http://recall.test/api/mastery/${deckId}`), { params: Promise.resolve({ deckId }) });
  return { status: response.status, body: await response.json() };
}

describe("a deck's mastery by topic", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("answers the student's counts per topic, in deck order", async () => {
    const student = await createUser();
    const { deck } = await createDeck({ questions: [{}, {}] });
    await enroll(student.id, deck.id);
    session.user = student;
    expect(await topicsOf(deck.id)).toEqual({
      status: 200,
      body: { ok: true, value: [["TensorFlow — released in 2015", 1, 0, 0, 0], ["TensorFlow — released in 2015", 1, 0, 0, 0]] },
    });
  });

  it("refuses a deck the student does not study, an unknown one, and the signed out", async () => {
    const student = await createUser();
    const { deck } = await createDeck();
    session.user = student;
    expect(await topicsOf(deck.id)).toMatchObject({ status: 404, body: { ok: false, error: "That deck does not exist or you do not study it." } });
    expect(await topicsOf("x".repeat(5_000))).toMatchObject({ status: 404 });
    // a NUL, which PostgreSQL refuses in any statement (the fuzz test found a 500 there)
    expect(await topicsOf("\u0000")).toMatchObject({ status: 404 });
    session.user = null;
    expect(await topicsOf(deck.id)).toMatchObject({ status: 401, body: { ok: false, code: "signed_out" } });
  });
});
