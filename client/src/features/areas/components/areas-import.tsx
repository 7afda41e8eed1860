import type { AreasImportedResponse } from "@scorecard/shared/month-schema";
import { useId, useState } from "react";
import { RowErrors } from "../../../components/row-errors.tsx";
import { ApiValidationError } from "../../../lib/api-client.ts";
import { useImportAreas } from "../api/import-areas.ts";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What a loaded file did, in one sentence for the status line. */
export const importedWords = (fileName: string, { created, updated, unchanged }: AreasImportedResponse) =>
  `${fileName} loaded: ${plural(created, "area", "areas")} created, ${updated} updated, ${unchanged} unchanged.`;

/**
 * Loads areas from a CSV file (slug, name, kind, parent). Every problem of the file is listed at
 * once with its row and column; nothing is stored until the whole file is right.
 */
export function AreasImport({ org, onLoaded }: { org: string; onLoaded: (message: string) => void }) {
  const headingId = useId();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const load = useImportAreas(org);
  const error = load.error;

  return (
    <form
      className="admin-form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        if (!file) return setMissing(true);
        setMissing(false);
        const name = file.name;
        load.mutate(file, { onSuccess: (result) => onLoaded(importedWords(name, result)) });
      }}
    >
      <h2 id={headingId}>Load areas from a CSV file</h2>
      <div className={missing ? "form-field form-field-error" : "form-field"}>
        <label className="field-label" htmlFor={inputId}>
          Areas CSV file
        </label>
        <p className="field-hint" id={`${inputId}-hint`}>
          One row per area with the columns slug, name, kind (city, area, ward or service) and parent (the
          parent's slug; empty for the whole authority). New slugs are added, held ones updated.
        </p>
        {missing && (
          <p className="field-error" id={`${inputId}-error`}>
            <span className="visually-hidden">Error:</span> Choose the CSV file to load
          </p>
        )}
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={missing ? `${inputId}-hint ${inputId}-error` : `${inputId}-hint`}
          aria-invalid={missing || undefined}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            load.reset();
          }}
        />
      </div>
      <div className="form-actions">
        <button type="submit" disabled={load.isPending}>
          {load.isPending ? "Loading…" : "Load areas"}
        </button>
      </div>
      {error && (
        <RowErrors
          key={load.submittedAt}
          title={`${file?.name ?? "The file"} was not loaded`}
          summary={
            error instanceof ApiValidationError
              ? `${error.message} Fix these and load the file again.`
              : error.message
          }
          errors={error instanceof ApiValidationError ? error.errors : []}
        />
      )}
    </form>
  );
}
