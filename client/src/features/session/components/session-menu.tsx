import { Link, useLocation } from "@tanstack/react-router";
import { useSession } from "../api/get-session.ts";
import { useSignOut } from "../api/sign-out.ts";

/**
 * The header's account corner: "Sign in" for a reader who is not signed in (coming back here after);
 * the person's name, "My account" and "Sign out" for one who is.
 */
export function SessionMenu({ onSignedOut }: { onSignedOut: () => void }) {
  const session = useSession();
  const signOut = useSignOut();
  const here = useLocation({ select: (location) => location.href });
  // Until the session is known, say nothing rather than offer the wrong action.
  if (session.isPending) return null;
  if (!session.data) {
    if (here.startsWith("/sign-in")) return null;
    const away = here.startsWith("/set-password") ? undefined : here;
    return (
      <div className="session-menu">
        <Link to="/sign-in" search={{ redirect: away }}>
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <div className="session-menu">
      <span className="session-name">
        <span className="visually-hidden">Signed in as </span>
        {session.data.user.name}
      </span>
      <Link to="/account">My account</Link>
      <button
        type="button"
        className="link-button"
        onClick={() => signOut.mutate(undefined, { onSuccess: onSignedOut })}
      >
        {signOut.isPending ? "Signing out…" : "Sign out"}
      </button>
      {signOut.isError && (
        <span role="alert" className="field-error">
          Could not sign out: {signOut.error.message}
        </span>
      )}
    </div>
  );
}
