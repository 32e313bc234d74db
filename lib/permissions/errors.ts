// "You may not do that" and "there is nothing there (for you)": the refusals permission checks
// give. Hidden things answer not found, so a refusal never confirms that something exists.
import { Refusal } from "@/lib/errors/refusal";

export class PermissionError extends Refusal {
  constructor(message = "You do not have access to this.") {
    super("forbidden", message);
    this.name = "PermissionError";
  }
}

export class NotFoundError extends Refusal {
  constructor(message = "Not found.") {
    super("not_found", message);
    this.name = "NotFoundError";
  }
}
