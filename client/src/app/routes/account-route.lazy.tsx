import { createLazyRoute } from "@tanstack/react-router";
import { useEffect } from "react";
import { useSession } from "../../features/session/api/get-session.ts";
import { AccountDetails } from "../../features/session/components/account-details.tsx";
import { ChangePasswordForm } from "../../features/session/components/change-password-form.tsx";

export const accountLazyRoute = createLazyRoute("/signed-in/account")({ component: AccountRoute });

function AccountRoute() {
  // The signed-in layout has already loaded the session; after signing out it is null.
  const session = useSession();
  useEffect(() => {
    document.title = "My account · Scorecard";
  }, []);
  if (!session.data) return null;
  return (
    <div className="narrow-page">
      <h1>My account</h1>
      <AccountDetails session={session.data} />
      <ChangePasswordForm />
    </div>
  );
}
