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

/** A problem at a place in a file or list: the row (as a spreadsheet numbers it) and the column's header. */
export interface RowProblem {
  row: number | null;
  column: string | null;
  message: string;
}

/**
 * Input that fails on many rows at once (a return file, an areas CSV, the grid): 422 with every
 * problem listed, so a performance officer can fix them all in one go.
 */
export class RowErrorsError extends HttpError {
  constructor(
    message: string,
    readonly errors: readonly RowProblem[],
  ) {
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
