// Owns the checks a request passes before Next.js handles it, for what Next would otherwise
// answer with a bare 500: a server action posted from another site, a body over the upload
// limit, a path whose percent-encoding is broken. Pure: headers in, a refusal (or null) out.

/** Server actions accept bodies up to this (next.config.js serverActions.bodySizeLimit reads it). */
export const ACTION_BODY_LIMIT_BYTES = 3 * 1024 * 1024;

export type Refused = { status: 400 | 403 | 411 | 413; message: string };

type RequestFacts = { method: string; pathname: string; headers: Headers };

/** The host the browser addressed: Next compares a server action's Origin against the same. */
function requestHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

function isServerAction({ method, headers }: RequestFacts): boolean {
  return method === "POST" && headers.has("next-action");
}

/**
 * Whether a POST's Origin names another site than the host the browser addressed (a forged form
 * or script). No Origin: not a browser (browsers send one on every POST), so not a forgery.
 */
export function fromAnotherSite(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host !== requestHost(headers);
  } catch {
    return true;
  }
}

export const CROSS_SITE_MESSAGE = "This request came from another site and was refused.";

/** A server action from a page on another site (a forged form): refused before it runs. */
export function crossSiteAction(request: RequestFacts): Refused | null {
  if (!isServerAction(request)) return null;
  return fromAnotherSite(request.headers) ? { status: 403, message: CROSS_SITE_MESSAGE } : null;
}

/** A server action body over the limit (route handlers set their own limits). */
export function oversizedBody(request: RequestFacts): Refused | null {
  if (!isServerAction(request)) return null;
  // Browsers always say how long a server action's body is; without it the size is unknown until
  // Next has read past the limit, which it reports as a 500.
  const declared = request.headers.get("content-length");
  if (declared === null) return { status: 411, message: "Send this request with a Content-Length header." };
  const length = Number(declared);
  if (!Number.isFinite(length) || length <= ACTION_BODY_LIMIT_BYTES) return null;
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return {
    status: 413,
    message: `That request is ${megabytes(length)} MB, over the ${megabytes(ACTION_BODY_LIMIT_BYTES)} MB limit. A review can be up to 2 MB.`,
  };
}

export function malformedPath({ pathname }: RequestFacts): Refused | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return { status: 400, message: "That address is not valid. Check the link and try again." };
  }
}

/** The first refusal that applies, in the order a person would want to hear it. */
export function refuseRequest(request: RequestFacts): Refused | null {
  return malformedPath(request) ?? crossSiteAction(request) ?? oversizedBody(request);
}
