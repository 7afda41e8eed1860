/**
 * Search params as plain `key=value` text, as the app has always written them, so links copied
 * before the router change still open the same view. (The router's default would JSON-encode
 * values, turning `la=330` into a number and writing strings as `la=%22330%22`.) Values are read as
 * text; the shared zod schemas of each route decide what they mean. Keys are sorted so one view has
 * one address.
 */
export function parseSearch(searchStr: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(searchStr)) if (!(key in values)) values[key] = value;
  return values;
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(search).sort()) {
    const value = search[key];
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
