import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/database.ts";
import { buildTestApp } from "../../test/test-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const clientRoot = fileURLToPath(new URL("../../../../client/", import.meta.url));

/** Inline scripts would need 'unsafe-inline' in the policy: the client must have none. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes, body]) => !/\bsrc=/.test(attributes ?? "") || (body ?? "").trim() !== "")
    .map(([tag]) => tag);
}

describe("the client's HTML", () => {
  it("has no inline script, in source and (when built) in the build", () => {
    expect(inlineScripts(readFileSync(join(clientRoot, "index.html"), "utf8"))).toEqual([]);
    const built = join(clientRoot, "dist/index.html");
    if (existsSync(built)) expect(inlineScripts(readFileSync(built, "utf8"))).toEqual([]);
    expect(
      inlineScripts('<script>alert(1)</script><script type="module" src="/a.js"></script>'),
    ).toHaveLength(1);
  });
});

describe.each(databaseLanes())("security headers on $name", (lane) => {
  let database: Database;
  let app: FastifyInstance;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "scorecard-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(
      join(dist, "index.html"),
      '<!doctype html><script type="module" src="/assets/app-1a2b.js"></script>',
    );
    writeFileSync(join(dist, "assets/app-1a2b.js"), "console.log('app')");
    writeFileSync(join(dist, "assets/app-1a2b.js.map"), "{}");
    database = await lane.open();
    await database.migrate();
    app = await buildTestApp(database, { CLIENT_DIST: dist });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("sends a strict CSP and the other helmet headers, and no HSTS over plain HTTP", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health" });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["strict-transport-security"]).toBeUndefined();
  });

  it("sends the headers on refusals too", async () => {
    const response = await app.inject({ method: "GET", url: "/api/session" });
    expect(response.statusCode).toBe(401);
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
  });

  it("gives the API reference its own policy, and it still loads", async () => {
    const page = await app.inject({ method: "GET", url: "/api/docs/" });
    expect(page.statusCode).toBe(200);
    const csp = String(page.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(inlineScripts(page.body)).toEqual([]);
    const initializer = await app.inject({ method: "GET", url: "/api/docs/static/swagger-initializer.js" });
    expect(initializer.statusCode).toBe(200);
  });

  it("caches hashed assets for a year, revalidates index.html, and serves no source maps", async () => {
    const asset = await app.inject({ method: "GET", url: "/assets/app-1a2b.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    for (const url of ["/", "/indicators/re-referrals?area=city"]) {
      const page = await app.inject({ method: "GET", url });
      expect(page.statusCode).toBe(200);
      expect(page.headers["cache-control"]).toBe("no-cache");
    }
    const map = await app.inject({ method: "GET", url: "/assets/app-1a2b.js.map" });
    expect(map.body).not.toBe("{}");
    expect([403, 404]).toContain(map.statusCode);
  });

  it("limits JSON bodies to 64 KB", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/session",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ email: "a@example.org", password: "x".repeat(70 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
  });
});
