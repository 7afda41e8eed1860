import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, trustProxySetting } from "./config.ts";

describe("loadConfig: accounts and proxies", () => {
  it("needs ADMIN_EMAIL and ADMIN_PASSWORD together, and an acceptable password", () => {
    expect(() => loadConfig({ ADMIN_EMAIL: "a@example.org" })).toThrow(/ADMIN_EMAIL and ADMIN_PASSWORD/);
    expect(() => loadConfig({ ADMIN_PASSWORD: "long-enough-pass-1" })).toThrow(ConfigError);
    expect(() => loadConfig({ ADMIN_EMAIL: "a@example.org", ADMIN_PASSWORD: "short" })).toThrow(
      /ADMIN_PASSWORD: must be at least 12/,
    );
    expect(() => loadConfig({ ADMIN_EMAIL: "not-an-email", ADMIN_PASSWORD: "long-enough-pass-1" })).toThrow(
      /ADMIN_EMAIL:/,
    );
    expect(
      loadConfig({ ADMIN_EMAIL: "a@example.org", ADMIN_PASSWORD: "long-enough-pass-1" }).ADMIN_EMAIL,
    ).toBe("a@example.org");
  });

  it("reads TRUST_PROXY as off, on, a hop count or addresses", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe("false");
    expect(trustProxySetting("false")).toBe(false);
    expect(trustProxySetting("true")).toBe(true);
    const hops = trustProxySetting("1") as (address: string, hop: number) => boolean;
    expect([hops("10.0.0.1", 0), hops("10.0.0.2", 1)]).toEqual([true, false]);
    expect(trustProxySetting("10.0.0.0/8, 127.0.0.1")).toBe("10.0.0.0/8, 127.0.0.1");
    expect(() => loadConfig({ TRUST_PROXY: "yes please" })).toThrow(/TRUST_PROXY:/);
  });
});
