// A refusal caused by what the user typed or picked; forms show it next to the field named.
export class ClassFormError extends Error {
  constructor(
    readonly field: "name" | "joinCode" | "deckId" | "dueDate" | "targetCorrectPct" | null,
    message: string,
  ) {
    super(message);
    this.name = "ClassFormError";
  }
}

export const NO_SUCH_JOIN_CODE = "No class has that join code.";
