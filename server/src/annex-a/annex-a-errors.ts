import { RowErrorsError } from "../errors.ts";

export interface AnnexAProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

/**
 * An upload that cannot be used: 422 with every problem by sheet, row and column; nothing stored.
 * A row error of a return with the sheet added, so the central error handler sends it the same way.
 */
export class AnnexAErrorsError extends RowErrorsError {
  constructor(
    message: string,
    override readonly errors: readonly AnnexAProblem[],
  ) {
    super(message, errors);
  }
}
