// Fuzzes everything a browser — or a script pretending to be one — can call on the server: every
// exported server action (found by scanning app/ for "use server" modules, so a new action is
// fuzzed without editing this file), every route handler and every page's URL parameters. Each
// is called by each kind of visitor with random and hostile arguments: wrong types, huge strings,
// control characters, unicode, NaN, nested arrays, prototype keys, other people's real ids.
// The properties: nothing throws (a thrown error is a 500), an action answers an ActionResult,
// and a refused call changes nothing in the database.
// FUZZ_RUNS=n sets the inputs per (target, visitor); the total is printed at the end.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { ReactNode } from "react";
import { renderToReadableStream } from "react-dom/server.edge";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const signals = vi.hoisted(() => {
  class Redirect extends Error {}
  class NotFound extends Error {}
  return { Redirect, NotFound, user: null as null | { id: string; email: string; name: string; timezone: string; dayStartsAtHour: number; newPerDay: number } };
});

vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: async () => signals.user,
  requireUser: async () => {
    if (!signals.user) throw new signals.Redirect("/login");
    return signals.user;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "recall.test" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: () => undefined, replace: () => undefined, refresh: () => undefined, back: () => undefined, prefetch: () => undefined }),
  usePathname: () => "/",
  useSearchParams: () => new URLSearchParams(),
  redirect: (url: string) => {
    throw new signals.Redirect(url);
  },
  permanentRedirect: (url: string) => {
    throw new signals.Redirect(url);
  },
  notFound: () => {
    throw new signals.NotFound("not found");
  },
}));

import { db } from "@/lib/db";
import { changesSoFar } from "../support/database-changes";
import { createDeck, enroll } from "../support/fixtures";
import { classWithMembers } from "../classes/class-fixtures";

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
// Each test runs many whole page renders or actions; on a busy CI machine that takes a while.
vi.setConfig({ testTimeout: 180_000 });
const APP = path.resolve(__dirname, "../../app");
// next-auth's own handler is next-auth's surface (credentials are fuzzed through e2e and the
// auth tests); everything else under app/ is ours.
const NOT_OURS = new Set(["api/auth/[...nextauth]/route.ts"]);

function filesUnder(dir: string, accept: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full, accept);
    const relative = path.relative(APP, full);
    return accept(relative) && !NOT_OURS.has(relative) ? [relative] : [];
  });
}

const actionModules = filesUnder(APP, (file) => /\.tsx?$/.test(file) && /^\s*["']use server["']/m.test(readFileSync(path.join(APP, file), "utf8")));
const pageModules = filesUnder(APP, (file) => /(^|\/)page\.tsx$/.test(file));
const routeModules = filesUnder(APP, (file) => /(^|\/)route\.ts$/.test(file));

/** The dynamic segments of a route file's path, e.g. ["classId"] for classes/[classId]/page.tsx. */
const segmentsOf = (file: string) => [...file.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((match) => match[1]);

type World = Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const setup = await classWithMembers(1);
  const assigned = await createDeck({ visibility: "PRIVATE", ownerId: setup.instructor.id });
  const draft = await createDeck({ visibility: "PRIVATE", ownerId: setup.instructor.id, published: false });
  const open = await createDeck({ visibility: "PUBLIC", questions: [{ type: "mcq", answer: "Google Brain", choices: ["Google Brain", "Meta AI", "OpenAI"] }, {}] });
  await enroll(setup.students[0].id, open.deck.id);
  const assignment = await db.assignment.create({ data: { classId: setup.classId, deckId: assigned.deck.id } });
  return {
    ...setup,
    /** Real values for each kind of URL segment, so fuzzing reaches past "not found". */
    segmentValues: {
      classId: [setup.classId],
      slug: [assigned.deck.slug, draft.deck.slug, open.deck.slug],
      deck: [assigned.deck.slug, open.deck.slug, "all", "hardest"],
      code: [setup.joinCode],
    } as Record<string, string[]>,
    ids: [
      setup.classId,
      setup.joinCode,
      setup.instructor.id,
      setup.students[0].id,
      setup.outsider.id,
      assigned.deck.id,
      assigned.deck.slug,
      draft.deck.id,
      draft.deck.slug,
      open.deck.id,
      open.deck.slug,
      assignment.id,
      ...open.questions.map((question) => question.id),
      ...draft.questions.map((question) => question.id),
    ],
  };
}

let world: World;
let inputs = 0;

beforeAll(async () => {
  world = await buildWorld();
}, 60_000);

afterAll(() => {
  console.log(`fuzz: ${inputs} hostile inputs across ${actionModules.length} action modules, ${pageModules.length} pages, ${routeModules.length} route handlers`);
});

// ---- What hostile input looks like -------------------------------------------------------------

const FIELD_NAMES = [
  "classId", "deckId", "questionId", "studentId", "assignmentId", "joinCode", "name", "title", "text", "file",
  "dueDate", "targetCorrectPct", "rejected", "visibility", "prompt", "answer", "explanation", "timezone",
  "dayStartsAtHour", "newPerDay", "email", "password", "currentPassword", "newPassword", "confirmPassword", "response", "grade",
  "clientReviewId", "seenVersion", "durationMs", "practice", "creationKey", "jobId", "format", "slug", "tier",
  "__proto__", "constructor", "toString",
];

const PROTOTYPE_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];

/** Strings as an attacker picks them: real ids (other people's too) and prototype keys often. */
const hostileString = () =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...(world?.ids ?? ["x"])), weight: 4 },
    { arbitrary: fc.constantFrom(...PROTOTYPE_KEYS), weight: 2 },
    { arbitrary: fc.string(), weight: 1 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        "", " ", "\u0000", "\t\n\r", "NaN", "-1", "0", "1e309", "Infinity", "%E0%A4%A", "../../etc/passwd", "<script>alert(1)</script>",
        "=HYPERLINK(\"http://evil\")", "' OR 1=1 --", "\u202eevil", "😀".repeat(50), "PUBLIC", "PRIVATE", "true", "false", "2026-02-30",
        "9999-12-31", "00000000-0000-0000-0000-000000000000", "student-removed",
      ),
      weight: 2,
    },
    { arbitrary: fc.string({ minLength: 2_000, maxLength: 6_000 }), weight: 1 },
    { arbitrary: fc.uuid(), weight: 1 },
  );

