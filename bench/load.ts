// The app under load, as students use it: a production build served by `next start` on a fresh
// SQLite file, N signed-in students, autocannon (a maintained load generator) driving
//   baseline   GET /api/auth/csrf (next-auth, no database: the framework's own request rate),
//   study      GET /study/<deck> (the study page with the queue),
//   dashboard  GET /dashboard (each student has a year of history), and a newcomer's (no deck yet),
//   signed-out GET /login with no cookie (a page prerendered at build time),
//   review     reveal + grade through the study routes (app/api/study), as the study page sends them,
// at 1, 10 and 50 concurrent students. Prints req/s, p50/p95/p99 latency, errors and server CPU
// per request, each rate as a ratio to the baseline measured in the same run; then checks that
// every review the server acknowledged is in the database. Asserts nothing else.
// Run: npm run bench -- load   (BENCH_SKIP_BUILD=1 reuses .next-bench; LOAD_SECONDS=n per phase;
// LOAD_PHASES=review times only some phases; LOAD_DEBUG=1 prints autocannon's status counts;
// LOAD_PROFILE=<dir> writes the server's CPU profile there).
// A phase's rate counts answers within its seconds; on a machine so loaded that one answer takes
// longer than a phase, raise LOAD_SECONDS (the "unanswered" column says when).
import "./support/temp-database";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { db } from "@/lib/db";
import { encode } from "next-auth/jwt";
import { hashPassword } from "@/lib/auth/password";
import { SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/auth/sessions";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { cloneStudent, createBenchDecks, createStudentWithHistory } from "./support/history";

const ROOT = path.resolve(__dirname, "..");
const DIST = ".next-bench";
const PORT = Number(process.env.LOAD_PORT ?? 3400);
const ORIGIN = `http://localhost:${PORT}`;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 6);
const LEVELS = [1, 10, 50];
/** LOAD_PHASES=review (or study, dashboard, comma-separated) times only those; the baseline always runs. */
const PHASES = new Set((process.env.LOAD_PHASES ?? "study,dashboard,signed-out,review").split(","));
const STUDENTS = Math.max(...LEVELS);
const PASSWORD = "bench-password";
const NOW = new Date();

type Student = { email: string; cookie: string; questions: string[] };
/** What autocannon keeps per connection: one student each. */
type Context = { student?: Student; questionId?: string; clientReviewId?: string };
const as = (context: object) => context as Context;

type Row = { phase: string; students: number; rps: number; p50: number; p95: number; p99: number; errors: number; unanswered: number; cpuMs: number };

// ---- the server -------------------------------------------------------------------------------

