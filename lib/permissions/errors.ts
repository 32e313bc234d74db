// The one error type for "you may not do that"; routes turn it into 403/404 and forms into a message.
export class PermissionError extends Error {
  constructor(message = "You do not have access to this.") {
    super(message);
    this.name = "PermissionError";
  }
}

export class NotFoundError extends Error {
  constructor(message = "Not found.") {
    super(message);
    this.name = "NotFoundError";
  }
}
