// Matching rules of the extraction evaluation on hand-checked pairs.
import { describe, expect, it } from "vitest";
import {
  containsPhrase,
  entitiesMatch,
  entityForms,
  headWord,
  matchEntities,
  mergeEntities,
} from "../../scripts/eval/match";

const e = (name: string, ...aliases: string[]) => ({ name, aliases });

describe("entityForms / headWord / containsPhrase", () => {
  it("normalises name and aliases and drops duplicates", () => {
    expect(entityForms(e("Mixture-of-Experts", "MoE", "mixtures of experts"))).toEqual(["mixture of expert", "moe"]);
  });
  it("takes the last token as head word", () => {
    expect(headWord("gradual magnitude pruning")).toBe("pruning");
    expect(headWord("")).toBe("");
  });
  it("counts containment on whole tokens only", () => {
    expect(containsPhrase("gradual magnitude pruning", "magnitude pruning")).toBe(true);
    expect(containsPhrase("resnet 50", "resnet 5")).toBe(false);
    expect(containsPhrase("resnet 50", "")).toBe(false);
  });
});

describe("entitiesMatch", () => {
  it("strict: case, hyphen and plural variants match", () => {
    expect(entitiesMatch(e("ResNet50"), e("ResNet-50"), "strict")).toBe(false);
    expect(entitiesMatch(e("resnet-50"), e("ResNet 50"), "strict")).toBe(true);
    expect(entitiesMatch(e("Vision Transformers"), e("vision transformer"), "strict")).toBe(true);
  });
  it("strict: an alias on either side is enough", () => {
    expect(entitiesMatch(e("LTH"), e("lottery ticket hypothesis", "LTH"), "strict")).toBe(true);
    expect(entitiesMatch(e("single-shot network pruning", "SNIP"), e("SNIP"), "strict")).toBe(true);
  });
  it("strict: partial overlap does not count", () => {
    expect(entitiesMatch(e("magnitude pruning"), e("gradual magnitude pruning"), "strict")).toBe(false);
  });
  it("relaxed: containment and shared head word count", () => {
    expect(entitiesMatch(e("magnitude pruning"), e("gradual magnitude pruning"), "relaxed")).toBe(true);
    expect(entitiesMatch(e("ImageNet"), e("ImageNet-1k"), "relaxed")).toBe(true);
    expect(entitiesMatch(e("statistical machine translation"), e("neural machine translation"), "relaxed")).toBe(true);
    expect(entitiesMatch(e("BERT"), e("GPT-2"), "relaxed")).toBe(false);
  });
});

describe("matchEntities", () => {
  it("is one-to-one: one prediction earns at most one gold entity", () => {
    const pairs = matchEntities([e("pruning")], [e("magnitude pruning"), e("filter pruning")], "relaxed");
    expect(pairs).toHaveLength(1);
  });
  it("finds the maximum matching, not the greedy one", () => {
    // Greedy would give "network pruning" to gold 0 and leave gold 1 unmatched.
    const predicted = [e("network pruning"), e("pruning")];
    const gold = [e("pruning"), e("neural network pruning")];
    expect(matchEntities(predicted, gold, "relaxed")).toHaveLength(2);
  });
  it("returns pairs by predicted index", () => {
    const pairs = matchEntities([e("COCO"), e("GLUE"), e("SQuAD")], [e("SQuAD"), e("COCO")], "strict");
    expect(pairs).toEqual([
      { predicted: 0, gold: 1 },
      { predicted: 2, gold: 0 },
    ]);
  });
});

describe("mergeEntities", () => {
  it("merges entities sharing a normalised form, keeping the first name", () => {
    const merged = mergeEntities([e("mixture of experts", "MoE"), e("MoE"), e("Mixture-of-Experts"), e("BERT")]);
    expect(merged).toEqual([e("mixture of experts", "MoE", "Mixture-of-Experts"), e("BERT")]);
  });
  it("joins two groups bridged by a later entity", () => {
    const merged = mergeEntities([e("LTH"), e("lottery ticket hypothesis"), e("lottery tickets hypothesis", "LTH")]);
    expect(merged).toHaveLength(1);
    expect(merged[0].name).toBe("LTH");
  });
  it("drops entities with no usable form", () => {
    expect(mergeEntities([e("  --  ")])).toEqual([]);
  });
});
