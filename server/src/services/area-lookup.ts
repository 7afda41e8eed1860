import type { Db } from "../db/database.ts";
import { NotFoundError } from "../errors.ts";
import { findDefaultOrganisation, listAreas } from "../repositories/scorecard-repository.ts";

/** The organisation being served and the requested area of it; a 404 naming `area` when unknown. */
export async function resolveOrganisationArea(db: Db, areaSlug: string) {
  const organisation = await findDefaultOrganisation(db);
  if (!organisation) throw new NotFoundError("No organisation has been loaded into this database");
  const areaList = await listAreas(db, organisation.id);
  const area = areaList.find((candidate) => candidate.slug === areaSlug);
  if (!area) {
    const known = areaList.map((candidate) => candidate.slug).join(", ");
    throw new NotFoundError(`area: no area "${areaSlug}"; known areas: ${known}`);
  }
  return { organisation, area, areaList };
}
