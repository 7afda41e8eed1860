import type { IndicatorUpdatedResponse } from "@scorecard/shared/month-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import { baselineKindLabels, polarityLabels } from "./setting-words.ts";

type RuleVersion = IndicatorUpdatedResponse["earlierRules"][number];

const orDefault = (value: number | null) => (value === null ? "Default" : String(value));

/** The rating rules an indicator was judged by before its current one, oldest first. */
export function EarlierRulesTable({ rules }: { rules: readonly RuleVersion[] }) {
  return (
    <section aria-labelledby="earlier-rules-heading">
      <h2 id="earlier-rules-heading">Earlier rating rules</h2>
      <p>The months before each change are still rated by the rule that was in force for them.</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Earlier rating rules, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Direction</th>
              <th scope="col">Baseline</th>
              <th scope="col">Tolerance</th>
              <th scope="col">Trend threshold</th>
              <th scope="col">Why it changed</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <tr key={rule.effectiveUntil}>
                <th scope="row">Rule in force before {periodLongLabel(rule.effectiveUntil)}</th>
                <td>{polarityLabels[rule.polarity]}</td>
                <td>
                  {baselineKindLabels[rule.baselineKind]}
                  {rule.baselineMonth ? ` (${periodLongLabel(rule.baselineMonth)})` : ""}:{" "}
                  {rule.baselineLabel}
                </td>
                <td>{orDefault(rule.tolerance)}</td>
                <td>{orDefault(rule.trendThreshold)}</td>
                <td>{rule.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
