import {
  type AuditedTable,
  type AuditSearch,
  auditedTableSchema,
  auditQuerySchema,
} from "@scorecard/shared/audit-schema";
import { useId, useState } from "react";
import { ErrorSummary } from "../../../components/error-summary.tsx";
import { SelectField, TextField } from "../../../components/form-field.tsx";
import { checkForm, type FormProblems, hasProblems, noProblems } from "../../../lib/form-errors.ts";

const fields = ["from", "to", "table", "actor"] as const;
type Field = (typeof fields)[number];
export type AuditFilters = Omit<AuditSearch, "page">;

const tableOptions: readonly { value: AuditedTable | ""; label: string }[] = [
  { value: "", label: "All tables and events" },
  ...auditedTableSchema.options.map((table) => ({ value: table, label: table })),
];

/**
 * The audit trail's filters. A text field would refetch at every key press, so this form applies
 * when submitted (Apply), checked first by the API's own query rules (from not after to).
 */
export function AuditFiltersForm({
  filters,
  onApply,
}: {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const idPrefix = useId();
  const ids = {
    from: `${idPrefix}-from`,
    to: `${idPrefix}-to`,
    table: `${idPrefix}-table`,
    actor: `${idPrefix}-actor`,
  };
  const [from, setFrom] = useState(filters.from ?? "");
  const [to, setTo] = useState(filters.to ?? "");
  const [table, setTable] = useState<AuditedTable | "">(filters.table ?? "");
  const [actor, setActor] = useState(filters.actor ?? "");
  const [problems, setProblems] = useState<FormProblems<Field>>(noProblems());
  const [attempt, setAttempt] = useState(0);

  const apply = (next: AuditFilters) => {
    const checked = checkForm(auditQuerySchema, next, fields, {
      from: "The start date must be on or before the end date",
    });
    setProblems(checked);
    setAttempt((count) => count + 1);
    if (!hasProblems(checked)) onApply(next);
  };

  return (
    <form
      className="audit-filters no-print"
      aria-label="Audit filters"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        apply({
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(table ? { table } : {}),
          ...(actor.trim() ? { actor: actor.trim() } : {}),
        });
      }}
    >
      <ErrorSummary problems={problems} fieldIds={ids} attempt={attempt} />
      <div className="filters">
        <TextField
          id={ids.from}
          label="From"
          type="date"
          value={from}
          onChange={setFrom}
          error={problems.fields.from}
        />
        <TextField
          id={ids.to}
          label="To"
          type="date"
          value={to}
          onChange={setTo}
          error={problems.fields.to}
        />
        <SelectField
          id={ids.table}
          label="Table"
          value={table}
          onChange={setTable}
          options={tableOptions}
          error={problems.fields.table}
        />
        <TextField
          id={ids.actor}
          label="Who"
          hint="An email, a token's name or seed, exactly."
          value={actor}
          onChange={setActor}
          error={problems.fields.actor}
        />
      </div>
      <div className="form-actions">
        <button type="submit">Apply filters</button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setFrom("");
            setTo("");
            setTable("");
            setActor("");
            apply({});
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
