import { z } from "zod";

/**
 * A month's states and what a scorecard reader is shown, apart from the rest of the monthly
 * cycle's contract so the scorecard's own schema can use them without an import cycle.
 */

/** A month's life: draft → submitted → approved → published (a reopened month is a new draft revision). */
export const MONTH_STATES = ["draft", "submitted", "approved", "published"] as const;
export const monthStateSchema = z.enum(MONTH_STATES);
export type MonthState = z.infer<typeof monthStateSchema>;

/** What a reader of the scorecard is shown: the published revision, or (editors and above) the draft. */
export const SCORECARD_STATUSES = ["published", "draft"] as const;
export const scorecardStatusSchema = z.enum(SCORECARD_STATUSES);
export type ScorecardStatus = z.infer<typeof scorecardStatusSchema>;

/** "Revised on {date}: {reason}", on a month whose published revision is a correction. */
export const revisedNoteSchema = z.object({ revision: z.number().int(), on: z.string(), reason: z.string() });
export type RevisedNote = z.infer<typeof revisedNoteSchema>;
