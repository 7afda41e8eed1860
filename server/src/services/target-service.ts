import type { TargetsResponse } from "@scorecard/shared/api-schema";
import type { TargetCreateRequest } from "@scorecard/shared/month-schema";
import { periodLongLabel } from "@scorecard/shared/periods";
import { targetValueProblem } from "@scorecard/shared/target-value";
import type { Db } from "../db/database.ts";
import { type WriteContext, writeTransaction } from "../db/write-transaction.ts";
import { HttpError, NotFoundError, UnprocessableError } from "../errors.ts";
import { hasTargetFrom, insertTarget, lockIndicator } from "../repositories/catalogue-write-repository.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import { getTargetHistory } from "./catalogue-service.ts";

/**
 * Adds a target from a month to the indicator's append-only history (audited by the trigger) and
 * answers the whole history. Months from `effectiveFrom` on are rated against it.
 */
export async function addTarget(
  db: Db,
  context: WriteContext & { organisationId: number },
  organisation: OrganisationRow,
  indicatorId: string,
  request: TargetCreateRequest,
): Promise<TargetsResponse> {
  await writeTransaction(db, context, async (tx) => {
    // Locked, so two approvers adding a target for the same month get one 409, not a constraint error.
    const indicator = await lockIndicator(tx, organisation.id, indicatorId);
    if (!indicator) throw new NotFoundError(`id: no indicator "${indicatorId}"`);
    const problem = targetValueProblem(indicator.unit, request.value);
    if (problem) throw new UnprocessableError(problem);
    if (await hasTargetFrom(tx, organisation.id, indicatorId, request.effectiveFrom)) {
      throw new HttpError(
        409,
        `effectiveFrom: "${indicator.title}" already has a target from ${periodLongLabel(request.effectiveFrom)}: a month's target is recorded once, so add the change from another month`,
      );
    }
    await insertTarget(tx, {
      organisationId: organisation.id,
      indicatorId,
      effectiveFrom: request.effectiveFrom,
      value: request.value,
      reason: request.reason,
    });
  });
  return getTargetHistory(db, organisation, indicatorId);
}