/** A URL segment: usually a real value of its kind (a class id for [classId]), else hostile. */
const segmentValue = (segment: string) =>
  fc.oneof({ arbitrary: fc.constantFrom(...(world.segmentValues[segment] ?? world.ids)), weight: 3 }, { arbitrary: hostileString(), weight: 1 });

const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small" },
      hostileString(),
      fc.integer(),
      fc.double(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, Number.MAX_SAFE_INTEGER + 2),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string()), tie("value"), { maxKeys: 5 }),
    ),
  })).value;

/** A FormData with some of the fields an action reads (and some it does not), hostile values. */
const hostileForm = () =>
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 12 })),
        fc.oneof(hostileString(), fc.uint8Array({ maxLength: 64 }).map((bytes) => new File([bytes], "review.md"))),
      ),
      { maxLength: 8 },
    )
    .map((entries) => {
      const form = new FormData();
      for (const [key, value] of entries) form.append(key, value);
      return form;
    });

/** Argument lists as a forged request could send them (Next passes them to the action as is). */
const hostileArguments = () =>
  fc.oneof(
    fc.constant([] as unknown[]),
    fc.tuple(hostileValue()),
    fc.tuple(hostileValue(), hostileForm()),
    fc.tuple(fc.constant(null), hostileForm()),
    fc.tuple(hostileValue(), hostileValue()),
    fc.tuple(hostileValue(), hostileValue(), hostileValue()),
  );

// ---- Visitors and the database ----------------------------------------------------------------

type Visitor = "instructor" | "student" | "outsider" | "signedOut";
const VISITORS: Visitor[] = ["instructor", "student", "outsider", "signedOut"];

function visit(as: Visitor) {
  signals.user = as === "instructor" ? world.instructor : as === "student" ? world.students[0] : as === "outsider" ? world.outsider : null;
}


/** Next's navigation signals are answers, not errors. */
const isNavigation = (error: unknown) => error instanceof signals.Redirect || error instanceof signals.NotFound;

function isActionResult(value: unknown): boolean {
  if (!value || typeof value !== "object" || !("ok" in value)) return false;
  return (value as { ok: unknown }).ok === true || ((value as { ok: unknown }).ok === false && typeof (value as { code?: unknown }).code === "string");
}

// ---- The properties ---------------------------------------------------------------------------

