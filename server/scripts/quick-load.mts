import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { listeningPort, spawnServer } from "../src/test/spawned-server.ts";

const env: Record<string, string> = { LOG_LEVEL: "warn", READ_CACHE: process.env.RC ?? "on" };
if (process.env.PGURL) env.DATABASE_URL = process.env.PGURL;
else env.DATA_DIR = mkdtempSync(join(tmpdir(), "ql-"));
const server = spawnServer(env);
const port = await listeningPort(server);
const paths = (process.env.PATHS ?? "/api/scorecard?period=2017-12").split(",");
for (const path of paths) {
  await fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.text());
  for (const c of (process.env.CONN ?? "100").split(",").map(Number)) {
    const r = await autocannon({
      url: `http://127.0.0.1:${port}${path}`,
      connections: c,
      duration: Number(process.env.DUR ?? 5),
    });
    console.log(
      path,
      c,
      Math.round(r.requests.average),
      "req/s p50",
      r.latency.p50,
      "p99",
      r.latency.p99,
      "errors",
      r.errors + r.non2xx + r.timeouts,
    );
  }
}
server.child.kill("SIGTERM");
