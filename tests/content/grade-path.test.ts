import { describe, expect, it } from "vitest";
import { gradePath, startLevel } from "../../src/content/grade-path";
import { claims } from "../../src/content/claims";

describe("GRADE arithmetic", () => {
  it("starts randomized and laboratory evidence at high, observational at low, and computes nothing for none or records", () => {
    expect(startLevel("randomized")).toBe("high");
    expect(startLevel("laboratory")).toBe("high");
    expect(startLevel("observational")).toBe("low");
    expect(startLevel("no-human-evidence")).toBeNull();
    expect(startLevel("official-record")).toBeNull();
  });

  it("lowers one step per serious and two per very serious downgrade, raises one per upgrade, and stops at very low", () => {
    expect(gradePath({ start: "randomized", downgrades: { imprecision: "serious" } }).result).toBe("moderate");
    expect(gradePath({ start: "randomized", downgrades: { indirectness: "very-serious" } }).result).toBe("low");
    expect(gradePath({ start: "observational", downgrades: {}, upgrades: ["dose-response"] }).result).toBe("moderate");
    const floored = gradePath({
      start: "observational",
      downgrades: { "risk-of-bias": "serious", indirectness: "serious" },
    });
    expect(floored).toMatchObject({ result: "very-low", floored: true });
    expect(gradePath({ start: "observational", downgrades: { "risk-of-bias": "serious" } })).toMatchObject({
      result: "very-low",
      floored: false,
    });
  });

  it("gives every claim on the site the grade it records", () => {
    for (const c of claims) {
      const { result } = gradePath(c);
      if (c.grade === "none" || c.grade === "official") expect(result, c.id).toBeNull();
      else expect(result, c.id).toBe(c.grade);
    }
  });
});
