import type { Area } from "@scorecard/shared/api-schema";
import { type AreaEntry, nestingProblem } from "@scorecard/shared/area-hierarchy";
import { type AreaTable, planAreaImport } from "@scorecard/shared/area-import";
import type { AreaCreateRequest, AreasImportedResponse } from "@scorecard/shared/month-schema";
import type { Db, Tx } from "../db/database.ts";
import { type WriteContext, writeTransaction } from "../db/write-transaction.ts";
import { HttpError, RowErrorsError, UnprocessableError } from "../errors.ts";
import {
  insertArea,
  lockOrganisationAreas,
  nextSortOrder,
  updateArea,
} from "../repositories/area-write-repository.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import { listAreas } from "../repositories/scorecard-repository.ts";

type OrganisationContext = WriteContext & { organisationId: number };

/** The organisation's areas as the hierarchy rules see them, with each slug's stored id. */
async function heldAreas(tx: Tx, organisationId: number) {
  const rows = await listAreas(tx, organisationId);
  const slugOf = new Map(rows.map((row) => [row.id, row.slug]));
  const entries: AreaEntry[] = rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    parent: row.parentId === null ? null : (slugOf.get(row.parentId) ?? null),
  }));
  return { entries, idOf: new Map(rows.map((row) => [row.slug, row.id])) };
}

/** Adds one area (a district, a ward, a service unit) under its parent, in one audited transaction. */
export async function createArea(
  db: Db,
  context: OrganisationContext,
  organisation: OrganisationRow,
  request: AreaCreateRequest,
): Promise<Area> {
  return writeTransaction(db, context, async (tx) => {
    await lockOrganisationAreas(tx, organisation.id);
    const { entries, idOf } = await heldAreas(tx, organisation.id);
    const same = entries.find((area) => area.slug === request.slug);
    if (same) throw new HttpError(409, `slug: there is already an area "${request.slug}" (${same.name})`);
    const parent = request.parent === null ? null : entries.find((area) => area.slug === request.parent);
    if (parent === undefined) throw new UnprocessableError(`parent: there is no area "${request.parent}"`);
    const nesting = nestingProblem(request.kind, parent);
    if (nesting) throw new UnprocessableError(`parent: ${nesting}`);
    const city = entries.find((area) => area.kind === "city");
    if (request.kind === "city" && city) {
      throw new UnprocessableError(`kind: the organisation already has its whole authority, "${city.slug}"`);
    }
    await insertArea(tx, {
      organisationId: organisation.id,
      slug: request.slug,
      name: request.name,
      kind: request.kind,
      parentId: parent ? (idOf.get(parent.slug) ?? null) : null,
      sortOrder: await nextSortOrder(tx, organisation.id),
    });
    return {
      id: request.slug,
      name: request.name,
      kind: request.kind,
      parentId: request.parent,
      population: null,
      populationYear: null,
    };
  });
}

/**
 * Loads an areas file in one audited transaction: every problem reported at once and nothing
 * stored, or new areas created (parents first) and held ones updated.
 */
export async function importAreas(
  db: Db,
  context: OrganisationContext,
  organisation: OrganisationRow,
  table: AreaTable,
): Promise<AreasImportedResponse> {
  return writeTransaction(db, context, async (tx) => {
    await lockOrganisationAreas(tx, organisation.id);
    const { entries, idOf } = await heldAreas(tx, organisation.id);
    const decided = planAreaImport(table, entries);
    if ("errors" in decided) {
      const count = decided.errors.length;
      throw new RowErrorsError(
        `The areas file has ${count} problem${count === 1 ? "" : "s"}; nothing was stored`,
        decided.errors,
      );
    }
    const { creates, updates, unchanged } = decided.plan;
    const parentIdOf = (slug: string | null) => {
      if (slug === null) return null;
      const id = idOf.get(slug);
      if (id === undefined) throw new Error(`area import: parent "${slug}" was not stored first`);
      return id;
    };
    let sortOrder = await nextSortOrder(tx, organisation.id);
    for (const area of creates) {
      const id = await insertArea(tx, {
        organisationId: organisation.id,
        slug: area.slug,
        name: area.name,
        kind: area.kind,
        parentId: parentIdOf(area.parent),
        sortOrder: sortOrder++,
      });
      idOf.set(area.slug, id);
    }
    for (const area of updates) {
      await updateArea(tx, organisation.id, area.slug, {
        name: area.name,
        kind: area.kind,
        parentId: parentIdOf(area.parent),
      });
    }
    return { created: creates.length, updated: updates.length, unchanged };
  });
}
