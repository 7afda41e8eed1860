import { parseArgs } from "node:util";
import { roleSchema } from "@scorecard/shared/roles";
import { putMember } from "../auth/member-service.ts";
import { createUser } from "../auth/user-service.ts";
import type { Db } from "../db/database.ts";
import { systemActor } from "../db/write-transaction.ts";
import { BadRequestError, NotFoundError } from "../errors.ts";
import { findOrganisationBySlug } from "../repositories/organisation-repository.ts";

export const USER_CREATE_USAGE =
  "usage: pnpm --filter @scorecard/server user:create -- --email E [--name N] (--admin | --org SLUG --role ROLE)";

export interface UserCreateOptions {
  email: string;
  name: string;
  admin: boolean;
  org?: { slug: string; role: ReturnType<typeof roleSchema.parse> };
}

/** Parses the command line; a bad combination throws a BadRequestError carrying the usage. */
export function parseUserCreateArguments(args: string[]): UserCreateOptions {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      admin: { type: "boolean", default: false },
      org: { type: "string" },
      role: { type: "string" },
    },
  });
  if (!values.email || values.admin === Boolean(values.org) || Boolean(values.org) !== Boolean(values.role)) {
    throw new BadRequestError(USER_CREATE_USAGE);
  }
  const role = values.role === undefined ? undefined : roleSchema.safeParse(values.role);
  if (role && !role.success)
    throw new BadRequestError(`--role: must be one of ${roleSchema.options.join(", ")}`);
  return {
    email: values.email,
    name: values.name ?? values.email,
    admin: values.admin,
    ...(values.org && role?.success ? { org: { slug: values.org, role: role.data } } : {}),
  };
}

/** Creates the account (an installation admin, or a member of one organisation) as the "cli" actor. */
export async function runUserCreate(db: Db, options: UserCreateOptions, password: string) {
  const actor = systemActor("cli");
  const organisation = options.org ? await findOrganisationBySlug(db, options.org.slug) : undefined;
  if (options.org && !organisation) throw new NotFoundError(`--org: no organisation "${options.org.slug}"`);
  const { user } = await createUser(
    db,
    actor,
    undefined,
    {
      email: options.email,
      name: options.name,
      password,
      isInstallationAdmin: options.admin,
    },
    "",
  );
  if (options.org && organisation) {
    await putMember(db, { actor, organisationId: organisation.id }, user.email, options.org.role);
  }
  return user;
}
