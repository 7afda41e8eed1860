import { stripSearchParams } from "@tanstack/react-router";
import type { z } from "zod";

/**
 * Leaves these keys out of links while they hold their default, so `?area=city` or `?view=chart`
 * never appear. The defaults are read from the schema, not restated. Only defaults that will not
 * change belong here: a link with the LA or model written out keeps meaning the same view.
 */
export function stripDefaults<TSchema extends z.ZodObject>(
  schema: TSchema,
  keys: readonly (keyof z.output<TSchema> & string)[],
) {
  const defaults: Record<string, unknown> = schema.parse({});
  return stripSearchParams<z.output<TSchema>>(
    Object.fromEntries(keys.map((key) => [key, defaults[key]])) as Partial<z.output<TSchema>>,
  );
}
