import { resolve } from "node:path";
import { z } from "zod";

/**
 * Everything the server reads from its environment, validated once at boot.
 * Nothing else in the server reads `process.env`.
 */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Where the embedded PGlite database keeps its files. Ignored when DATABASE_URL is set. */
  DATA_DIR: z.string().min(1).default("./data"),
  /** A postgres:// URL switches from embedded PGlite to a real PostgreSQL server. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** The built client to serve; defaults to client/dist next to this package. */
  CLIENT_DIST: z.string().min(1).optional(),
  /** Comma-separated origins allowed by CORS (the Vite dev server needs none: it proxies). */
  CORS_ORIGINS: z.string().default(""),
  /** Bearer token for the admin endpoints (statistics import); unset disables them. */
  ADMIN_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Reads and validates the environment; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  // `pnpm start` runs in server/; a relative DATA_DIR means relative to where the user typed the command.
  const invokedFrom = env.INIT_CWD ?? process.cwd();
  return { ...result.data, DATA_DIR: resolve(invokedFrom, result.data.DATA_DIR) };
}
