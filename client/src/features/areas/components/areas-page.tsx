import { useRef, useState } from "react";
import { useAreas } from "../../../api/get-areas.ts";
import { ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { AddAreaForm } from "./add-area-form.tsx";
import { AreasImport } from "./areas-import.tsx";
import { AreasTable } from "./areas-table.tsx";

/** The organisation's areas (org admin): the hierarchy as held, adding one, and loading many from CSV. */
export function AreasPage({
  org,
  organisationName,
  canEdit,
}: {
  org: string;
  organisationName: string;
  /** Org admins may add and load areas; anyone else sees the list and who to ask. */
  canEdit: boolean;
}) {
  const areas = useAreas(org);
  const [status, setStatus] = useState("");
  const statusRef = useRef<HTMLParagraphElement>(null);
  const announce = (message: string) => {
    setStatus(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  return (
    <>
      <h1>Areas · {organisationName}</h1>
      <p className="subtitle">
        The whole authority, its areas, their wards and the service units: the places figures are reported
        for.
      </p>
      <p className="status-message" role="status" ref={statusRef} tabIndex={-1}>
        {status}
      </p>
      {areas.isPending ? (
        <LoadingState>Loading the areas…</LoadingState>
      ) : areas.isError ? (
        <ErrorState what="the areas" error={areas.error} onRetry={() => void areas.refetch()} />
      ) : (
        <>
          <AreasTable areas={areas.data.areas} />
          {canEdit ? (
            <>
              <AddAreaForm
                org={org}
                areas={areas.data.areas}
                onAdded={(area) => announce(`${area.name} (${area.id}) added.`)}
              />
              <AreasImport org={org} onLoaded={announce} />
            </>
          ) : (
            <p>
              Only the organisation's org admins (and the installation admin) add or load areas. Ask one of
              them if an area is missing.
            </p>
          )}
        </>
      )}
    </>
  );
}
