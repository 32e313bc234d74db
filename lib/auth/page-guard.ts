// Owns the way a page that shows one thing (a class, a deck, a study scope) gets it: the visitor
// must be signed in (else log in and come back), the address must parse, and the thing must be
// theirs to see. Anything hidden, missing or malformed answers the same "not found" page, so a
// page never confirms that something exists for someone who may not see it.
import "server-only";
import { notFound } from "next/navigation";
import type { z } from "zod";
import { Refusal } from "@/lib/errors/refusal";
import { containsNul } from "@/lib/validation/nul";
import { requireUser, type CurrentUser } from "./session";

const HIDDEN: ReadonlySet<Refusal["code"]> = new Set(["not_found", "forbidden", "invalid"]);

/**
 * `path` is the page's own address (where log-in returns to); `param` the raw segment it names,
 * checked with `schema`; `load` reads what the page shows, refusing through lib's Refusals.
 */
export async function guardPage<S extends z.ZodType, T>(
  { path, param, schema }: { path: string; param: unknown; schema: S },
  load: (user: CurrentUser, value: z.output<S>) => Promise<T>,
): Promise<{ user: CurrentUser; data: T }> {
  const user = await requireUser(path);
  const parsed = schema.safeParse(param);
  if (!parsed.success || containsNul(parsed.data)) notFound();
  try {
    return { user, data: await load(user, parsed.data) };
  } catch (error) {
    if (error instanceof Refusal && HIDDEN.has(error.code)) notFound();
    throw error;
  }
}
