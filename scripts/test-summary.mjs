// Prints the plain "N passed, N failed" line from vitest's JSON report and exits non-zero on failure.
// Usage: node scripts/test-summary.mjs <report.json> <exit status of the test command>
import { existsSync, readFileSync } from "node:fs";

const [reportPath = "reports/vitest.json", statusText = "0"] = process.argv.slice(2);
const commandStatus = Number(statusText);

if (!existsSync(reportPath)) {
  console.log("No test report was written: lint, type check or the build failed before the tests ran.");
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const report = JSON.parse(readFileSync(reportPath, "utf8"));
const passed = report.numPassedTests ?? 0;
let failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
// A file that failed to load has no failed test in it, yet the run failed: count it.
const brokenSuites = (report.testResults ?? []).filter(
  (suite) =>
    suite.status === "failed" && (suite.assertionResults ?? []).every((test) => test.status !== "failed"),
).length;
failed += brokenSuites;
if (commandStatus !== 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
