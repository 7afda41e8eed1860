import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const serverDirectory = fileURLToPath(new URL("../..", import.meta.url));

export interface SpawnedServer {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output: () => string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/**
 * The real server, as `pnpm start` runs it (tsx, src/server.ts), on a free port of 127.0.0.1.
 * `env` adds to the inherited environment; DATABASE_URL is only what `env` says.
 */
export function spawnServer(env: Record<string, string>): SpawnedServer {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info" };
  delete childEnv.DATABASE_URL;
  Object.assign(childEnv, env);
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: serverDirectory,
    env: childEnv,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits for the start-up line and returns the port it names; throws if the server exits first. */
export async function listeningPort(server: SpawnedServer): Promise<number> {
  for (;;) {
    const port = /Scorecard is running at http:\/\/localhost:(\d+)/.exec(server.output())?.[1];
    if (port) return Number(port);
    if (server.child.exitCode !== null) throw new Error(`the server exited: ${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Ends a server still running (after a failed test), without waiting for grace. */
export async function killServer(server: SpawnedServer | undefined) {
  if (server && server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill("SIGKILL");
    await server.exited;
  }
}
