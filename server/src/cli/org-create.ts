import { parseArgs } from "node:util";
import { createOrganisation } from "../auth/organisation-service.ts";
import { ConfigError } from "../config.ts";
import { systemActor } from "../db/write-transaction.ts";
import { HttpError } from "../errors.ts";
import { cliArguments, openCliDatabase } from "./cli-database.ts";

/**
 * `pnpm --filter @scorecard/server org:create -- --la 330 [--slug birmingham] [--private]` —
 * creates an organisation from its DfE LA code in the configured database.
 */
async function main(argv: string[]) {
  const { values } = parseArgs({
    args: cliArguments(argv),
    options: {
      la: { type: "string" },
      slug: { type: "string" },
      private: { type: "boolean", default: false },
    },
  });
  if (!values.la) {
    console.error(
      "usage: pnpm --filter @scorecard/server org:create -- --la <DfE LA code> [--slug SLUG] [--private]",
    );
    return 2;
  }
  const database = await openCliDatabase();
  try {
    const organisation = await createOrganisation(
      database.db,
      { actor: systemActor("cli"), organisationId: null },
      { laCode: values.la, slug: values.slug, isPublic: !values.private },
      database.defaultOrg,
    );
    console.log(
      `created ${organisation.slug}: ${organisation.name} (${organisation.laCode}, ${organisation.regionName ?? "no region"}, ${organisation.isPublic ? "public" : "private"})`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof HttpError || error instanceof ConfigError || error instanceof TypeError;
    console.error(known ? (error as Error).message : error);
    process.exit(1);
  },
);
