/** Domain errors: thrown anywhere, turned into one JSON shape by the central error handler. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, message);
  }
}

export class BadRequestError extends HttpError {
  constructor(message: string) {
    super(400, message);
  }
}

export class UnprocessableError extends HttpError {
  constructor(message: string) {
    super(422, message);
  }
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The database is unavailable at the moment. Please try again shortly.";

/** The database cannot be reached (down, restarting, out of connections): retryable, so 503. */
export class DatabaseUnavailableError extends HttpError {
  constructor(options?: { cause?: unknown }) {
    super(503, DATABASE_UNAVAILABLE_MESSAGE);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
