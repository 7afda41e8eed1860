import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { splitPlainCsv } from "./split-plain-csv.ts";

const csvParse = (body: Buffer) =>
  parse(body, { bom: true, relax_column_count: true, skip_empty_lines: false });

/** A small deterministic generator, so a failure names an input that can be replayed. */
function* randomFiles(count: number) {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pieces = [
    "a",
    "re-referrals",
    "12",
    "",
    " ",
    ",",
    ",",
    "\n",
    "\n",
    "\r\n",
    "\r",
    "é",
    "2018-04",
    '"',
    "\t",
  ];
  for (let index = 0; index < count; index++) {
    const length = Math.floor(next() * 30);
    let text = next() < 0.2 ? "\uFEFF" : "";
    for (let part = 0; part < length; part++) text += pieces[Math.floor(next() * pieces.length)];
    yield text;
  }
}

describe("splitPlainCsv", () => {
  it("reads exactly what csv-parse reads, for every file it accepts", () => {
    let accepted = 0;
    for (const text of randomFiles(5000)) {
      const body = Buffer.from(text);
      const records = splitPlainCsv(body);
      if (records === null) continue;
      accepted++;
      expect(records, JSON.stringify(text)).toEqual(csvParse(body));
    }
    expect(accepted).toBeGreaterThan(1000);
  });

  it("leaves quotes, lone carriage returns and mixed line endings to the general parser", () => {
    expect(splitPlainCsv(Buffer.from('indicator,note\nx,"a, b"\n'))).toBeNull();
    expect(splitPlainCsv(Buffer.from("indicator\rx\r"))).toBeNull();
    expect(splitPlainCsv(Buffer.from("indicator\r\nx\ny\r\n"))).toBeNull();
  });

  it("reads a return with Windows line endings and a byte-order mark", () => {
    expect(splitPlainCsv(Buffer.from("\uFEFFindicator,area\r\ncp-plans,ladywood\r\n"))).toEqual([
      ["indicator", "area"],
      ["cp-plans", "ladywood"],
    ]);
  });
});
