import { errorResponseSchema } from "@scorecard/shared/api-schema";
import type { z } from "zod";

/** An API answer that was not a success, carrying the server's own message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** From a 429's Retry-After header: how many seconds until asking again can succeed. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Where one organisation's API lives: `/api/orgs/{org}` (then `/areas`, `/scorecard`…). */
export const orgApiPath = (org: string) => `/api/orgs/${encodeURIComponent(org)}`;

/** GETs a JSON endpoint and parses it with the shared contract schema. */
export async function getJson<T extends z.ZodType>(
  path: string,
  schema: T,
  signal?: AbortSignal,
): Promise<z.infer<T>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: "application/json" }, signal: signal ?? null });
  } catch {
    throw new ApiError(0, "The scorecard server could not be reached. Check your connection and try again.");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(body);
    throw new ApiError(
      response.status,
      parsed.success ? parsed.data.message : `The server answered ${response.status}.`,
    );
  }
  return schema.parse(body);
}

/**
 * The session's CSRF token, sent as `x-csrf-token` with every state-changing request. The session
 * feature sets it from `GET/POST /api/session` answers and clears it on sign-out.
 */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** An error answer that also lists row/column problems (uploads) when the server gave them. */
export class ApiValidationError extends ApiError {
  constructor(
    status: number,
    message: string,
    readonly errors: { row?: number; column?: string; field?: string; message: string }[],
  ) {
    super(status, message);
    this.name = "ApiValidationError";
  }
}

/**
 * Sends a state-changing request (POST, PUT, PATCH, DELETE) with a JSON body (or none) and parses
 * the answer with the shared contract schema; `schema` null for an empty (204) answer.
 */
export function sendJson<T extends z.ZodType>(
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  body: unknown,
  schema: T | null,
): Promise<T extends z.ZodType ? z.infer<T> : undefined> {
  return send(
    method,
    path,
    body === undefined ? { body: null } : { body: JSON.stringify(body), contentType: "application/json" },
    schema,
  );
}

/** The Content-Type of an upload: from the browser, else from the file's name (the server also sniffs the bytes). */
function fileContentType(file: File): string {
  if (file.type) return file.type;
  if (/\.xlsx$/i.test(file.name)) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (/\.csv$/i.test(file.name)) return "text/csv";
  return "application/octet-stream";
}

/** POSTs or PUTs a file as the raw request body (a return file, an areas CSV). */
export function sendFile<T extends z.ZodType>(
  method: "POST" | "PUT",
  path: string,
  file: File,
  schema: T,
): Promise<z.infer<T>> {
  return send(method, path, { body: file, contentType: fileContentType(file) }, schema) as Promise<
    z.infer<T>
  >;
}

async function send<T extends z.ZodType>(
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  payload: { body: BodyInit | null; contentType?: string },
  schema: T | null,
): Promise<T extends z.ZodType ? z.infer<T> : undefined> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (payload.contentType) headers["content-type"] = payload.contentType;
  if (csrfToken) headers["x-csrf-token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload.body, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "The scorecard server could not be reached. Check your connection and try again.");
  }
  const answer: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(answer);
    const message = parsed.success ? parsed.data.message : `The server answered ${response.status}.`;
    const errors = (answer as { errors?: unknown } | null)?.errors;
    if (Array.isArray(errors)) throw new ApiValidationError(response.status, message, errors);
    const retryAfter = Number.parseInt(response.headers.get("retry-after") ?? "", 10);
    throw new ApiError(response.status, message, Number.isFinite(retryAfter) ? retryAfter : null);
  }
  return (schema ? schema.parse(answer) : undefined) as T extends z.ZodType ? z.infer<T> : undefined;
}
