// Owns the one way the app's own pages call a JSON route handler: a POST of one JSON value from
// this site, answered with the same result a server action gives (lib/actions/server-action.ts
// checks the input, the user and turns refusals into the result). The study loop posts its
// reveal, grade and undo here: Next's server-action pipeline cost more CPU than the review itself
// (issue #12). Route handlers get none of the action's built-in checks, so this makes its own:
// JSON only (a page on another site cannot send it without a CORS preflight nobody answers), the
// Origin of this site, a small body.
import "server-only";
import type { z } from "zod";
import { runAction, type Context, type Options } from "@/lib/actions/server-action";
import { INVALID_REQUEST_MESSAGE, type ActionResult } from "@/lib/actions/result";
import { REFUSAL_STATUS, type RefusalCode } from "@/lib/errors/refusal";
import { CROSS_SITE_MESSAGE, fromAnotherSite } from "./request-guards";

/** A study request is a few ids and at most one typed answer (lib/study/inputs.ts). */
export const JSON_ROUTE_BODY_LIMIT_BYTES = 64 * 1024;

const TOO_LARGE_MESSAGE = "That request is too large.";

/** A JSON answer no cache keeps: what every route of ours about one user's data answers. */
export function privateJson(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}


const refuse = (status: number, code: RefusalCode, error: string) => privateJson(status, { ok: false, code, error } satisfies ActionResult);

/** The body as one JSON value, or the refusal to answer instead. */
async function readJson(request: Request): Promise<{ value: unknown } | Response> {
  if (request.headers.get("content-type")?.split(";")[0].trim().toLowerCase() !== "application/json") {
    return refuse(415, "invalid", INVALID_REQUEST_MESSAGE);
  }
  if (fromAnotherSite(request.headers)) return refuse(403, "forbidden", CROSS_SITE_MESSAGE);
  if (Number(request.headers.get("content-length") ?? 0) > JSON_ROUTE_BODY_LIMIT_BYTES) return refuse(413, "too_large", TOO_LARGE_MESSAGE);
  let text: string;
  try {
    text = await request.text();
  } catch {
    return refuse(400, "invalid", INVALID_REQUEST_MESSAGE);
  }
  if (text.length > JSON_ROUTE_BODY_LIMIT_BYTES) return refuse(413, "too_large", TOO_LARGE_MESSAGE);
  try {
    return { value: JSON.parse(text) };
  } catch {
    return refuse(400, "invalid", INVALID_REQUEST_MESSAGE);
  }
}

/** A POST route handler that runs `handler` as serverAction would, answering its result as JSON. */
export function jsonRoute<S extends z.ZodType, T, Auth extends "user" | "anyone" = "user">(
  schema: S,
  handler: (data: z.output<S>, context: Context<Auth>) => Promise<T>,
  options: Options<Auth> = {},
): (request: Request) => Promise<Response> {
  return async (request) => {
    const body = await readJson(request);
    if (body instanceof Response) return body;
    const result = await runAction(schema, body.value, handler, options);
    return privateJson(result.ok ? 200 : REFUSAL_STATUS[result.code], result);
  };
}
