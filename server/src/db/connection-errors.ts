/**
 * Tells "the database cannot be reached" apart from every other failure, so the error handler can
 * answer 503 (try again shortly) instead of 500 (a bug). Drizzle wraps driver errors in a
 * DrizzleQueryError and Node wraps dual-stack connect failures in an AggregateError, so the whole
 * `cause` / `errors` chain is searched.
 */

/** Socket-level failures: the server is down, restarting, or the network between us is. */
const socketCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01 admin_shutdown, 57P02
 * crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down), 53300
 * too_many_connections.
 */
const sqlStates = new Set(["57P01", "57P02", "57P03", "53300"]);

/** node-postgres reports some of these only as messages, without a code. */
const messages = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /Connection is not queryable|not queryable/,
  /Cannot use a pool after calling end on the pool/,
];

function isUnavailableHere(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (
    typeof code === "string" &&
    (socketCodes.has(code) || sqlStates.has(code) || /^08[0-9A-Z]{3}$/.test(code))
  ) {
    return true;
  }
  return typeof message === "string" && messages.some((pattern) => pattern.test(message));
}

export function isDatabaseUnavailableError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  if (isUnavailableHere(error)) return true;
  const { cause, errors } = error as { cause?: unknown; errors?: unknown };
  if (isDatabaseUnavailableError(cause, depth + 1)) return true;
  return Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailableError(inner, depth + 1));
}
