/** A problem in a DfE source file; `line` is 1-based with the header as line 1. */
export class EesFormatError extends Error {
  override readonly name = "EesFormatError";
  readonly file: string;
  readonly line: number;
  /** The column the problem is in, or null when it concerns the whole row or file. */
  readonly column: string | null;
  /** The bare problem, without the location prefix of `message`. */
  readonly problem: string;

  constructor(file: string, line: number, column: string | null, problem: string) {
    super(`${file} line ${line}${column === null ? "" : `, column "${column}"`}: ${problem}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }
}
