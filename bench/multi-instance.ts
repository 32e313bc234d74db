// The review loop (show the answer, grade the card — the study page's two requests) on
// PostgreSQL, by several students at once: through one `next start` instance, then through two
// instances on the same database behind a round-robin proxy. Prints throughput and the ratio of
// the two, measured in the same run on the same database; asserts nothing.
// Needs the production build (`npm run build`) and PostgreSQL (TEST_POSTGRES_URL or Debian's
// binaries). Run: npm run bench -- multi-instance
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { isLiveQuestion } from "@/lib/decks/live-questions";
import { SM2_GRADE_OF_BUTTON } from "@/lib/srs/buttons";
import { postgresUnavailable, startDeployment, type Deployment } from "../e2e/multi-instance-cluster";

const STUDENTS = 8;
const REVIEWS_PER_STUDENT = 12;
const DECK = "tensorflow-vs-pytorch";

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);

/** Logs in through next-auth's credentials flow; returns the Cookie header of the session. */
async function logIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(answer).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`log-in as ${email} failed (${answer.status})`);
  return session;
}

/** A reveal or grade as the study page sends it (lib/study/study-api.ts). */
async function callStudy(base: string, step: "reveal" | "review", cookie: string, argument: unknown): Promise<void> {
  const answer = await fetch(`${base}/api/study/${step}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: base },
    body: JSON.stringify(argument),
  });
  const body = await answer.text();
  if (!answer.ok || !body.includes('"ok":true')) throw new Error(`${step} failed (${answer.status}): ${body.slice(0, 300)}`);
}

async function main() {
  const missing = postgresUnavailable();
  if (missing) {
    console.log(`multi-instance: skipped — ${missing}`);
    return;
  }
  const deployment: Deployment = await startDeployment(2);
  try {
    const db = new pg.Client({ connectionString: deployment.databaseUrl });
    await db.connect();
    // The questions students study (lib/decks/live-questions: published and not rejected).
    const questions = (
      await db.query<{ id: string; rejected: boolean; tier: string }>(
        `SELECT q.id, q.rejected, q.tier FROM "Question" q JOIN "Deck" d ON d.id = q."deckId" WHERE d.slug = $1 ORDER BY q.position`,
        [DECK],
      )
    ).rows.filter(isLiveQuestion);
    const { rows: [demo] } = await db.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = 'student@example.com'`);
    const students = Array.from({ length: STUDENTS }, (_, i) => `bench-${i}@example.com`);
    for (const email of students) {
      const id = randomUUID();
      await db.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, $2, $3)`, [id, email, demo.passwordHash]);
      await db.query(`INSERT INTO "DeckEnrollment" ("userId", "deckId") SELECT $1, id FROM "Deck" WHERE slug = $2`, [id, DECK]);
    }
    await db.end();
    const direct = deployment.instances[0].url;
    const cookies = await Promise.all(students.map((email) => logIn(direct, email, "recall-demo")));

    let next = 0;
    /** Every student reviews `count` new cards, one after another, all students at once. */
    async function round(base: string, count: number) {
      const cards = questions.slice(next, next + count);
      next += count;
      const latencies: number[] = [];
      const started = performance.now();
      await Promise.all(
        cookies.map(async (cookie) => {
          for (const { id: questionId } of cards) {
            const at = performance.now();
            await callStudy(base, "reveal", cookie, { questionId, response: null });
            await callStudy(base, "review", cookie, { clientReviewId: randomUUID(), questionId, grade: SM2_GRADE_OF_BUTTON.again, durationMs: 1000, seenVersion: 0 });
            latencies.push(performance.now() - at);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      return { perSecond: latencies.length / seconds, median: latencies[Math.floor(latencies.length / 2)], p95: latencies[Math.floor(latencies.length * 0.95)] };
    }

    await round(direct, 2); // warm-up: compiled routes, connection pools
    await round(deployment.proxy.url, 2);
    const one = await round(direct, REVIEWS_PER_STUDENT);
    const two = await round(deployment.proxy.url, REVIEWS_PER_STUDENT);
    const line = (label: string, r: typeof one) =>
      `${label.padEnd(34)} ${r.perSecond.toFixed(1).padStart(6)} reviews/s   median ${r.median.toFixed(0).padStart(4)} ms   p95 ${r.p95.toFixed(0).padStart(4)} ms`;
    console.log(`${STUDENTS} students at once, ${REVIEWS_PER_STUDENT} reviews each (show answer + grade), PostgreSQL`);
    console.log(line("one instance", one));
    console.log(line("two instances, round-robin proxy", two));
    console.log(`ratio two/one: ${(two.perSecond / one.perSecond).toFixed(2)}× (${process.env.BENCH_NOTE ?? "on this machine's cores; instances share them"})`);
  } finally {
    await deployment.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
