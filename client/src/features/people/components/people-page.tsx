import type { MemberInvited } from "@scorecard/shared/auth-schema";
import { roleLabels } from "@scorecard/shared/roles";
import { useRef, useState } from "react";
import { OneTimeSecret } from "../../../components/one-time-secret.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { useMembers } from "../api/get-members.ts";
import { AddPersonForm } from "./add-person-form.tsx";
import { MembersTable } from "./members-table.tsx";

const ADVICE =
  "This page is for the organisation's org admins (and the installation admin). Sign in with such an account, or ask one of them.";

/** The organisation's people (org admin): roles, removal, and adding someone, with a new account's one-time link. */
export function PeoplePage({ org, organisationName }: { org: string; organisationName: string }) {
  const members = useMembers(org);
  const [status, setStatus] = useState("");
  const [added, setAdded] = useState<MemberInvited | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const announce = (message: string) => {
    setStatus(message);
    // The row acted on may be gone (removed): focus goes to what happened instead of the page's top.
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  return (
    <>
      <h1>People · {organisationName}</h1>
      <p className="subtitle">Who may see and change this organisation's scorecard, and with which role.</p>
      <p className="status-message" role="status" ref={statusRef} tabIndex={-1}>
        {status}
      </p>
      {members.isPending ? (
        <LoadingState>Loading the people…</LoadingState>
      ) : members.isError ? (
        <ErrorState
          what="the people"
          error={members.error}
          advice={ADVICE}
          onRetry={() => void members.refetch()}
        />
      ) : members.data.length === 0 ? (
        <EmptyState title="Nobody yet">
          <p>Nobody has a role in this organisation yet. Add a person below.</p>
        </EmptyState>
      ) : (
        <MembersTable org={org} members={members.data} onDone={announce} />
      )}
      {added?.setPasswordLink && (
        <OneTimeSecret
          title={`Account created for ${added.member.name}`}
          label={`Set-password link for ${added.member.email}`}
          value={added.setPasswordLink}
          expiresAt={added.setPasswordExpiresAt}
          onDismiss={() => setAdded(null)}
        >
          <p>
            Send it to them yourself (by email or your usual channel): they choose their password with it.
          </p>
        </OneTimeSecret>
      )}
      <AddPersonForm
        org={org}
        onAdded={(invited) => {
          setAdded(invited);
          announce(
            `${invited.member.name || invited.member.email} added as ${roleLabels[invited.member.role]}.`,
          );
        }}
      />
    </>
  );
}
