import { createServer, type Server, type Socket } from "node:net";
import { createPostgres } from "../db/database.ts";

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (typeof address === "object" && address) resolve(address.port);
      else reject(new Error("no port"));
    });
  });
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** A port nothing listens on (taken from the OS, then released): connecting is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await close(server);
  return port;
}

/** A port that accepts connections and never answers: what a hung or firewalled server looks like. */
export async function silentPort(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const port = await listen(server);
  return {
    port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await close(server);
    },
  };
}

/** A real node-postgres Database pointed at a port; its queries fail as they would in production. */
export function postgresAt(port: number) {
  const logged: Error[] = [];
  const { database } = createPostgres(`postgres://scorecard:scorecard@127.0.0.1:${port}/scorecard`, {
    logConnectionError: (error) => logged.push(error),
  });
  return { database, logged };
}
