import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { DataVersionWatch } from "../../read-cache/data-version-watch.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** The data versions and organisations in memory, for the read cache; null with READ_CACHE=off. */
    dataVersionWatch: DataVersionWatch | null;
  }
}

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Keeps the read cache's view of the data versions current without a query per read: loaded at
 * start, polled every READ_CACHE_POLL_MS (a write through another process on the same PostgreSQL is
 * seen within that), and re-read before the answer to any write through this process leaves, so
 * the writer's next read is fresh. A failed poll (database unavailable) keeps the last view.
 */
export default fp(
  async (app: FastifyInstance) => {
    if (app.config.READ_CACHE === "off") {
      app.decorate("dataVersionWatch", null);
      return;
    }
    const watch = new DataVersionWatch(app.db);
    app.decorate("dataVersionWatch", watch);
    const refreshQuietly = () =>
      watch.refresh().catch((error: unknown) => {
        app.log.debug({ err: error }, "data versions: refresh failed; keeping the last view");
      });

    let timer: NodeJS.Timeout | undefined;
    app.addHook("onReady", async () => {
      await refreshQuietly();
      timer = setInterval(refreshQuietly, app.config.READ_CACHE_POLL_MS);
      timer.unref();
    });
    app.addHook("onClose", async () => clearInterval(timer));

    app.addHook("onSend", async (request, _reply, payload) => {
      if (STATE_CHANGING.has(request.method)) await refreshQuietly();
      return payload;
    });
  },
  { name: "data-version-watch", dependencies: ["config", "database"] },
);
