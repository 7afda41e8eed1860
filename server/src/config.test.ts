import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: "0.0.0.0", LOG_LEVEL: "info" });
    expect(config.DATA_DIR).toBe(`${process.cwd()}/data`);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config).toMatchObject({ READ_CACHE: "on", READ_CACHE_MAX_MB: 64 });
  });

  it("turns the read cache off with READ_CACHE=off", () => {
    expect(loadConfig({ READ_CACHE: "off" }).READ_CACHE).toBe("off");
  });

  it("reads PORT, DATA_DIR and DATABASE_URL", () => {
    const config = loadConfig({
      PORT: "4123",
      DATA_DIR: "/tmp/x",
      DATABASE_URL: "postgres://u@localhost/db",
    });
    expect(config).toMatchObject({
      PORT: 4123,
      DATA_DIR: "/tmp/x",
      DATABASE_URL: "postgres://u@localhost/db",
    });
  });

  it.each([
    ["PORT", { PORT: "eighty" }],
    ["PORT", { PORT: "70000" }],
    ["LOG_LEVEL", { LOG_LEVEL: "loud" }],
    ["DATABASE_URL", { DATABASE_URL: "mysql://localhost/db" }],
    ["READ_CACHE", { READ_CACHE: "no" }],
    ["READ_CACHE_MAX_MB", { READ_CACHE_MAX_MB: "lots" }],
  ])("names %s when its value is bad", (name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${name}:`));
  });

  it("resolves a relative DATA_DIR from where the command was typed", () => {
    expect(loadConfig({ DATA_DIR: "db", INIT_CWD: "/home/me/scorecard" }).DATA_DIR).toBe(
      "/home/me/scorecard/db",
    );
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });
});
