// Reproduced against a production build: create-class submitted twice made two classes.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "../support/fixtures";

const session = vi.hoisted(() => ({ user: null as null | { id: string } }));
class Redirect extends Error {}
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Redirect(url), { url });
  },
}));

const { createClassAction } = await import("@/app/(app)/classes/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const redirectOf = (promise: Promise<unknown>) => promise.then(() => null, (error: { url?: string }) => error.url ?? error);

describe("creating a class", () => {
  it("makes one class when the same form is submitted twice, one after the other or at once", async () => {
    const instructor = (session.user = await createUser());
    const submission = form({ name: "Deep learning", creationKey: randomUUID() });
    const first = await redirectOf(createClassAction(null, submission));
    const again = await redirectOf(createClassAction(null, submission));
    expect(again).toBe(first);

    const burst = form({ name: "Databases", creationKey: randomUUID() });
    const targets = await Promise.all([1, 2, 3].map(() => redirectOf(createClassAction(null, burst))));
    expect(new Set(targets).size).toBe(1);
    expect(await db.class.count({ where: { ownerId: instructor.id } })).toBe(2);
  });

  it("makes a new class for each new form, and refuses a malformed key", async () => {
    const instructor = (session.user = await createUser());
    await redirectOf(createClassAction(null, form({ name: "A", creationKey: randomUUID() })));
    await redirectOf(createClassAction(null, form({ name: "A", creationKey: randomUUID() })));
    expect(await createClassAction(null, form({ name: "A", creationKey: "not-a-key" }))).toMatchObject({ ok: false, code: "invalid" });
    expect(await db.class.count({ where: { ownerId: instructor.id } })).toBe(2);
  });

  it("refuses text with a NUL character, which PostgreSQL cannot store, and writes nothing", async () => {
    const instructor = (session.user = await createUser());
    const result = await createClassAction(null, form({ name: "Deep\u0000learning", creationKey: randomUUID() }));
    expect(result).toEqual({ ok: false, code: "invalid", error: "Text cannot contain NUL characters." });
    expect(await db.class.count({ where: { ownerId: instructor.id } })).toBe(0);
  });
});
