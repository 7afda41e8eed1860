import { createLazyRoute, useRouter } from "@tanstack/react-router";
import { useEffect } from "react";
import { SignInForm } from "../../features/session/components/sign-in-form.tsx";

export const signInLazyRoute = createLazyRoute("/sign-in")({ component: SignInRoute });

function SignInRoute() {
  const { redirect } = signInLazyRoute.useSearch();
  const router = useRouter();
  useEffect(() => {
    document.title = "Sign in · Scorecard";
  }, []);
  return (
    <div className="narrow-page">
      <h1>Sign in</h1>
      <p>Sign in to see your organisation's private scorecards and to manage its figures and people.</p>
      <SignInForm onSignedIn={() => router.history.push(redirect ?? "/")} />
    </div>
  );
}
