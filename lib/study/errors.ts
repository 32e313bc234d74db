// Refusals a student can act on: the message is shown to them as it is.
export class StudyError extends Error {
  constructor(
    readonly code: "invalid" | "conflict" | "not_found",
    message: string,
  ) {
    super(message);
    this.name = "StudyError";
  }
}
