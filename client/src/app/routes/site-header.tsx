import { useNavigate, useParams } from "@tanstack/react-router";
import { useOrganisations } from "../../features/organisations/api/get-organisations.ts";
import { OrganisationPicker } from "../../features/organisations/components/organisation-picker.tsx";
import { SessionMenu } from "../../features/session/components/session-menu.tsx";
import { Navigation } from "./navigation.tsx";

/** The site name, the organisation picker (when there is a choice), who is signed in, and the menu. */
export function SiteHeader() {
  const org = useParams({ strict: false, select: (params) => params.org });
  const organisations = useOrganisations();
  const navigate = useNavigate();
  const current = organisations.data?.find((organisation) => organisation.slug === org);
  return (
    <header className="site-header">
      <div className="site-header-bar">
        <p className="site-name">
          Scorecard · Children's services performance
          {current && <span className="site-organisation">{current.name}</span>}
        </p>
        <div className="site-header-tools no-print">
          {organisations.data && (
            <OrganisationPicker
              key={org ?? ""}
              organisations={organisations.data}
              current={org}
              onChoose={(slug) => navigate({ to: "/o/$org", params: { org: slug } })}
            />
          )}
          <SessionMenu onSignedOut={() => navigate({ to: "/" })} />
        </div>
      </div>
      <Navigation />
    </header>
  );
}
