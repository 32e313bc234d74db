// What `import { z } from "zod"` loads in browser bundles (next.config.js turbopack.resolveAlias):
// zod itself, told not to compile parsers with `new Function`. Its probe for that ability is an
// eval the Content-Security-Policy forbids, which the browser reports as a violation. Evaluated
// before any module that builds a schema (they all import "zod"), so the setting is in place first.
import * as zod from "zod/v4";

zod.config({ jitless: true });

export * from "zod/v4";
