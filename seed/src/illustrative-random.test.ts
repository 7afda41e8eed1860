import { describe, expect, it } from "vitest";
import { hashSeed, mulberry32, triangularNoise } from "./illustrative-random.ts";

describe("seeded randomness", () => {
  it("gives the same sequence for the same seed and a different one for another", () => {
    const draw = (seed: number) => {
      const random = mulberry32(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    for (const x of draw(hashSeed("cp-plans|city|"))) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it("hashes series names to stable, distinct 32-bit seeds", () => {
    expect(hashSeed("")).toBe(0x811c9dc5);
    expect(hashSeed("caseload|city|assessment")).toBe(hashSeed("caseload|city|assessment"));
    expect(hashSeed("caseload|city|assessment")).not.toBe(hashSeed("caseload|east|assessment"));
    expect(Number.isInteger(hashSeed("re-referrals|city|")) && hashSeed("re-referrals|city|") >= 0).toBe(
      true,
    );
  });

  it("keeps triangular noise inside (−1, 1), centred on 0", () => {
    const random = mulberry32(7);
    const draws = Array.from({ length: 2000 }, () => triangularNoise(random));
    expect(Math.max(...draws.map(Math.abs))).toBeLessThan(1);
    expect(Math.abs(draws.reduce((sum, x) => sum + x, 0) / draws.length)).toBeLessThan(0.05);
  });
});
