import { and, eq } from "drizzle-orm";
import type { Tx } from "../db/database.ts";
import { indicatorRuleVersions, indicators, targets } from "../db/schema.ts";
import type { IndicatorRecord } from "./scorecard-repository.ts";

/** Writes to the indicator catalogue and the target history; each runs in the caller's transaction. */

/** The indicator, locked until the transaction ends, so two changes to it are made one after the other. */
export async function lockIndicator(
  tx: Tx,
  organisationId: number,
  id: string,
): Promise<IndicatorRecord | null> {
  const [row] = await tx
    .select()
    .from(indicators)
    .where(and(eq(indicators.organisationId, organisationId), eq(indicators.id, id)))
    .for("update");
  return row ?? null;
}

export async function hasTargetFrom(
  tx: Tx,
  organisationId: number,
  indicatorId: string,
  effectiveFrom: string,
) {
  const rows = await tx
    .select({ id: targets.id })
    .from(targets)
    .where(
      and(
        eq(targets.organisationId, organisationId),
        eq(targets.indicatorId, indicatorId),
        eq(targets.effectiveFrom, effectiveFrom),
      ),
    );
  return rows.length > 0;
}

export async function insertTarget(tx: Tx, row: typeof targets.$inferInsert) {
  await tx.insert(targets).values(row);
}

export async function updateIndicator(
  tx: Tx,
  organisationId: number,
  id: string,
  changes: Partial<typeof indicators.$inferInsert>,
) {
  if (Object.keys(changes).length === 0) return;
  await tx
    .update(indicators)
    .set(changes)
    .where(and(eq(indicators.organisationId, organisationId), eq(indicators.id, id)));
}

export async function insertRuleVersion(tx: Tx, row: typeof indicatorRuleVersions.$inferInsert) {
  await tx.insert(indicatorRuleVersions).values(row);
}
