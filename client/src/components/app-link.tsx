import type { AnchorHTMLAttributes } from "react";
import { followLink } from "../lib/url-state.ts";

/** An ordinary link that navigates inside the app without a page load. */
export function AppLink({
  href,
  children,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a href={href} {...rest} onClick={followLink}>
      {children}
    </a>
  );
}
