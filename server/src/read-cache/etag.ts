import { createHash } from "node:crypto";

/**
 * A strong ETag from the answer's bytes: the same answer has the same tag on every server process
 * and across restarts, and answers for different readers (drafts or not) never share one.
 */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** Whether an If-None-Match header names this tag (weak comparison, as RFC 9110 asks for it). */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
