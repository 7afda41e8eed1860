import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { sweepExpiredDrillDowns } from "../../annex-a/annex-a-retention.ts";

/** How often the expired Annex A drill-downs of every organisation are deleted. */
export const ANNEX_A_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Deletes the Annex A drill-downs past their `keptUntil` at start and every hour, so child ids do not
 * outlive their retention in an organisation nobody uploads to or reads (reads never serve them
 * anyway). A failed sweep (database unavailable) is logged and tried again at the next one.
 */
export default fp(
  async (app: FastifyInstance) => {
    let running: Promise<void> | null = null;
    const sweep = () => {
      running ??= sweepExpiredDrillDowns(app.db)
        .then((deleted) => {
          if (deleted > 0) app.log.info({ deleted }, "annex a: expired drill-downs deleted");
        })
        .catch((error: unknown) => app.log.warn({ err: error }, "annex a: drill-down sweep failed"))
        .finally(() => {
          running = null;
        });
      return running;
    };
    let timer: NodeJS.Timeout | undefined;
    app.addHook("onReady", async () => {
      // Not awaited: a database still coming up must not hold start-up back.
      void sweep();
      timer = setInterval(sweep, ANNEX_A_SWEEP_INTERVAL_MS);
      timer.unref();
    });
    // Before any onClose hook, so the database is still open for a sweep in flight.
    app.addHook("preClose", async () => {
      clearInterval(timer);
      await running;
    });
  },
  { name: "annex-a-retention-sweep", dependencies: ["database"] },
);
