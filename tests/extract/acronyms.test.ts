import { describe, it, expect } from "vitest";
import { findAcronymDefinitions, matchLongForm } from "../../src/extract";

describe("acronym definitions (Schwartz & Hearst 2003)", () => {
  it("finds long form (SF), including letters inside words and plurals", () => {
    const s = ["Work on the lottery ticket hypothesis (LTH) and single-shot network pruning (SNIP) and sparse autoencoders (SAEs)."];
    expect(findAcronymDefinitions(s).map((d) => [d.short, d.long])).toEqual([
      ["LTH", "lottery ticket hypothesis"],
      ["SNIP", "single-shot network pruning"],
      ["SAE", "sparse autoencoders"],
    ]);
  });

  it("finds SF (long form) and keeps exact spans", () => {
    const s = ["We fine-tune QRX (quantized residual experts) on text."];
    const [d] = findAcronymDefinitions(s);
    expect(d.short).toBe("QRX");
    expect(s[0].slice(d.longStart, d.longEnd)).toBe("quantized residual experts");
    expect(s[0].slice(d.shortStart, d.shortEnd)).toBe("QRX");
  });

  it("rejects parentheses that are not acronyms", () => {
    expect(findAcronymDefinitions(["Accuracy improves (see Fig. 2) by 3% (2021) in (1) all cases."])).toEqual([]);
    expect(matchLongForm("XYZ", "completely unrelated words")).toBe(-1);
  });
});
