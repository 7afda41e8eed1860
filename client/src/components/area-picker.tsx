import type { Area } from "@scorecard/shared/api-schema";
import { useId } from "react";

const groups = [
  { kind: "city", label: "Whole authority" },
  { kind: "area", label: "Areas" },
  { kind: "ward", label: "Wards" },
  { kind: "service", label: "City-wide services" },
] as const;

/** Area choice: the city, its areas and wards, and the city-wide service units. */
export function AreaPicker({
  areas,
  value,
  onChange,
}: {
  areas: readonly Area[];
  value: string;
  onChange: (areaId: string) => void;
}) {
  const id = useId();
  const nameOf = new Map(areas.map((area) => [area.id, area.name]));
  return (
    <div className="picker">
      <label htmlFor={id}>Area</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {groups.map((group) => {
          const members = areas.filter((area) => area.kind === group.kind);
          if (members.length === 0) return null;
          return (
            <optgroup key={group.kind} label={group.label}>
              {members.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.name}
                  {group.kind === "ward" && area.parentId
                    ? ` (${nameOf.get(area.parentId) ?? area.parentId})`
                    : ""}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}
