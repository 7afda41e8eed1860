import { hash, verify } from "@node-rs/argon2";
import { passwordProblem } from "@scorecard/shared/password-policy";
import { UnprocessableError } from "../errors.ts";

/**
 * argon2id with OWASP's minimum parameters (19 MiB memory, 2 passes, 1 lane). `algorithm: 2` is
 * Algorithm.Argon2id: the package declares it as a const enum, which isolated modules cannot import.
 */
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  return verify(storedHash, password).catch(() => false);
}

// Verifying against this when the account is unknown makes a wrong email take as long as a wrong
// password, so timing does not tell which part was wrong.
let decoyHash: Promise<string> | undefined;
export function verifyDecoy(password: string): Promise<boolean> {
  decoyHash ??= hashPassword("decoy password that matches no account");
  return decoyHash.then((stored) => verifyPassword(stored, password)).then(() => false);
}

/** Refuses a password the policy does not accept with a 422 naming the field. */
export function assertAcceptablePassword(password: string, field: string) {
  const problem = passwordProblem(password);
  if (problem) throw new UnprocessableError(`${field}: ${problem}`);
}
