import { describe, expect, it } from "vitest";
import type { CareLeaverRow } from "./annex-a-rows.ts";
import { computeCareLeaversInEet, isInEducationEmploymentOrTraining } from "./compute-care-leavers.ts";
import { percentFigures } from "./compute-figure.ts";

let nextRow = 2;
const leaver = (childId: string, activity: string | null): CareLeaverRow => ({
  source: { sheet: "List 9", row: nextRow++ },
  childId,
  activity,
  latestContactDate: null,
  allocatedTeam: "Leaving care",
  allocatedWorker: null,
});

describe("care leavers in EET", () => {
  it("reads old and new codes and plain words", () => {
    expect(["F1", "p2", "F3", "P3", "F4", "P5"].map(isInEducationEmploymentOrTraining)).toEqual(
      Array(6).fill(true),
    );
    expect(["G4", "G5", "G6", "0"].map(isInEducationEmploymentOrTraining)).toEqual(Array(4).fill(false));
    expect(isInEducationEmploymentOrTraining("Not in education, employment or training")).toBe(false);
    expect(isInEducationEmploymentOrTraining("Apprenticeship")).toBe(true);
    expect(isInEducationEmploymentOrTraining("X9")).toBeNull();
  });

  it("counts 2 in EET of 4 known, excluding blank, unknown codes and repeats", () => {
    const rows = [
      leaver("A", "F1"), // EET (higher education)
      leaver("B", "F3"), // EET (old code: training or employment)
      leaver("C", "G5"), // NEET
      leaver("D", "0"), // activity not known: not EET
      leaver("E", null), // excluded: blank
      leaver("F", "X9"), // excluded: not a code
      leaver("A", "G4"), // excluded: A again
    ];
    const [city] = percentFigures(
      "care-leavers-ete",
      computeCareLeaversInEet(rows),
      () => null,
      "city",
      [],
      0,
    );
    expect(city).toMatchObject({ numerator: 2, denominator: 4, value: 50, rowsExcluded: 3 });
  });
});
