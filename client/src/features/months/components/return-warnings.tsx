import type { ReturnWarning } from "@scorecard/shared/month-schema";

const WARNING_WORDS: Record<ReturnWarning["kind"], string> = {
  outside_process_limits: "Outside the usual range",
  large_change: "Large change",
  areas_do_not_add_up: "Areas do not add up",
};

/** Figures that were stored but look odd: worth a second look before submitting. */
export function ReturnWarnings({
  warnings,
  indicatorNames,
  areaNames,
  isDraft,
}: {
  warnings: readonly ReturnWarning[];
  indicatorNames: ReadonlyMap<string, string>;
  areaNames: ReadonlyMap<string, string>;
  isDraft: boolean;
}) {
  if (warnings.length === 0) return null;
  return (
    <section className="return-warnings" aria-labelledby="return-warnings-heading">
      <h3 id="return-warnings-heading">
        {warnings.length === 1 ? "1 figure to check" : `${warnings.length} figures to check`}
      </h3>
      <p>
        These figures were saved, but they look unusual.
        {isDraft ? " Check them before you submit the month." : ""}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Figures to check</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Area</th>
              <th scope="col">Check</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {warnings.map((warning) => (
              <tr key={`${warning.kind} ${warning.indicator} ${warning.area} ${warning.breakdown}`}>
                <td>{indicatorNames.get(warning.indicator) ?? warning.indicator}</td>
                <td>
                  {areaNames.get(warning.area) ?? warning.area}
                  {warning.breakdown ? ` (${warning.breakdown})` : ""}
                </td>
                <td>{WARNING_WORDS[warning.kind]}</td>
                <td>{warning.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
