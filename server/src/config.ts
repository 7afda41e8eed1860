import { resolve } from "node:path";
import { passwordProblem } from "@scorecard/shared/password-policy";
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
  /**
   * First run: with both set and no account in the database, this installation admin is created
   * at start. There is no default account and no default password.
   */
  /** The organisation the unscoped routes (/api/scorecard…) and `/` serve: a slug; default the first created. */
  DEFAULT_ORG: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be an organisation slug such as birmingham")
    .optional(),
  ADMIN_EMAIL: z.email("must be an email address").optional(),
  ADMIN_PASSWORD: z.string().optional(),
  /**
   * The in-process cache of read answers (plugins/app/read-cache.ts): "on" (default) or "off", for
   * benchmarking the reads themselves.
   */
  READ_CACHE: z.enum(["on", "off"], "must be on or off").default("on"),
  /** The read cache's size cap in megabytes of cached answers; the least recently read go first. */
  READ_CACHE_MAX_MB: z.coerce.number("must be a number of megabytes").int().min(1).max(4096).default(64),
  /**
   * How often (milliseconds) the read cache re-reads the data versions, which bounds how long a write
   * through another server process on the same PostgreSQL takes to be seen here.
   */
  READ_CACHE_POLL_MS: z.coerce
    .number("must be a number of milliseconds")
    .int()
    .min(10)
    .max(1000)
    .default(250),
  /**
   * Which proxies to trust for the client's address and protocol (X-Forwarded-For/-Proto):
   * "false" (default: none), "true" (any), a number of hops, or comma-separated addresses/CIDRs.
   */
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d+|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/,
      "must be true, false, a hop count or addresses",
    )
    .default("false"),
});

export type Config = z.infer<typeof configSchema>;

/** TRUST_PROXY as Fastify's `trustProxy` option (a hop count as "trust the nearest N proxies"). */
export function trustProxySetting(
  value: string,
): boolean | string | ((address: string, hop: number) => boolean) {
  if (value === "true") return true;
  if (value === "false") return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return value;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; a bad value throws a ConfigError naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = result.data;
  if (Boolean(ADMIN_EMAIL) !== Boolean(ADMIN_PASSWORD)) {
    throw new ConfigError("Invalid configuration: ADMIN_EMAIL and ADMIN_PASSWORD must be set together");
  }
  const passwordIssue = ADMIN_PASSWORD === undefined ? null : passwordProblem(ADMIN_PASSWORD);
  if (passwordIssue) throw new ConfigError(`Invalid configuration: ADMIN_PASSWORD: ${passwordIssue}`);
  // `pnpm start` runs in server/; a relative DATA_DIR means relative to where the user typed the command.
  const invokedFrom = env.INIT_CWD ?? process.cwd();
  return { ...result.data, DATA_DIR: resolve(invokedFrom, result.data.DATA_DIR) };
}
