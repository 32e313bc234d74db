// The simulator's command line, checked: every option named, every number whole and in range,
// so a bad invocation gets one line saying what is wrong (the script exits 2 with it).
import { parseArgs } from "node:util";
import { z } from "zod";
import { SIMULATION_LIMITS } from "./simulate";

export const DEFAULT_CHART_PATH = "content/simulation.svg";

export const SIMULATE_USAGE =
  "usage: npm run -s simulate -- [--students N] [--days N] [--cards N] [--seed N] [--new-per-day N] [--json] [--chart PATH.svg|none]";

export type SimulateArgs = {
  students: number;
  days: number;
  cards: number;
  seed: number;
  newPerDay: number;
  json: boolean;
  /** Where to write the SVG chart; null for none. */
  chart: string | null;
  help: boolean;
};

const NUMBER_OPTIONS = { students: "students", days: "days", cards: "cards", seed: "seed", newPerDay: "new-per-day" } as const;

function wholeNumber(flag: string, { min, max, default: fallback }: { min: number; max: number; default: number }) {
  const message = (got: string) => `--${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(got)}`;
  return z
    .string()
    .default(String(fallback))
    .transform((text, ctx) => {
      const value = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
      if (!(value >= min && value <= max)) {
        ctx.addIssue({ code: "custom", message: message(text) });
        return z.NEVER;
      }
      return value;
    });
}

const argsSchema = z
  .object({
    students: wholeNumber(NUMBER_OPTIONS.students, SIMULATION_LIMITS.students),
    days: wholeNumber(NUMBER_OPTIONS.days, SIMULATION_LIMITS.days),
    cards: wholeNumber(NUMBER_OPTIONS.cards, SIMULATION_LIMITS.cards),
    seed: wholeNumber(NUMBER_OPTIONS.seed, SIMULATION_LIMITS.seed),
    "new-per-day": wholeNumber(NUMBER_OPTIONS.newPerDay, SIMULATION_LIMITS.newPerDay),
    json: z.boolean().default(false),
    help: z.boolean().default(false),
    chart: z
      .string()
      .default(DEFAULT_CHART_PATH)
      .refine((path) => path === "none" || /\.svg$/i.test(path), { message: "--chart must be a path ending in .svg, or none" }),
  })
  .superRefine((args, ctx) => {
    if (args.students * args.cards > SIMULATION_LIMITS.cardHistories) {
      ctx.addIssue({
        code: "custom",
        message: `--students × --cards must be at most ${SIMULATION_LIMITS.cardHistories}, got ${args.students} × ${args.cards} (a larger run takes many minutes)`,
      });
    }
  });

export function parseSimulateArgs(argv: readonly string[]): { ok: true; args: SimulateArgs } | { ok: false; error: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        students: { type: "string" },
        days: { type: "string" },
        cards: { type: "string" },
        seed: { type: "string" },
        "new-per-day": { type: "string" },
        chart: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return { ok: false, error: parseErrorMessage(error) };
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0].message };
  const { "new-per-day": newPerDay, chart, ...rest } = parsed.data;
  return { ok: true, args: { ...rest, newPerDay, chart: chart === "none" ? null : chart } };
}

// node:util's messages run to several sentences; the CLI answers in one line.
function parseErrorMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option}; ${SIMULATE_USAGE}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return `${option} ${/does not take an argument/.test(message) ? "takes no value" : "needs a value"}; ${SIMULATE_USAGE}`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `unexpected argument ${JSON.stringify(/'([^']*)'/.exec(message)?.[1] ?? "")}; ${SIMULATE_USAGE}`;
  return message.split("\n")[0];
}
