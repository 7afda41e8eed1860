import closeWithGrace from "close-with-grace";
import { buildApp } from "./build-app.ts";
import { ConfigError, loadConfig } from "./config.ts";

/** How long SIGTERM/SIGINT waits for in-flight requests and the database to close before exit 1. */
const SHUTDOWN_GRACE_MS = 10_000;

/** The thin shell: read config, build the app, listen, close gracefully. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const server = await buildApp(
    { config },
    {
      logger: { level: config.LOG_LEVEL },
      connectionTimeout: 30_000,
      requestTimeout: 30_000,
    },
  );

  // Stops accepting connections, lets in-flight requests finish, then closes the database (the
  // app's onClose hooks); exits 0, or 1 after an uncaught error or when the grace time runs out.
  closeWithGrace({ delay: SHUTDOWN_GRACE_MS, logger: server.log }, async ({ signal, err }) => {
    if (err) server.log.error({ err }, "uncaught error, shutting down");
    else server.log.info({ signal }, "shutting down");
    await server.close();
  });

  const address = await server.listen({ port: config.PORT, host: config.HOST });
  const port = new URL(address).port;
  console.log(`Scorecard is running at http://localhost:${port} (database: ${server.databaseKind})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
