import { buildApp } from "./build-app.ts";
import { ConfigError, loadConfig } from "./config.ts";

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

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.log.info({ signal }, "shutting down");
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }

  const address = await server.listen({ port: config.PORT, host: config.HOST });
  const port = new URL(address).port;
  console.log(`Scorecard is running at http://localhost:${port} (database: ${server.databaseKind})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
