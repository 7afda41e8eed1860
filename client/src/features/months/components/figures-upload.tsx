import { periodLongLabel } from "@scorecard/shared/periods";
import { useId, useState } from "react";
import { RowErrors } from "../../../components/row-errors.tsx";
import { ApiValidationError } from "../../../lib/api-client.ts";
import { monthTemplateUrl } from "../api/get-month.ts";
import { useUploadFigures } from "../api/upload-figures.ts";

/**
 * The month's return: download the template, fill it in, and give it back by drag and drop or the
 * file picker. Every problem is listed at once; nothing is stored until the whole file is right.
 */
export function FiguresUpload({
  org,
  period,
  canUpload,
}: {
  org: string;
  period: string;
  canUpload: boolean;
}) {
  const upload = useUploadFigures(org, period);
  const [dragging, setDragging] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const inputId = useId();

  const send = (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    upload.mutate(file);
  };

  return (
    <div className="figures-upload">
      <p>
        Download the return for {periodLongLabel(period)}:{" "}
        <a href={monthTemplateUrl(org, period, "xlsx")} download>
          Excel template (XLSX)
        </a>{" "}
        or{" "}
        <a href={monthTemplateUrl(org, period, "csv")} download>
          CSV template
        </a>
        . It has a row for each indicator and area, with last month's figures beside the empty cells.
      </p>
      {canUpload && (
        // The whole zone is the file input's label: click, Enter or Space opens the picker, and a file dropped on it is sent.
        <label
          htmlFor={inputId}
          className={dragging ? "drop-zone drop-zone-active" : "drop-zone"}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            send(event.dataTransfer.files[0]);
          }}
        >
          <span className="drop-zone-title">Upload the filled-in return</span>
          <span className="field-hint">Drop an XLSX or CSV file here, or choose one (at most 20 MB).</span>
          <input
            id={inputId}
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              send(event.target.files?.[0]);
              event.target.value = "";
            }}
          />
        </label>
      )}
      {upload.isPending && (
        <p className="state state-loading" role="status">
          Checking {fileName}…
        </p>
      )}
      {upload.isError && (
        <RowErrors
          key={upload.submittedAt}
          title={`${fileName ?? "The file"} was not loaded`}
          summary={
            upload.error instanceof ApiValidationError
              ? `${upload.error.message} Nothing was stored: fix these and upload the file again.`
              : upload.error.message
          }
          errors={upload.error instanceof ApiValidationError ? upload.error.errors : []}
        />
      )}
      {upload.isSuccess && (
        <p className="status-message" role="status">
          {fileName} loaded: {upload.data.rows} figures saved in the draft.
        </p>
      )}
    </div>
  );
}
