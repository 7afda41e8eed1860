import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  addWardDistrict,
  type CapturedResponse,
  captureReadApi,
  decodeFixture,
  readApiFixtureUrl,
  readApiUrls,
} from "../../test/read-api-fixture.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

/**
 * The read API answers exactly as it did when the fixture was captured: every seeded month's
 * scorecard for the city, an area, a ward-built district and a service, and every indicator's
 * series. A response meant to change is re-captured with `scripts/capture-read-api.ts`.
 */
function firstDifference(actual?: CapturedResponse, expected?: CapturedResponse) {
  const a = actual?.body ?? "";
  const b = expected?.body ?? "";
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const window = (text: string) => text.slice(Math.max(0, at - 160), at + 160);
  return {
    statusCode: actual?.statusCode,
    expectedStatusCode: expected?.statusCode,
    got: window(a),
    expected: window(b),
  };
}

const fixture = decodeFixture(readFileSync(readApiFixtureUrl));

describe.each(databaseLanes())("read API responses unchanged on $name", (lane) => {
  const seeded = useSeededApp(lane);

  it("serves every captured response byte for byte", { timeout: 240_000 }, async () => {
    const months = (await seeded.app.inject("/api/periods"))
      .json()
      .periods.map((p: { period: string }) => p.period);
    expect(months).toEqual(fixture.months);
    await addWardDistrict(seeded.database.db, [...months].reverse());
    // Written in SQL, not through the API: the read cache sees it at its next poll, or now.
    await seeded.app.dataVersionWatch?.refresh();
    const urls = readApiUrls(fixture.months, fixture.indicatorIds);
    expect(urls).toEqual(Object.keys(fixture.responses));
    const responses = await captureReadApi(seeded.app, urls);
    const changed = urls.filter(
      (url) =>
        responses[url]?.statusCode !== fixture.responses[url]?.statusCode ||
        responses[url]?.body !== fixture.responses[url]?.body,
    );
    // Show where the first changed response first differs, so a failure says what changed.
    const first = changed[0];
    if (first) expect(firstDifference(responses[first], fixture.responses[first])).toEqual({ url: first });
    expect(changed).toEqual([]);
  });
});
