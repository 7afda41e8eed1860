import type { z } from "zod";
import { ApiError } from "./api-client.ts";

/** One message per form field, and the messages that belong to no field. */
export interface FormProblems<F extends string> {
  fields: Partial<Record<F, string>>;
  form: string[];
}

export const noProblems = <F extends string>(): FormProblems<F> => ({ fields: {}, form: [] });

export const hasProblems = (problems: FormProblems<string>) =>
  problems.form.length > 0 || Object.keys(problems.fields).length > 0;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Checks a form's values against the shared request schema before sending: the same rules the
 * server applies. `messages` words a field's problem for people where zod's own words are too terse
 * ("Invalid email address"); the first problem of each field is kept.
 */
export function checkForm<F extends string>(
  schema: z.ZodType,
  values: unknown,
  fields: readonly F[],
  messages: Partial<Record<F, string>> = {},
): FormProblems<F> {
  const problems = noProblems<F>();
  const result = schema.safeParse(values);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const field = fields.find((candidate) => candidate === issue.path[0]);
    if (!field) problems.form.push(capitalise(issue.message));
    else problems.fields[field] ??= messages[field] ?? capitalise(issue.message);
  }
  return problems;
}

/**
 * The server names the field a problem is about at the start of its message ("laCode: DfE's data
 * has no…", or "body.email: …" from request validation, several joined by "; "): those go to the
 * field, the rest (a 403, a network failure) to the form. A "; " inside one field's message ("…from
 * 2018-04; a new change must apply from a later month") is not a new problem: only one followed by
 * another field name is.
 */
export function problemsFromError<F extends string>(error: unknown, fields: readonly F[]): FormProblems<F> {
  const problems = noProblems<F>();
  const message = error instanceof Error ? error.message : String(error);
  const status = error instanceof ApiError ? error.status : 0;
  for (const part of message.split(/; (?=(?:(?:body|params|querystring)\.)?[A-Za-z]+: )/)) {
    const match = /^(?:(?:body|params|querystring)\.)?([A-Za-z]+): (.+)$/s.exec(part);
    const field = fields.find((candidate) => candidate === match?.[1]);
    if (field && match?.[2] && status >= 400 && status < 500) problems.fields[field] ??= capitalise(match[2]);
    else problems.form.push(permissionAdvice(status, part));
  }
  return problems;
}

/** An error as one message for people: without the field prefix, with what a refusal means. */
export function messageOf(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const message = error.message.replace(/^(?:(?:body|params|querystring)\.)?[A-Za-z]+: /, "");
  return permissionAdvice(error.status, capitalise(message));
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** What a refusal means for the person in front of the page; the server remains the guard. */
export function permissionAdvice(status: number, message: string): string {
  if (status === 401) return `${sentence(message)} Your session may have ended: sign in again.`;
  if (status === 403)
    return `${sentence(message)} Ask an org admin of this organisation, or the installation admin, if you need to.`;
  return message;
}
