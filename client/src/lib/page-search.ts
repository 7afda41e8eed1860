import { useLocation } from "@tanstack/react-router";

/**
 * What a page gets from its route: its search params, already validated (and defaulted) by the
 * route's shared zod schema, and a way to change some of them. Pages never name their route, so
 * the route tree can move them (e.g. under an organisation segment) without touching them.
 */
export interface PageSearchProps<TSearch> {
  search: TSearch;
  onSearchChange: (patch: Partial<TSearch>) => void;
}

/**
 * The params of the address that the route's schema could not read and so replaced by their
 * default, with the text as written: for a page to say what it ignored rather than guess silently.
 * An empty value is simply "not given" and is not reported.
 */
export function unreadSearchParams(
  raw: Readonly<Record<string, unknown>>,
  validated: Readonly<Record<string, unknown>>,
  keys: readonly string[],
): Map<string, string> {
  const unread = new Map<string, string>();
  for (const key of keys) {
    const written = raw[key];
    if (written === undefined || written === null || written === "") continue;
    if (String(written) !== String(validated[key] ?? "")) unread.set(key, String(written));
  }
  return unread;
}

/** `unreadSearchParams` for the current address. */
export function useUnreadSearchParams(
  validated: Readonly<Record<string, unknown>>,
  keys: readonly string[],
): Map<string, string> {
  const raw = useLocation({ select: (location) => location.search as Record<string, unknown> });
  return unreadSearchParams(raw, validated, keys);
}
