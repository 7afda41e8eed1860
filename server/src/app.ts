import type { FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import auditService from "./audit/audit-service-plugin.ts";
import type { Config } from "./config.ts";
import type { Database } from "./db/database.ts";
import annexARetentionSweep from "./plugins/app/annex-a-retention-sweep.ts";
import authFirstAdmin from "./plugins/app/auth-first-admin.ts";
import authGuard from "./plugins/app/auth-guard.ts";
import dataVersionWatch from "./plugins/app/data-version-watch.ts";
import readCache from "./plugins/app/read-cache.ts";
import scorecardService from "./plugins/app/scorecard-service.ts";
import statisticsService from "./plugins/app/statistics-service.ts";
import clientApp from "./plugins/external/client-app.ts";
import compress from "./plugins/external/compress.ts";
import configPlugin from "./plugins/external/config.ts";
import cookie from "./plugins/external/cookie.ts";
import cors from "./plugins/external/cors.ts";
import database from "./plugins/external/database.ts";
import drainOnClose from "./plugins/external/drain-on-close.ts";
import errorHandler from "./plugins/external/error-handler.ts";
import helmet from "./plugins/external/helmet.ts";
import openapi from "./plugins/external/openapi.ts";
import requestId from "./plugins/external/request-id.ts";
import apiRoutes from "./routes/api/index.ts";

export interface AppOptions {
  config: Config;
  /** Tests pass a shared, already migrated database; otherwise the app opens its own. */
  database?: Database;
}

/**
 * The whole application as one plugin, in tiers: external plugins (config, request ids, errors, database,
 * CORS, compression, OpenAPI), then app services and the read cache, then routes, then the client app.
 */
export async function app(instance: FastifyInstance, options: AppOptions) {
  instance.setValidatorCompiler(validatorCompiler);
  instance.setSerializerCompiler(serializerCompiler);

  await instance.register(configPlugin, { config: options.config });
  await instance.register(requestId);
  await instance.register(drainOnClose);
  await instance.register(errorHandler);
  // Before every route: the guard checks each route against the permission table as it is added.
  await instance.register(cookie);
  await instance.register(helmet);
  await instance.register(authGuard);
  await instance.register(database, { database: options.database });
  await instance.register(cors);
  await instance.register(compress);
  await instance.register(openapi);

  await instance.register(authFirstAdmin);
  await instance.register(scorecardService);
  await instance.register(statisticsService);
  await instance.register(auditService);
  await instance.register(annexARetentionSweep);
  await instance.register(dataVersionWatch);
  // After the auth guard (it needs the reader and organisation), before the routes it answers for.
  await instance.register(readCache);

  await instance.register(apiRoutes, { prefix: "/api" });
  await instance.register(clientApp);
}
