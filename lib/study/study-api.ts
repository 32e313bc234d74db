// The study page's calls to the server (client-safe): reveal, grade and undo, each one POST of
// JSON to its route in app/api/study, answered with a server action's result. Throws when no
// such answer arrives (network down, server restarting or failing): the caller says so.
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import type { revealInputSchema, reviewInputSchema, undoInputSchema } from "./inputs";
import type { ReviewOutcome } from "./review";
import type { Reveal, StudyCard } from "./session";

async function post<T>(path: string, input: unknown): Promise<ActionResult<T>> {
  const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
  const result = (await response.json()) as ActionResult<T> | null;
  if (typeof result?.ok !== "boolean") throw new Error(`${path} answered ${response.status} without a result`);
  return result;
}

export const revealCard = (input: z.input<typeof revealInputSchema>) => post<Reveal>("/api/study/reveal", input);

export const gradeCard = (input: z.input<typeof reviewInputSchema>) => post<ReviewOutcome>("/api/study/review", input);

export const undoGrade = (input: z.input<typeof undoInputSchema>) => post<{ card: StudyCard; reveal: Reveal }>("/api/study/undo", input);
