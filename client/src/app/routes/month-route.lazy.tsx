import { scorecardSearchSchema } from "@scorecard/shared/api-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import { createLazyRoute } from "@tanstack/react-router";
import { useEffect } from "react";
import { useAreas } from "../../api/get-areas.ts";
import { useIndicators } from "../../api/get-indicators.ts";
import { ErrorState, LoadingState } from "../../components/page-state.tsx";
import { MonthPage } from "../../features/months/components/month-page.tsx";
import { useSession } from "../../features/session/api/get-session.ts";
import { roleInOrganisation } from "../../lib/organisation-role.ts";
import { MonthDraftPreview } from "./month-draft-preview.tsx";

export const monthLazyRoute = createLazyRoute("/o/$org/org-editor/months/$period")({ component: MonthRoute });

/** The scorecard's own default area (the whole authority) for the draft preview. */
const WHOLE_AUTHORITY = scorecardSearchSchema.parse({}).area;

function MonthRoute() {
  const { organisation } = monthLazyRoute.useRouteContext();
  const { period } = monthLazyRoute.useParams();
  const session = useSession().data;
  const indicators = useIndicators(organisation.slug);
  const areas = useAreas(organisation.slug);
  useEffect(() => {
    document.title = `${periodLongLabel(period)} · This month · ${organisation.name} · Scorecard`;
  }, [organisation.name, period]);
  if (indicators.isError)
    return <ErrorState what="the indicators" error={indicators.error} onRetry={() => indicators.refetch()} />;
  if (areas.isError)
    return <ErrorState what="the areas" error={areas.error} onRetry={() => areas.refetch()} />;
  if (indicators.isPending || areas.isPending) return <LoadingState>Loading the month…</LoadingState>;
  return (
    <MonthPage
      org={organisation.slug}
      period={period}
      role={roleInOrganisation(session, organisation.slug)}
      session={session}
      indicators={indicators.data.indicators}
      areas={areas.data.areas}
      preview={
        <MonthDraftPreview
          org={organisation.slug}
          period={period}
          area={WHOLE_AUTHORITY}
          indicators={indicators.data.indicators}
        />
      }
    />
  );
}
