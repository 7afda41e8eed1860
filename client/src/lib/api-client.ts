import { errorResponseSchema } from "@scorecard/shared/api-schema";
import type { z } from "zod";

/** An API answer that was not a success, carrying the server's own message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

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
