import { MIN_PASSWORD_LENGTH, passwordProblem } from "@scorecard/shared/password-policy";
import { ApiError } from "../../../lib/api-client.ts";

/** The password rule as a hint beside every new-password field; the rule itself is in shared. */
export const PASSWORD_RULE = `At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a good one; common passwords such as "password1234" are refused.`;

/** What is wrong with a new password and its confirmation, worded for the person typing it. */
export function newPasswordProblems(password: string, confirmation: string) {
  const problems: { password?: string; confirmation?: string } = {};
  if (!password) problems.password = "Enter a new password";
  else {
    const problem = passwordProblem(password);
    if (problem) problems.password = newPasswordSays(problem);
  }
  if (password && confirmation !== password) problems.confirmation = "The two passwords are not the same";
  return problems;
}

/** "try again at 14:35 (in 15 minutes)", from a 429's Retry-After; null when the answer gave none. */
export function retryWhen(error: unknown, now = new Date()): string | null {
  if (!(error instanceof ApiError) || error.status !== 429 || error.retryAfterSeconds === null) return null;
  const at = new Date(now.getTime() + error.retryAfterSeconds * 1000);
  const clock = at.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
  return `try again at ${clock} (in ${minutes} minute${minutes === 1 ? "" : "s"})`;
}

/** "Must be at least…" as the rest of "Your new password must be at least…". */
export const newPasswordSays = (problem: string) =>
  `Your new password ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`;
