import type { Organisation } from "@scorecard/shared/auth-schema";
import type { Db } from "../db/database.ts";
import {
  recordAuditEvent,
  setWriteOrganisation,
  type WriteContext,
  writeTransaction,
} from "../db/write-transaction.ts";
import { HttpError, UnprocessableError } from "../errors.ts";
import {
  findDefaultOrganisation,
  findLocalAuthority,
  insertOrganisation,
  listOrganisations,
  type OrganisationRow,
} from "../repositories/organisation-repository.ts";
import { copyCatalogue, insertWholeAuthorityArea } from "../repositories/organisation-setup-repository.ts";
import { isInstallationAdmin, type Principal } from "./principal.ts";

export const toOrganisation = (row: OrganisationRow, defaultId: number | null = null): Organisation => ({
  slug: row.slug,
  name: row.name,
  laCode: row.oldLaCode,
  newLaCode: row.newLaCode,
  regionCode: row.regionCode,
  regionName: row.regionName,
  isPublic: row.isPublic,
  isDefault: row.id === defaultId,
});

/** "Bristol, City of" → "bristol-city-of". */
export function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The organisations a caller may see: public ones and their own; all of them for the installation admin. */
export async function visibleOrganisations(db: Db, principal: Principal, defaultSlug?: string) {
  const visible = isInstallationAdmin(principal)
    ? ("all" as const)
    : { memberOf: principal.kind === "anonymous" ? [] : principal.memberships.map((m) => m.organisationId) };
  const [rows, defaultRow] = await Promise.all([
    listOrganisations(db, visible),
    findDefaultOrganisation(db, defaultSlug),
  ]);
  return rows.map((row) => toOrganisation(row, defaultRow?.id ?? null));
}

/**
 * Creates an organisation from its DfE (old) LA code: name, new code and region come from the
 * local authorities held from DfE's data; statistical neighbours are looked up by that code.
 */
export async function createOrganisation(
  db: Db,
  context: WriteContext,
  input: { laCode: string; slug?: string | undefined; isPublic: boolean },
  defaultSlug?: string | undefined,
) {
  const authority = await findLocalAuthority(db, input.laCode);
  if (!authority)
    throw new UnprocessableError(`laCode: DfE's data has no local authority with code ${input.laCode}`);
  if (!authority.newCode)
    throw new UnprocessableError(`laCode: ${input.laCode} has no current LA code in DfE's data`);
  const slug = input.slug ?? slugFromName(authority.name);
  return writeTransaction(db, context, async (tx) => {
    const row = await insertOrganisation(tx, {
      slug,
      name: authority.name,
      oldLaCode: authority.code,
      newLaCode: authority.newCode as string,
      regionCode: authority.regionCode,
      regionName: authority.regionName,
      isPublic: input.isPublic,
    });
    if (!row)
      throw new HttpError(409, `laCode: an organisation for ${input.laCode} or slug ${slug} already exists`);
    await setWriteOrganisation(tx, row.id);
    await insertWholeAuthorityArea(tx, row);
    const standard = await findDefaultOrganisation(tx, defaultSlug);
    const indicatorsCopied =
      standard && standard.id !== row.id ? await copyCatalogue(tx, standard.id, row.id) : 0;
    await recordAuditEvent(
      tx,
      { ...context, organisationId: row.id },
      {
        action: "organisation.created",
        detail: { slug, laCode: authority.code, name: authority.name, indicatorsCopied },
      },
    );
    return toOrganisation(row);
  });
}
