// Writes the read API's answers on the seeded data to the committed fixture that
// `read-api-unchanged.test.ts` compares against. Run it only when a response is meant to change:
//   pnpm --filter @scorecard/server exec tsx scripts/capture-read-api.ts
import { writeFileSync } from "node:fs";
import { openPglite } from "../src/db/database.ts";
import { seedDatabase } from "../src/db/seed.ts";
import {
  addWardDistrict,
  captureReadApi,
  encodeFixture,
  readApiFixtureUrl,
  readApiUrls,
} from "../src/test/read-api-fixture.ts";
import { buildTestApp } from "../src/test/test-app.ts";

const database = await openPglite();
await database.migrate();
await seedDatabase(database.db);
const app = await buildTestApp(database);
try {
  const months = (await app.inject("/api/periods")).json().periods.map((p: { period: string }) => p.period);
  const indicatorIds = (await app.inject("/api/indicators"))
    .json()
    .indicators.map((i: { id: string }) => i.id);
  await addWardDistrict(database.db, [...months].reverse());
  const urls = readApiUrls(months, indicatorIds);
  const responses = await captureReadApi(app, urls);
  const bytes = encodeFixture({ months, indicatorIds, responses });
  writeFileSync(readApiFixtureUrl, bytes);
  console.log(`${urls.length} responses, ${bytes.length} bytes gzipped → ${readApiFixtureUrl.pathname}`);
} finally {
  await app.close();
  await database.close();
}
