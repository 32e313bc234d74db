// Benchmark: does generating a deck from a 2 MB review slow everyone else down? Builds and starts
// the production server on a fresh seeded database, times a student's study page
// (GET /study/<deck>) while the server is idle, then while an instructor's 2 MB upload is being
// generated, and prints p50/p95 of both and their ratio (near 1 when generation stays off the
// request thread). Asserts nothing.
//   npm run bench -- generation
//   BENCH_APP_DIR=<another checkout> npm run bench -- generation   (the same measurement of other code)
//   BENCH_SKIP_BUILD=1 …   reuses the last build of this benchmark (.next-bench)
// It also prints the longest time another connection could not write while the deck was saved.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";
import { largeReview } from "./support/large-review";

const appDir = path.resolve(process.env.BENCH_APP_DIR ?? path.join(__dirname, ".."));
const DIST_DIR = ".next-bench";
const REVIEW_BYTES = 2 * 1024 * 1024 - 1024;
const IDLE_REQUESTS = 60;
const STUDY_PATH = "/study/tensorflow-vs-pytorch";
const GIVE_UP_MS = 20 * 60 * 1000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: appDir, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

async function waitForServer(base: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error("The server stopped while starting.");
    try {
      if ((await fetch(`${base}/login`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The server did not start.");
}

/**
 * A next-auth session cookie for a user, signed with the server's secret (no log-in form, no
 * throttle). Where the app keeps session rows (lib/auth/sessions), the token names a new one.
 */
async function sessionCookie(secret: string, user: { id: string; email: string; name: string }, database: string): Promise<string> {
  const sqlite = new Database(database);
  let sid: string | undefined;
  if (sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Session'").get() !== undefined) {
    sid = randomBytes(24).toString("base64url");
    // DateTime columns as the SQLite adapter writes them.
    const at = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
    sqlite
      .prepare(`INSERT INTO "Session" ("id", "userId", "createdAt", "expiresAt", "userAgent") VALUES (?, ?, ?, ?, ?)`)
      .run(sid, user.id, at(Date.now()), at(Date.now() + 24 * 60 * 60 * 1000), "bench/generation.ts");
  }
  sqlite.close();
  const token = await encode({ token: { sub: user.id, email: user.email, name: user.name, ...(sid ? { sid } : {}) }, secret });
  return `next-auth.session-token=${token}`;
}

/** Times one study page load (ms); throws unless it is the study page. */
async function studyRequest(base: string, cookie: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${base}${STUDY_PATH}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const html = await response.text();
  const ms = performance.now() - start;
  if (response.status !== 200 || !html.includes("Study session")) throw new Error(`GET ${STUDY_PATH} answered ${response.status}`);
  return ms;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const summary = (label: string, times: number[]) =>
  `${label.padEnd(18)} ${String(times.length).padStart(4)} requests   p50 ${percentile(times, 50).toFixed(0).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(0).padStart(7)} ms   max ${Math.max(...times).toFixed(0).padStart(7)} ms`;

/**
 * How long another connection (e.g. a student's review) would have waited to write: tries to
 * take the write lock every 20 ms and keeps the longest run of refusals.
 */
function watchWriteLock(file: string): { stop(): number } {
  const probe = new Database(file, { timeout: 0 });
  let blockedSince: number | null = null;
  let longest = 0;
  const timer = setInterval(() => {
    try {
      probe.exec("BEGIN IMMEDIATE");
      probe.exec("ROLLBACK");
      if (blockedSince !== null) longest = Math.max(longest, performance.now() - blockedSince);
      blockedSince = null;
    } catch {
      blockedSince ??= performance.now();
    }
  }, 20);
  return {
    stop() {
      clearInterval(timer);
      probe.close();
      return blockedSince === null ? longest : Math.max(longest, performance.now() - blockedSince);
    },
  };
}

/** The deck builder's server action, called the way the page calls it (ids come from this build's manifest). */
async function startUpload(base: string, cookie: string, review: string): Promise<Response> {
  const manifest = JSON.parse(readFileSync(path.join(appDir, DIST_DIR, "server/server-reference-manifest.json"), "utf8"));
  const [actionId] = Object.entries(manifest.node as Record<string, { filename: string; exportedName: string }>).find(
    ([, action]) => action.filename === "app/(app)/decks/new/actions.ts" && action.exportedName === "createDeckAction",
  )!;
  const form = new FormData();
  form.append("title", "Bench review");
  form.append("text", "");
  form.append("file", new File([review], "bench-review.md", { type: "text/markdown" }));
  // React's own encoding of the action's arguments (previous state, form data).
  const { encodeReply } = await import("next/dist/compiled/react-server-dom-turbopack/client.node.js" as string);
  const body = await encodeReply([null, form]);
  return fetch(`${base}/decks/new`, { method: "POST", headers: { "Next-Action": actionId, Accept: "text/x-component", Cookie: cookie, Origin: base }, body });
}

async function main() {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const database = path.join(mkdtempSync(path.join(tmpdir(), "recall-bench-")), "bench.db");
  const secret = randomBytes(32).toString("hex");
  const env = {
    ...process.env,
    DATABASE_URL: `file:${database}`,
    NEXT_DIST_DIR: DIST_DIR,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: base,
    NEXT_TELEMETRY_DISABLED: "1",
    // Measure the whole job, saving included, even on a busy machine where 2 MB takes minutes.
    RECALL_GENERATION_TIME_LIMIT_S: process.env.RECALL_GENERATION_TIME_LIMIT_S ?? "1200",
  };
  console.log(`Generation benchmark: ${appDir}, ${Math.round(REVIEW_BYTES / 1024)} KB review, study page ${STUDY_PATH}`);
  run("npm", ["run", "-s", "db:setup"], env);
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    const started = performance.now();
    run("npx", ["next", "build"], env);
    console.log(`(production build in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  const server = spawn("npx", ["next", "start", "-p", String(port)], { cwd: appDir, env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  try {
    await waitForServer(base, server);
    const sqlite = new Database(database, { readonly: true });
    const user = (email: string) => sqlite.prepare("SELECT id, email, name FROM User WHERE email = ?").get(email) as { id: string; email: string; name: string };
    const student = await sessionCookie(secret, user("student@example.com"), database);
    const instructor = user("instructor@example.com");
    const author = await sessionCookie(secret, instructor, database);

    for (let i = 0; i < 10; i++) await studyRequest(base, student); // compile and warm the page
    const idle: number[] = [];
    for (let i = 0; i < IDLE_REQUESTS / 2; i++) idle.push(await studyRequest(base, student));

    // Generation is over when the action answers and the job it started (if any) has finished.
    const hasJobs = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Job'").get() !== undefined;
    const latestJob = () =>
      sqlite.prepare("SELECT status, stage, percent, error FROM Job WHERE ownerId = ? ORDER BY createdAt DESC LIMIT 1").get(instructor.id) as
        | { status: string; stage: string; percent: number; error: string | null }
        | undefined;
    const review = largeReview(REVIEW_BYTES);
    const started = performance.now();
    let answered: number | null = null;
    const upload = startUpload(base, author, review).then(async (response) => {
      await response.text();
      answered = performance.now() - started;
      return response.status;
    });
    const busy: number[] = [];
    const writeLock = watchWriteLock(database);
    let lastStage = "";
    for (;;) {
      const job = hasJobs ? latestJob() : undefined;
      if (job && job.stage !== lastStage) {
        lastStage = job.stage;
        console.log(`  ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  job ${job.status.toLowerCase()}: ${job.stage} (${job.percent} %)`);
      }
      const finished = answered !== null && (!hasJobs || (job !== undefined && (job.status === "SUCCEEDED" || job.status === "FAILED")));
      if (finished || performance.now() - started > GIVE_UP_MS) break;
      busy.push(await studyRequest(base, student));
    }
    const status = await upload;
    const longestWriteWait = writeLock.stop();
    // The other half of the baseline after generation, so a change in the machine's load during
    // the run weighs on both sides alike.
    for (let i = 0; i < IDLE_REQUESTS / 2; i++) idle.push(await studyRequest(base, student));
    const job = hasJobs ? latestJob() : undefined;
    const deck = sqlite.prepare("SELECT (SELECT COUNT(*) FROM Question q WHERE q.deckId = d.id) AS questions FROM Deck d WHERE d.slug = 'bench-review'").get() as
      | { questions: number }
      | undefined;
    console.log(
      `upload: action answered ${status} after ${(answered! / 1000).toFixed(1)} s; generation over after ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
        (job ? `job ${job.status.toLowerCase()}${job.error ? ` (${job.error})` : ""}; ` : "") +
        (deck ? `deck saved with ${deck.questions} questions` : "no deck saved"),
    );
    console.log(`longest time the database refused another writer during generation: ${longestWriteWait.toFixed(0)} ms`);
    console.log(summary("idle", idle));
    console.log(summary("during generation", busy.length > 0 ? busy : [NaN]));
    console.log(`ratio during/idle: p50 ${(percentile(busy, 50) / percentile(idle, 50)).toFixed(2)}×, p95 ${(percentile(busy, 95) / percentile(idle, 95)).toFixed(2)}×`);
    sqlite.close();
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
