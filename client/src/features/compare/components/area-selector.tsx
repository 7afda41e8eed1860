/** Which areas to show: a checkbox each, all ticked by default; the choice goes into the URL. */
export function AreaSelector({
  areas,
  selected,
  onChange,
}: {
  areas: readonly { areaId: string; name: string }[];
  selected: ReadonlySet<string> | null;
  onChange: (selected: ReadonlySet<string>) => void;
}) {
  const isChecked = (areaId: string) => selected === null || selected.has(areaId);
  const toggle = (areaId: string) => {
    const next = new Set(areas.map((area) => area.areaId).filter(isChecked));
    if (next.has(areaId)) next.delete(areaId);
    else next.add(areaId);
    onChange(next);
  };
  return (
    <fieldset className="no-print">
      <legend>Areas to show</legend>
      <div className="checkbox-list">
        {areas.map((area) => (
          <label key={area.areaId}>
            <input type="checkbox" checked={isChecked(area.areaId)} onChange={() => toggle(area.areaId)} />
            {area.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
