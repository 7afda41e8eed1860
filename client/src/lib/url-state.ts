import { type MouseEvent, useCallback, useSyncExternalStore } from "react";

/**
 * Every filter lives in the URL, so a copied link reproduces the view and back/forward work.
 * The location is an external store: `popstate` (back/forward) and our own `navigate` notify it.
 */

const URL_CHANGE = "scorecard:urlchange";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(URL_CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(URL_CHANGE, onChange);
  };
}

const currentHref = () => window.location.pathname + window.location.search;

export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (to === currentHref()) return;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.dispatchEvent(new Event(URL_CHANGE));
}

/** A query string with `patch` applied: null or "" removes a key; keys keep a stable order. */
export function withParams(search: string, patch: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === "") params.delete(key);
    else params.set(key, value);
  }
  params.sort();
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function useLocation() {
  const href = useSyncExternalStore(subscribe, currentHref, currentHref);
  const url = new URL(href, "http://localhost");
  return { pathname: url.pathname, search: url.search, params: url.searchParams };
}

/** Read and update the query string of the current page. */
export function useSearchParams() {
  const { pathname, search, params } = useLocation();
  const setParams = useCallback(
    (patch: Record<string, string | null | undefined>, options: { replace?: boolean } = {}) =>
      navigate(pathname + withParams(search, patch), options),
    [pathname, search],
  );
  return [params, setParams] as const;
}

/** Click handler for in-app links: client-side navigation, but new tabs and downloads still work. */
export function followLink(event: MouseEvent<HTMLAnchorElement>) {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  ) {
    return;
  }
  const anchor = event.currentTarget;
  if (anchor.target && anchor.target !== "_self") return;
  const url = new URL(anchor.href);
  if (url.origin !== window.location.origin) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
  window.scrollTo(0, 0);
}
