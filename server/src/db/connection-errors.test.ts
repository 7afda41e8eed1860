import { DrizzleQueryError } from "drizzle-orm/errors";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { closedPort } from "../test/unreachable-postgres.ts";
import { isDatabaseUnavailableError } from "./connection-errors.ts";

const withCode = (code: string, message = "from the driver") => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailableError", () => {
  it("recognises a real refused connection", async () => {
    const client = new pg.Client({ host: "127.0.0.1", port: await closedPort() });
    const error = await client.connect().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(isDatabaseUnavailableError(error)).toBe(true);
  });

  it.each([
    ["admin shutdown", withCode("57P01")],
    ["starting up or shutting down", withCode("57P03")],
    ["a connection exception", withCode("08006")],
    ["too many connections", withCode("53300")],
    ["a reset socket", withCode("ECONNRESET")],
    ["a dropped connection", new Error("Connection terminated unexpectedly")],
    ["a connect timeout", new Error("timeout exceeded when trying to connect")],
    ["a dual-stack refusal", new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")])],
  ])("recognises %s", (_what, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(true);
    expect(isDatabaseUnavailableError(new DrizzleQueryError("select 1", [], error))).toBe(true);
  });

  it.each([
    ["a missing table", withCode("42P01", 'relation "area" does not exist')],
    ["a unique violation", withCode("23505")],
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    ["not an error", "ECONNREFUSED"],
    ["nothing", undefined],
  ])("does not mistake %s for an outage", (_what, error) => {
    expect(isDatabaseUnavailableError(error)).toBe(false);
  });
});
