import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A new random secret (256 bits), URL-safe, with a prefix that says what it is ("sc_" for API tokens). */
export function newSecret(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/**
 * Secrets are stored only as their SHA-256: they are long and random, so a fast hash is enough to
 * make a stolen table useless, and lookup by hash stays a plain index scan.
 */
export function sha256(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function secretsEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
