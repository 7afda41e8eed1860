import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * One process per PGlite data directory: two PGlite instances on one directory corrupt it, and
 * PGlite itself does not stop the second. The lock is a file created with O_EXCL (`wx`), so of two
 * servers starting together exactly one creates it; it holds the owner's pid, so a lock left by a
 * process that died is recognised and taken over.
 */
export const LOCK_FILE_NAME = "scorecard-server.lock";

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Scorecard server (pid ${ownerPid}). ` +
        "Stop that server, or set DATA_DIR to another directory. If no such process exists, " +
        `delete ${join(dataDir, LOCK_FILE_NAME)}.`,
    );
    this.name = "DataDirLockedError";
  }
}

export interface DataDirLock {
  path: string;
  release(): void;
}

/** Locks this process holds: a lock file naming our own pid but not in here was left by an earlier
 * process that had the same pid (pid 1 in a container, restarted). */
const heldHere = new Set<string>();

function isAlive(pid: number, path: string): boolean {
  if (pid === process.pid) return heldHere.has(path);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, "wx");
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Takes the lock on `dataDir` (creating the directory), or throws DataDirLockedError. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path)) {
      heldHere.add(path);
      return {
        path,
        release: () => {
          heldHere.delete(path);
          // Only remove our own lock: never one a later owner took over.
          if (readOwner(path) === process.pid) unlinkSync(path);
        },
      };
    }
    let owner = readOwner(path);
    if (owner === undefined) {
      // A lock created this instant is empty until its pid is written: look again before judging it.
      await new Promise((resolve) => setTimeout(resolve, 100));
      owner = readOwner(path);
    }
    if (owner !== undefined && isAlive(owner, path)) throw new DataDirLockedError(dataDir, owner);
    // Stale (its owner died without releasing): remove it and race for it again through O_EXCL.
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  throw new DataDirLockedError(dataDir, readOwner(path) ?? 0);
}
