// A refusal caused by what the user typed or picked; forms show it next to the field named.
import { Refusal } from "@/lib/errors/refusal";

export type ClassFormField = "name" | "joinCode" | "deckId" | "dueDate" | "targetCorrectPct";

export class ClassFormError extends Refusal {
  constructor(field: ClassFormField | null, message: string) {
    super("invalid", message, field ?? undefined);
    this.name = "ClassFormError";
  }
}

export const NO_SUCH_JOIN_CODE = "No class has that join code.";
