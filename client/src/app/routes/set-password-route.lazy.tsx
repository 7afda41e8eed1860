import { createLazyRoute, Link, useLocation } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { EmptyState } from "../../components/page-state.tsx";
import { SetPasswordForm } from "../../features/session/components/set-password-form.tsx";

export const setPasswordLazyRoute = createLazyRoute("/set-password")({ component: SetPasswordRoute });

function SetPasswordRoute() {
  const token = useLocation({ select: (location) => new URLSearchParams(location.hash).get("token") });
  const [done, setDone] = useState(false);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = "Choose a password · Scorecard";
  }, []);
  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);

  if (done) {
    return (
      <div className="narrow-page">
        <h1 ref={doneHeading} tabIndex={-1}>
          Your password is set
        </h1>
        <p>
          <Link to="/sign-in">Sign in</Link> with your email address and the password you have just chosen.
        </p>
      </div>
    );
  }
  if (!token) {
    return (
      <EmptyState title="This link is not complete">
        <p>
          Open the whole link you were sent, or copy all of it into the address bar. If it still does not
          work, ask your organisation's admin for a new link.
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="narrow-page">
      <h1>Choose a password</h1>
      <SetPasswordForm token={token} onDone={() => setDone(true)} />
    </div>
  );
}