describe("every server action", () => {
  it("finds the actions to fuzz", () => {
    expect(actionModules.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of actionModules) {
    describe(file, () => {
      for (const visitor of VISITORS) {
        it(`answers hostile calls from ${visitor === "signedOut" ? "a signed-out visitor" : `the ${visitor}`} with a result, changing nothing when it refuses`, async () => {
          const module = (await import(path.join(APP, file))) as Record<string, unknown>;
          const actions = Object.entries(module).filter((entry): entry is [string, (...args: unknown[]) => Promise<unknown>] => typeof entry[1] === "function");
          expect(actions.length).toBeGreaterThan(0);
          visit(visitor);
          await fc.assert(
            fc.asyncProperty(fc.constantFrom(...actions), hostileArguments(), async ([name, action], args) => {
              inputs++;
              const before = await changesSoFar();
              let result: unknown;
              try {
                result = await action(...args);
              } catch (error) {
                if (isNavigation(error)) return;
                throw new Error(`${name}(${describeArgs(args)}) threw: ${String(error)}`);
              }
              if (!isActionResult(result)) throw new Error(`${name} answered ${JSON.stringify(result)?.slice(0, 200)}`);
              if ((result as { ok: boolean }).ok === false && (await changesSoFar()) !== before) {
                throw new Error(`${name} refused (${JSON.stringify(result).slice(0, 200)}) but changed the database`);
              }
            }),
            { numRuns: RUNS },
          );
        });
      }
    });
  }
});

// The inputs reproduced against a production build, kept as fixed cases beside the random ones.
describe("reproduced inputs", () => {
  it("?done=__proto__, constructor and toString on the instructor's class page", async () => {
    const ClassPage = ((await import(path.join(APP, "(app)/classes/[classId]/page.tsx"))) as { default: (props: unknown) => Promise<unknown> }).default;
    visit("instructor");
    for (const done of PROTOTYPE_KEYS) {
      inputs++;
      await renderPage(await ClassPage({ params: Promise.resolve({ classId: world.classId }), searchParams: Promise.resolve({ done }) }));
    }
  });

  it("form actions called with [{}] or [{}, {classId}] instead of FormData", async () => {
    const module = (await import(path.join(APP, "(app)/classes/actions.ts"))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    visit("instructor");
    for (const action of Object.values(module)) {
      for (const args of [[{}], [{}, { classId: world.classId }], [{}, { classId: world.classId, name: "x" }]]) {
        inputs++;
        expect(await action(...args)).toMatchObject({ ok: false, code: "invalid" });
      }
    }
  });
});

describe("every page", () => {
  for (const file of pageModules) {
    const segments = segmentsOf(file);
    it(`${file} renders, redirects or answers not found for hostile URL parameters, for every visitor`, async () => {
      const Page = ((await import(path.join(APP, file))) as { default: (props: unknown) => Promise<unknown> }).default;
      const params = fc.record(Object.fromEntries(segments.map((segment) => [segment, segmentValue(segment)])));
      const searchKey = fc.oneof({ arbitrary: fc.constantFrom("done", "callbackUrl", "scope", "page", ...PROTOTYPE_KEYS), weight: 4 }, { arbitrary: fc.string(), weight: 1 });
      const searchValue = fc.oneof({ arbitrary: fc.constantFrom(...PROTOTYPE_KEYS), weight: 2 }, { arbitrary: hostileString(), weight: 2 }, { arbitrary: fc.array(hostileString(), { maxLength: 3 }), weight: 1 });
      const searchParams = fc.dictionary(searchKey, searchValue, { maxKeys: 4 });
      for (const visitor of VISITORS) await fc.assert(
        fc.asyncProperty(params, searchParams, async (values, search) => {
          inputs++;
          visit(visitor);
          const before = await changesSoFar();
          try {
            await renderPage(await Page({ params: Promise.resolve(values), searchParams: Promise.resolve(search) }));
          } catch (error) {
            if (!isNavigation(error)) throw new Error(`${file} with ${JSON.stringify({ values, search }).slice(0, 300)} as ${visitor} threw: ${String(error)}`);
          }
          // Showing a page never writes.
          expect(await changesSoFar()).toBe(before);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe("every route handler", () => {
  for (const file of routeModules) {
    const segments = segmentsOf(file);
    it(`${file} answers hostile requests below 500`, async () => {
      const handlers = Object.entries((await import(path.join(APP, file))) as Record<string, unknown>).filter(
        (entry): entry is [string, (request: Request, context: unknown) => Promise<Response>] => /^(GET|POST|PUT|PATCH|DELETE)$/.test(entry[0]) && typeof entry[1] === "function",
      );
      const params = fc.record(Object.fromEntries(segments.map((segment) => [segment, segmentValue(segment)])));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...VISITORS), fc.constantFrom(...handlers), params, fc.string(), hostileString(), async (visitor, [method, handler], values, query, body) => {
          inputs++;
          visit(visitor);
          const url = `http://recall.test/x?${encodeURIComponent(query)}=${encodeURIComponent(query)}`;
          const request = new Request(url, method === "GET" ? { method } : { method, body });
          let response: Response;
          try {
            response = await handler(request, { params: Promise.resolve(values) });
          } catch (error) {
            if (isNavigation(error)) return;
            throw new Error(`${method} ${file} threw: ${String(error)}`);
          }
          expect(response.status).toBeLessThan(500);
        }),
        { numRuns: RUNS * 2 },
      );
    });
  }
});

/** Renders the whole tree the page returned, as the server would, so a bad child fails here too. */
async function renderPage(element: unknown): Promise<void> {
  const errors: unknown[] = [];
  const stream = await renderToReadableStream(element as ReactNode, { onError: (error) => void errors.push(error) });
  await stream.allReady;
  await new Response(stream).text();
  const real = errors.find((error) => !isNavigation(error));
  if (real) throw real;
  const navigation = errors.find(isNavigation);
  if (navigation) throw navigation;
}

function describeArgs(args: unknown[]): string {
  return args
    .map((arg) => (arg instanceof FormData ? `FormData(${JSON.stringify([...arg.entries()].map(([key, value]) => [key, typeof value === "string" ? value.slice(0, 40) : "File"]))})` : JSON.stringify(arg)?.slice(0, 120)))
    .join(", ");
}
