import type { Db } from "../db/database.ts";
import { NotFoundError } from "../errors.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import { listAreas } from "../repositories/scorecard-repository.ts";

/** The requested area of the organisation being served; a 404 naming `area` when unknown. */
export async function resolveArea(db: Db, organisation: OrganisationRow, areaSlug: string) {
  const areaList = await listAreas(db, organisation.id);
  const area = areaList.find((candidate) => candidate.slug === areaSlug);
  if (!area) {
    const known = areaList.map((candidate) => candidate.slug).join(", ");
    throw new NotFoundError(`area: no area "${areaSlug}"; known areas: ${known}`);
  }
  return { area, areaList };
}
