// Refusals a student can act on: the message is shown to them as it is.
import { Refusal } from "@/lib/errors/refusal";

export class StudyError extends Refusal {
  constructor(code: "invalid" | "conflict" | "not_found", message: string) {
    super(code, message);
    this.name = "StudyError";
  }
}
