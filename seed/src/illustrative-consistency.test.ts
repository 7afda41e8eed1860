import { describe, expect, it } from "vitest";
import { consistentWithPapers } from "./illustrative-consistency.ts";
import { illustrativeHistory } from "./illustrative-history.ts";
import { scorecard2015_05 } from "./scorecard-2015-05.ts";
import { scorecard2016_04 } from "./scorecard-2016-04.ts";
import { scorecard2017_12 } from "./scorecard-2017-12.ts";

const scorecards = [scorecard2015_05, scorecard2016_04, scorecard2017_12];

describe("consistentWithPapers", () => {
  const kept = consistentWithPapers(illustrativeHistory, scorecards);

  it("gives a paper's month no series the paper did not print", () => {
    const mashInDecember = kept.filter(
      (observation) => observation.areaId === "mash" && observation.period === "2017-12",
    );
    expect(mashInDecember).toEqual([]);
    // Not vacuous: the generator did make some, and they were dropped.
    expect(
      illustrativeHistory.some(
        (observation) => observation.areaId === "mash" && observation.period === "2017-12",
      ),
    ).toBe(true);
  });

  it("keeps every series in months no paper covered", () => {
    const november = (list: typeof illustrativeHistory) =>
      list.filter((observation) => observation.period === "2017-11");
    expect(november(kept)).toEqual(november(illustrativeHistory));
  });
});
