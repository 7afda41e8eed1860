import type { MonthStep } from "./month-schema.ts";
import type { MonthState } from "./month-states.ts";
import type { Role } from "./roles.ts";

/**
 * The rules of a month's life, as one table: who may take each step, from which states, what it
 * leads to, and whether it needs a reason. The permissions table and the server's month service
 * both read it, so the cycle is defined once.
 */
export interface MonthStepRule {
  /** The lowest role that may take the step. */
  role: Role;
  /** The states the step may be taken from; null means the month must not exist yet. */
  from: readonly MonthState[] | null;
  to: MonthState;
  needsReason: boolean;
  /** Said in a 409 when the month is in another state. */
  describe: string;
}

export const MONTH_STEP_RULES: Record<MonthStep, MonthStepRule> = {
  open: { role: "editor", from: null, to: "draft", needsReason: false, describe: "open a month as a draft" },
  submit: {
    role: "editor",
    from: ["draft"],
    to: "submitted",
    needsReason: false,
    describe: "submit a draft",
  },
  return: {
    role: "approver",
    from: ["submitted", "approved"],
    to: "draft",
    needsReason: true,
    describe: "return a submitted or approved month to draft",
  },
  approve: {
    role: "approver",
    from: ["submitted"],
    to: "approved",
    needsReason: false,
    describe: "approve a submitted month",
  },
  publish: {
    role: "approver",
    from: ["approved"],
    to: "published",
    needsReason: false,
    describe: "publish an approved month",
  },
  reopen: {
    role: "approver",
    from: ["published"],
    to: "draft",
    needsReason: true,
    describe: "reopen a published month for a correction",
  },
};

/** The month as the step sees it: null when it has not been opened. */
export interface MonthStepSubject {
  state: MonthState;
  /** The account that submitted the current revision. */
  submittedByUserId: number | null;
  figureCount: number;
}

export type MonthStepRefusal = { status: 403 | 409 | 422; message: string };

/**
 * Whether `step` may be taken now by `actorUserId` (null for an API token, which is not a person
 * and so can never be the second pair of eyes). Role is checked by the permissions table first.
 */
export function refuseMonthStep(
  step: MonthStep,
  month: MonthStepSubject | null,
  actor: { userId: number | null },
  reason: string | undefined,
): MonthStepRefusal | null {
  const rule = MONTH_STEP_RULES[step];
  if (rule.needsReason && !reason?.trim()) {
    return {
      status: 422,
      message: `reason: say why you ${step} the month; it is kept in the month's history`,
    };
  }
  if (rule.from === null) {
    if (month)
      return {
        status: 409,
        message: `The month is already open (it is ${month.state}); there is nothing to open`,
      };
    return null;
  }
  if (!month)
    return { status: 409, message: `The month has not been opened: open it or upload its figures first` };
  if (!rule.from.includes(month.state)) {
    return { status: 409, message: `Only ${rule.describe}: this month is ${month.state}` };
  }
  if (step === "submit" && month.figureCount === 0) {
    return {
      status: 409,
      message: "The draft has no figures yet: upload the return or enter figures before submitting",
    };
  }
  if (step === "approve") {
    if (actor.userId === null) {
      return { status: 403, message: "A month is approved by a person signed in, not by an API token" };
    }
    if (month.submittedByUserId === actor.userId) {
      return {
        status: 403,
        message: "You submitted this month: it must be approved by someone else (four eyes)",
      };
    }
  }
  return null;
}

/**
 * Why the draft's figures or commentary may not be changed now, or null when they may: only a
 * draft (or a month not yet opened, which the first upload opens) takes changes.
 */
export function refuseDraftChange(state: MonthState | null): MonthStepRefusal | null {
  if (state === null || state === "draft") return null;
  if (state === "published") {
    return {
      status: 409,
      message: "The month is published: an approver must reopen it for a correction first",
    };
  }
  return {
    status: 409,
    message: `The month is ${state}: an approver must return it to draft before it is changed`,
  };
}
