import { AREA_KINDS, type Area } from "@scorecard/shared/api-schema";
import { type AreaKind, nestingProblem } from "@scorecard/shared/area-hierarchy";
import { areaCreateRequestSchema } from "@scorecard/shared/month-schema";
import { useId, useState } from "react";
import { ErrorSummary } from "../../../components/error-summary.tsx";
import { SelectField, TextField } from "../../../components/form-field.tsx";
import {
  checkForm,
  type FormProblems,
  hasProblems,
  noProblems,
  problemsFromError,
} from "../../../lib/form-errors.ts";
import { useCreateArea } from "../api/create-area.ts";
import { areaKindLabels, possibleParents } from "./area-order.ts";

const fields = ["slug", "name", "kind", "parent"] as const;
type Field = (typeof fields)[number];

const messages: Partial<Record<Field, string>> = {
  slug: "Enter a slug of lower-case letters, digits and hyphens, such as hodge-hill",
  name: "Enter the area's name",
};

const kindOptions = AREA_KINDS.map((kind) => ({ value: kind, label: areaKindLabels[kind] }));

/**
 * Adds one area, ward or service unit. The parent select offers only the areas the chosen kind may
 * sit under (shared/area-hierarchy), so most impossible nestings cannot be chosen at all.
 */
export function AddAreaForm({
  org,
  areas,
  onAdded,
}: {
  org: string;
  areas: readonly Area[];
  onAdded: (area: Area) => void;
}) {
  const idPrefix = useId();
  const ids = {
    slug: `${idPrefix}-slug`,
    name: `${idPrefix}-name`,
    kind: `${idPrefix}-kind`,
    parent: `${idPrefix}-parent`,
  };
  const [slug, setSlug] = useState("");
  const [name, setName] = useState("");
  const [kind, setKind] = useState<AreaKind>("ward");
  const [parent, setParent] = useState("");
  const [problems, setProblems] = useState<FormProblems<Field>>(noProblems());
  const [attempt, setAttempt] = useState(0);
  const create = useCreateArea(org);
  const parents = possibleParents(kind, areas);
  // The areas may have changed since the parent was chosen (one was added): keep a choice offered.
  const parentValue = parents.some((area) => area.id === parent) ? parent : (parents[0]?.id ?? "");

  const fail = (next: FormProblems<Field>) => {
    setProblems(next);
    setAttempt((count) => count + 1);
  };

  function submit() {
    const body = { slug: slug.trim(), name: name.trim(), kind, parent: parentValue || null };
    const checked = checkForm(areaCreateRequestSchema, body, fields, messages);
    const chosen = areas.find((area) => area.id === body.parent) ?? null;
    const nesting = nestingProblem(kind, chosen && { slug: chosen.id, kind: chosen.kind });
    if (nesting) checked.fields.parent ??= nesting.charAt(0).toUpperCase() + nesting.slice(1);
    if (hasProblems(checked)) return fail(checked);
    create.mutate(body, {
      onSuccess: (area) => {
        setSlug("");
        setName("");
        setProblems(noProblems());
        onAdded(area);
      },
      onError: (error) => fail(problemsFromError(error, fields)),
    });
  }

  return (
    <form
      className="admin-form"
      noValidate
      aria-labelledby={`${idPrefix}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id={`${idPrefix}-heading`}>Add an area</h2>
      <ErrorSummary problems={problems} fieldIds={ids} attempt={attempt} />
      <TextField
        id={ids.name}
        label="Name"
        hint="As the scorecard shows it, such as Hodge Hill."
        autoComplete="off"
        value={name}
        onChange={setName}
        error={problems.fields.name}
      />
      <TextField
        id={ids.slug}
        label="Slug"
        hint="How return files and addresses name the area: lower-case letters, digits and hyphens, such as hodge-hill. It cannot be changed later."
        autoComplete="off"
        value={slug}
        onChange={setSlug}
        error={problems.fields.slug}
      />
      <SelectField
        id={ids.kind}
        label="Kind"
        hint="A ward sits under an area; an area under the whole authority; a service unit under either."
        value={kind}
        onChange={(next) => {
          setKind(next);
          setParent("");
        }}
        options={kindOptions}
        error={problems.fields.kind}
      />
      <SelectField
        id={ids.parent}
        label="Parent"
        value={parentValue}
        onChange={setParent}
        options={
          parents.length > 0
            ? parents.map((area) => ({
                value: area.id,
                label: `${area.name} (${areaKindLabels[area.kind]})`,
              }))
            : [
                {
                  value: "",
                  label: kind === "city" ? "None: the whole authority has no parent" : "None held yet",
                },
              ]
        }
        error={problems.fields.parent}
      />
      <div className="form-actions">
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Add area"}
        </button>
      </div>
    </form>
  );
}
