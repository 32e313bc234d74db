// The deck builder as the browser calls it: the action checks the review and answers a job at
// once (the generation happens after the request); the progress route shows the job to its
// owner only.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { JobView } from "@/lib/jobs/job-view";
import { createUser } from "../support/fixtures";
import { REVIEW } from "../support/web-servers-review";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string; timezone: string; dayStartsAtHour: number; newPerDay: number } }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const { createDeckAction } = await import("@/app/(app)/decks/new/actions");
const { GET } = await import("@/app/api/jobs/[jobId]/route");

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const progress = (jobId: string) => GET(new Request(`http://localhost/api/jobs/${jobId}`), { params: Promise.resolve({ jobId }) });

async function settled(jobId: string): Promise<JobView> {
  for (;;) {
    const job = (await (await progress(jobId)).json()) as JobView;
    if (job.status === "succeeded" || job.status === "failed") return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("building a deck from the browser", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("answers a job at once, which its author follows to the new deck", async () => {
    const author = await createUser();
    session.user = author;
    const file = new File([REVIEW], "web-servers.md", { type: "text/markdown" });
    const result = await createDeckAction(null, form({ title: "", text: "", file }));
    expect(result).toMatchObject({ ok: true, value: { job: { status: expect.stringMatching(/^(queued|running)$/), error: null } } });
    const jobId = (result as { value: { job: JobView } }).value.job.id;

    const response = await progress(jobId);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await settled(jobId)).toMatchObject({ status: "succeeded", href: "/decks/web-servers/edit" });
    expect(await db.deck.count({ where: { ownerId: author.id } })).toBe(1);
  });

  it("refuses a bad review before any job starts", async () => {
    const author = await createUser();
    session.user = author;
    const binary = new File([new Uint8Array([0x89, 0x50, 0, 1])], "logo.png");
    expect(await createDeckAction(null, form({ text: "", file: binary }))).toEqual({
      ok: false,
      code: "invalid",
      fieldErrors: { document: "logo.png looks like a binary file; upload a Markdown or plain-text review." },
    });
    expect(await createDeckAction(null, form({ text: "  " }))).toMatchObject({ ok: false, fieldErrors: { document: "Upload a review file or paste its text." } });
    expect(await db.job.count({ where: { ownerId: author.id } })).toBe(0);
  });

  it("shows a job's progress to its owner only", async () => {
    const author = await createUser();
    const job = await db.job.create({ data: { ownerId: author.id, kind: "deck-generation", expiresAt: new Date(Date.now() + 60_000) } });

    expect((await progress(job.id)).status).toBe(401);
    session.user = await createUser();
    const stranger = await progress(job.id);
    expect(stranger.status).toBe(404);
    expect(await stranger.json()).toEqual({ error: "That job does not exist or is not yours." });
    expect((await progress("../../etc")).status).toBe(404);

    session.user = author;
    const own = await progress(job.id);
    expect(own.status).toBe(200);
    expect(await own.json()).toEqual({ id: job.id, status: "queued", stage: "Waiting for a free worker", percent: 0, error: null, href: null });
  });
});
