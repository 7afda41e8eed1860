import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir } from "./data-dir-lock.ts";
import { openPglite } from "./database.ts";

/** A pid that certainly belongs to no running process: one that has just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "0"]);
  if (!child.pid) throw new Error("could not spawn");
  return child.pid;
}

// PGlite only: a PostgreSQL server guards its own data directory.
describe("the PGlite data directory lock", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), "scorecard-lock-"));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it("refuses a second database on the same directory, naming it, until the first closes", async () => {
    const first = await openPglite(dataDir);
    try {
      const second = openPglite(dataDir);
      await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(second).rejects.toThrow(dataDir);
      await expect(second).rejects.toThrow(`pid ${process.pid}`);
      // The first is untouched by the refused attempt.
      await first.db.execute(sql`select 1`);
      expect(readFileSync(join(dataDir, LOCK_FILE_NAME), "utf8").trim()).toBe(String(process.pid));
    } finally {
      await first.close();
    }
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
    const next = await lockDataDir(dataDir);
    next.release();
  });

  it("takes over a lock left by a process that died", async () => {
    const stale = deadPid();
    writeFileSync(join(dataDir, LOCK_FILE_NAME), `${stale}\n`);
    const lock = await lockDataDir(dataDir);
    expect(readFileSync(lock.path, "utf8").trim()).toBe(String(process.pid));
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it("takes over a lock naming our own pid that this process does not hold (a restarted container)", async () => {
    writeFileSync(join(dataDir, LOCK_FILE_NAME), `${process.pid}\n`);
    const lock = await lockDataDir(dataDir);
    await expect(lockDataDir(dataDir)).rejects.toBeInstanceOf(DataDirLockedError);
    lock.release();
  });

  it("takes over an empty or garbled lock file", async () => {
    writeFileSync(join(dataDir, LOCK_FILE_NAME), "not a pid");
    const lock = await lockDataDir(dataDir);
    expect(readFileSync(lock.path, "utf8").trim()).toBe(String(process.pid));
    lock.release();
  });

  it("leaves alone a lock that another process took over after ours", async () => {
    const lock = await lockDataDir(dataDir);
    const other = deadPid();
    writeFileSync(lock.path, `${other}\n`);
    lock.release();
    expect(readFileSync(lock.path, "utf8").trim()).toBe(String(other));
  });
});
