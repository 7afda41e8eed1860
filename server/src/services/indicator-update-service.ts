import { EES_MEASURES } from "@scorecard/dfe/measures";
import { planIndicatorUpdate } from "@scorecard/shared/indicator-update";
import type { IndicatorUpdatedResponse, IndicatorUpdateRequest } from "@scorecard/shared/month-schema";
import type { Db } from "../db/database.ts";
import { type WriteContext, writeTransaction } from "../db/write-transaction.ts";
import { HttpError, NotFoundError } from "../errors.ts";
import {
  insertRuleVersion,
  lockIndicator,
  updateIndicator,
} from "../repositories/catalogue-write-repository.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import {
  findIndicator,
  type IndicatorRecord,
  listRuleVersions,
  type RuleVersionRecord,
} from "../repositories/scorecard-repository.ts";
import { toIndicator } from "./catalogue-service.ts";

function toResponse(
  indicator: IndicatorRecord,
  versions: readonly RuleVersionRecord[],
): IndicatorUpdatedResponse {
  return {
    ...toIndicator(indicator),
    dfeMeasureId: indicator.dfeMeasureId,
    earlierRules: versions.map((version) => ({
      effectiveUntil: version.effectiveUntil,
      polarity: version.polarity,
      baselineKind: version.baselineKind,
      baselineLabel: version.baselineLabel,
      baselineMonth: version.baselineMonth,
      tolerance: version.tolerance,
      trendThreshold: version.trendThreshold,
      reason: version.reason,
      recordedAt: version.recordedAt.toISOString(),
    })),
  };
}

/**
 * Changes an indicator of the catalogue in one audited transaction. Other fields change in place;
 * a changed rating rule applies from `effectiveFrom`, and the rule it replaces is kept for the
 * months before (`indicator_rule_versions`), so they stay rated as they were judged.
 */
export async function updateIndicatorDefinition(
  db: Db,
  context: WriteContext & { organisationId: number },
  organisation: OrganisationRow,
  indicatorId: string,
  request: IndicatorUpdateRequest,
): Promise<IndicatorUpdatedResponse> {
  return writeTransaction(db, context, async (tx) => {
    const indicator = await lockIndicator(tx, organisation.id, indicatorId);
    if (!indicator) throw new NotFoundError(`id: no indicator "${indicatorId}"`);
    const versions = await listRuleVersions(tx, organisation.id, indicatorId);
    const decided = planIndicatorUpdate(indicator, request, {
      dfeMeasureIds: EES_MEASURES.map((measure) => measure.id),
      latestRuleUntil: versions.at(-1)?.effectiveUntil ?? null,
    });
    if ("refusal" in decided) throw new HttpError(decided.refusal.status, decided.refusal.message);
    const { changes, ruleChange } = decided.plan;
    if (ruleChange) {
      await insertRuleVersion(tx, {
        organisationId: organisation.id,
        indicatorId,
        effectiveUntil: ruleChange.effectiveFrom,
        ...ruleChange.previous,
        reason: ruleChange.reason,
      });
    }
    await updateIndicator(tx, organisation.id, indicatorId, changes);
    const updated = await findIndicator(tx, organisation.id, indicatorId);
    if (!updated) throw new Error(`indicator "${indicatorId}" vanished inside its own transaction`);
    return toResponse(updated, await listRuleVersions(tx, organisation.id, indicatorId));
  });
}