function build(env: NodeJS.ProcessEnv): void {
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(path.join(ROOT, DIST, "BUILD_ID"))) return;
  console.log("building the production app…");
  const result = spawnSync("npx", ["next", "build"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error("next build failed");
}

async function start(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  // LOAD_PROFILE=<dir> writes the server's CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.LOAD_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.LOAD_PROFILE)}`] : [];
  const next = path.join(ROOT, "node_modules/next/dist/bin/next");
  const server = spawn(process.execPath, [...profile, next, "start", "-p", String(PORT)], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${ORIGIN}/api/auth/csrf`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

/** CPU seconds used so far by the server and its child processes (Linux /proc). */
function serverCpuMs(server: ChildProcess): number {
  const ticks = 100; // USER_HZ
  const stat = (pid: number) => readFileSync(`/proc/${pid}/stat`, "utf8").slice(readFileSync(`/proc/${pid}/stat`, "utf8").lastIndexOf(")") + 2).split(" ");
  const tree = new Set([server.pid!]);
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (tree.has(Number(stat(Number(entry))[1]))) tree.add(Number(entry));
    } catch {
      // gone
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const fields = stat(pid);
      total += ((Number(fields[11]) + Number(fields[12])) / ticks) * 1000;
    } catch {
      // gone
    }
  }
  return total;
}

/**
 * Waits until the server has worked off what the previous phase left queued (autocannon stops
 * sending at the end of a phase, but the server still answers what it has accepted): otherwise
 * a slow phase's backlog is billed to the next one. Idle = under a tenth of a core for 0.5 s; at most a minute.
 */
async function settle(server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const before = serverCpuMs(server);
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (serverCpuMs(server) - before < 50) return;
  }
}

// ---- students ---------------------------------------------------------------------------------

async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${ORIGIN}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${ORIGIN}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`could not sign in ${email} (${response.status})`);
  return session.split(";")[0];
}

async function mintSessionCookie(userId: string, secret: string): Promise<string> {
  const sid = await startSession(userId, "bench/load.ts");
  const token = await encode({ token: { sub: userId, sid }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  return `${sessionCookieName(false)}=${token}`;
}

// ---- measuring --------------------------------------------------------------------------------

async function measure(
  server: ChildProcess,
  phase: string,
  students: number,
  options: Omit<autocannon.Options, "url" | "connections" | "duration">,
): Promise<Row> {
  await settle(server);
  const cpuBefore = serverCpuMs(server);
  // Every response's time, for exact percentiles (autocannon's summary has no p95).
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: ORIGIN, connections: students, duration: SECONDS, ...options }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
  // The server finishes what was sent before the phase ended: its CPU counts for those requests.
  await settle(server);
  const cpuMs = serverCpuMs(server) - cpuBefore;
  if (process.env.LOAD_DEBUG) console.log(phase, students, JSON.stringify({ sent: result.requests.sent, codes: result.statusCodeStats, errors: result.errors, timeouts: result.timeouts, resets: result.resets }));
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
  return {
    phase,
    students,
    rps: times.length / SECONDS,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: result.errors + result.timeouts + result.non2xx,
    // Sent but not answered when the phase ended (their time is in no percentile).
    unanswered: Math.max(0, result.requests.sent - times.length - result.errors - result.timeouts),
    cpuMs: result.requests.sent ? cpuMs / result.requests.sent : 0,
  };
}

function perStudent(students: Student[]) {
  let next = 0;
  return () => students[next++ % students.length];
}

/** The study page's reveal or grade for one question, as the browser sends it (lib/study/study-api.ts). */
function studyRequest(cookie: string, body: unknown) {
  return { headers: { cookie, "content-type": "application/json", origin: ORIGIN }, body: JSON.stringify(body) };
}
const revealBody = (questionId: string) => ({ questionId, response: "x", practice: false });
const reviewBody = (clientReviewId: string, questionId: string) => ({ clientReviewId, questionId, grade: 4, durationMs: 1500, seenVersion: 0 });
/** The routes answer with an `ActionResult` ({ ok: … }). */
const acknowledgedBody = (body: string) => body.startsWith('{"ok":true');

/** The scripts a page's HTML loads before it is interactive, gzipped as a server would send them. */
function firstLoadJsKb(html: string): string {
  // Not the noModule polyfills: browsers that run the app skip them.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((match) => match[0]).filter((tag) => !/nomodule/i.test(tag));
  const sources = new Set(tags.flatMap((tag) => /src="\/_next\/(static\/[^"]+\.js)"/.exec(tag)?.[1] ?? []));
  let bytes = 0;
  for (const source of sources) bytes += gzipSync(readFileSync(path.join(ROOT, DIST, source))).length;
  return (bytes / 1024).toFixed(0);
}

/** One of each request, checked, before anything is timed: a broken driver fails loudly here. */
async function preflight(student: Student, slug: string): Promise<void> {
  for (const target of [`/study/${slug}`, "/dashboard"]) {
    const started = performance.now();
    const response = await fetch(`${ORIGIN}${target}`, { headers: { cookie: student.cookie }, redirect: "manual" });
    const html = await response.text();
    if (response.status !== 200) throw new Error(`GET ${target} answered ${response.status}`);
    console.log(`  GET ${target}: ${(html.length / 1024).toFixed(0)} KB of HTML, first answer in ${(performance.now() - started).toFixed(0)} ms, first-load JS ${firstLoadJsKb(html)} KB gzip`);
  }
  const questionId = student.questions.shift()!;
  for (const [name, body] of [["reveal", revealBody(questionId)], ["review", reviewBody(randomUUID(), questionId)]] as const) {
    const response = await fetch(`${ORIGIN}/api/study/${name}`, { method: "POST", ...studyRequest(student.cookie, body) });
    const text = await response.text();
    if (response.status !== 200 || !acknowledgedBody(text)) throw new Error(`${name} answered ${response.status}: ${text.slice(0, 300)}`);
  }
}

async function main() {
  const began = performance.now();
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_DIST_DIR: DIST,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: ORIGIN,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
    PORT: String(PORT),
  };
  build(env);

  const creating = performance.now();
  const { slugs, questionIds } = await createBenchDecks(1, 2_000);
  const passwordHash = await hashPassword(PASSWORD);
  const template = await createStudentWithHistory("student0", questionIds, { cards: 200, reviews: 5_000, now: NOW, passwordHash });
  const created = [template];
  for (let i = 1; i < STUDENTS; i++) created.push(await cloneStudent(template, `student${i}`, passwordHash));
  // The review loop answers questions each student has never seen (version 0, a NEW review).
  const fresh = questionIds[0].slice(200);
  console.log(`${STUDENTS} students, each with 200 cards and 5,000 reviews over a year, in ${((performance.now() - creating) / 1000).toFixed(0)} s`);

  const server = await start(env);
  try {
    // The first student logs in through next-auth; the others get the same kind of session (a
    // Session row and a signed token naming it) directly, since the log-in throttle rightly
    // refuses 50 log-ins a minute from one address.
    const students: Student[] = [];
    for (const [i, student] of created.entries()) {
      const cookie = i === 0 ? await signIn(student.email) : await mintSessionCookie(student.id, env.NEXTAUTH_SECRET);
      students.push({ email: student.email, cookie, questions: [...fresh] });
    }
    // Newcomers: signed up, no deck yet (the dashboard shows how to start).
    const newcomers: Student[] = [];
    for (let i = 0; i < STUDENTS; i++) {
      const user = await db.user.create({ data: { email: `newcomer${i}@example.com`, name: `Newcomer ${i}`, passwordHash } });
      newcomers.push({ email: user.email, cookie: await mintSessionCookie(user.id, env.NEXTAUTH_SECRET), questions: [] });
    }
    await preflight(students[0], slugs[0]);
    const rows: Row[] = [];
    const acknowledged: string[] = [];

    // autocannon clears a connection's context after its last request, so each request picks its
    // student itself: round-robin over all of them, one student per request (or per review).
    for (const level of LEVELS) rows.push(await measure(server, "baseline GET /api/auth/csrf", level, { requests: [{ method: "GET", path: "/api/auth/csrf" }] }));
    const pages: [name: string, phase: string, target: string, who: Student[] | null][] = [
      ["study", `GET /study/${slugs[0]}`, `/study/${slugs[0]}`, students],
      ["dashboard", "GET /dashboard (a year of history)", "/dashboard", students],
      ["dashboard", "GET /dashboard (no deck yet)", "/dashboard", newcomers],
      ["signed-out", "GET /login (signed out, prerendered)", "/login", null],
    ];
    for (const [name, phase, target, who] of pages) {
      if (!PHASES.has(name)) continue;
      for (const level of LEVELS) {
        const nextStudent = who ? perStudent(who) : null;
        const signedIn = nextStudent ? { setupRequest: (request: autocannon.Request) => ({ ...request, headers: { cookie: nextStudent().cookie } }) } : {};
        rows.push(await measure(server, phase, level, { requests: [{ method: "GET", path: target, ...signedIn }] }));
      }
    }
    for (const level of PHASES.has("review") ? LEVELS : []) {
      const nextStudent = perStudent(students);
      const row = await measure(server, "review (reveal + grade)", level, {
        requests: [
          {
            method: "POST",
            path: "/api/study/reveal",
            setupRequest: (request, raw) => {
              const context = as(raw);
              context.student = nextStudent();
              context.questionId = context.student.questions.shift();
              return { ...request, ...studyRequest(context.student.cookie, revealBody(context.questionId!)) };
            },
          },
          {
            method: "POST",
            path: "/api/study/review",
            setupRequest: (request, raw) => {
              const context = as(raw);
              context.clientReviewId = randomUUID();
              return { ...request, ...studyRequest(context.student!.cookie, reviewBody(context.clientReviewId, context.questionId!)) };
            },
            onResponse: (_status, body, context) => {
              if (acknowledgedBody(body)) acknowledged.push(as(context).clientReviewId!);
            },
          },
        ],
      });
      // Two requests make one review; a refusal (ok: false) has an error status, counted in errors.
      rows.push({ ...row, rps: row.rps / 2, cpuMs: row.cpuMs * 2 });
    }

    // In chunks: Prisma binds at most 999 values to one SQLite statement.
    let stored = 0;
    for (let start = 0; start < acknowledged.length; start += 500) {
      stored += await db.reviewLog.count({ where: { clientReviewId: { in: acknowledged.slice(start, start + 500) } } });
    }
    report(rows);
    console.log(`\nacknowledged reviews: ${acknowledged.length}; in the database: ${stored}${stored === acknowledged.length ? " (none lost)" : " — LOST REVIEWS"}`);
    console.log(`whole run ${((performance.now() - began) / 1000).toFixed(0)} s`);
    if (stored !== acknowledged.length) process.exitCode = 1;
  } finally {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited; // a CPU profile (LOAD_PROFILE) is written as the server exits
    await db.$disconnect();
  }
}

function report(rows: Row[]): void {
  const baseline = new Map(rows.filter((row) => row.phase.startsWith("baseline")).map((row) => [row.students, row.rps]));
  const table = [["what", "students", "req/s", "× baseline", "p50 ms", "p95 ms", "p99 ms", "errors", "unanswered", "CPU ms/req"]];
  for (const row of rows) {
    const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0);
    table.push([row.phase, String(row.students), row.rps.toFixed(0), (row.rps / baseline.get(row.students)!).toFixed(2), ms(row.p50), ms(row.p95), ms(row.p99), String(row.errors), String(row.unanswered), row.cpuMs.toFixed(1)]);
  }
  const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
  console.log();
  for (const line of table) console.log(line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  "));
  console.log(`\n${SECONDS} s per phase; review rows count one reveal + one grade as one review; ${new Date().toISOString()}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
