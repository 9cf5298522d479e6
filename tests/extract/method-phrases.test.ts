// Methods named by lowercase phrases: architectural kinds of network as model families, established techniques
// named with "the ... method" or described in apposition, and LaTeX ties in definitions. Invented text only.
import { describe, expect, it } from "vitest";
import { normalizeName, type ExtractedLink, type Paper } from "../../src/domain";
import { extractPaper } from "../../src/extract";

const paper = (title: string, abstract: string): Paper => ({ id: "m", title, abstract, authors: [], keywords: [], source: "test" });
const linksOf = (title: string, abstract: string): ExtractedLink[] => extractPaper(paper(title, abstract)).links;
const method = (all: ExtractedLink[], name: string): ExtractedLink | undefined =>
  all.find((l) => l.kind === "METHOD" && [l.name, ...l.aliases].some((n) => normalizeName(n) === normalizeName(name)));

describe("network families", () => {
  it("an architectural kind of network names a model family at the default threshold; a role in an agent does not", () => {
    const l = linksOf("Counting sheep", "Our counter is a recurrent network with a small memory. The policy networks are trained with rewards.");
    expect(method(l, "recurrent network")?.confidence).toBeGreaterThanOrEqual(0.5);
    expect((method(l, "policy networks")?.confidence ?? 0) < 0.5).toBe(true);
  });
});

describe("LaTeX in definitions", () => {
  it("a tie before the parenthesis of a definition is a space", () => {
    const l = linksOf("Sheep", "We cast herding as quadratic sheep programming~(QSP) and solve QSP fast.");
    expect(l.some((x) => [x.name, ...x.aliases].some((n) => n.includes("~")))).toBe(false);
    expect(l.find((x) => x.acronym === "QSP")?.name).toBe("quadratic sheep programming");
  });
});

describe("established techniques", () => {
  it("'the ellipsoid method' and 'the common random dithering technique' name established techniques", () => {
    const l = linksOf("Control", "Our controller adapts the trapezoid method to online control. It beats the common random halving technique.");
    expect(method(l, "trapezoid method")?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(method(l, "random halving")?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("a phrase set off by an apposition calling it a heuristic is a method", () => {
    const l = linksOf("Branching", "Policies imitate weak branching, a human-designed heuristic.");
    expect(method(l, "weak branching")).toBeDefined();
  });

  it("a grading, pointing or participle word before the technique noun names nothing", () => {
    const l = linksOf("Control", "It matches the optimal method and the proposed method, and the resulting algorithm beats the supervised method.");
    for (const name of ["optimal method", "proposed method", "resulting algorithm", "supervised method"]) expect(method(l, name)?.confidence ?? 0).toBeLessThan(0.5);
  });
});

describe("kinds of a known method written with its acronym", () => {
  it("a hyphenated kind before a known acronym names the variant; a grading compound does not", () => {
    const l = linksOf("Agents", "We tune arbitrary off-policy RL algorithms. Large-scale RL is costly.");
    expect(method(l, "off-policy reinforcement learning")?.aliases).toContain("off-policy RL");
    expect(method(l, "large-scale reinforcement learning")).toBeUndefined();
  });

  it("a LaTeX variable joined to a known acronym ('$k$-GNN') names a variant", () => {
    const l = linksOf("Graphs", "Our pooling is cheaper than the $m$-GNN baseline on molecules.");
    expect(method(l, "$m$-GNN")?.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("written forms of known names", () => {
  it("a CamelCase dataset with its inner capitals lowered ('Imagenet') is still the dataset; 'Glue' is not GLUE", () => {
    const l = linksOf("Low bits", "We train ResNet-20 on CIFAR-10. For Imagenet, the loss stays small. Glue holds the parts.");
    expect(l.find((x) => x.kind === "DATASET" && x.name === "ImageNet")).toBeDefined();
    expect(l.find((x) => x.name === "GLUE")).toBeUndefined();
  });

  it("a word in capitals is not a known name's added plural ('SHAPES' is not Shap-E), the name itself still is", () => {
    const l = linksOf("Scenes", "We evaluate on the SHAPES dataset of synthetic scenes and compare with Shap-E.");
    expect(l.filter((x) => x.name === "Shap-E").flatMap((x) => x.evidence.map((e) => e.text.slice(e.start, e.end)))).toEqual(["Shap-E"]);
  });

  it("a title-case compound before a known acronym ending the phrase names the variant; before another word it grades that word", () => {
    const l = linksOf("PINO: A Conditional Score-Based GAN for Voice Translation", "We translate voices with a conditional GAN.");
    expect(method(l, "Score-Based GAN")).toBeDefined();
    const z = linksOf("Tuning with Zeroth-Order LLM Fine-Tuning", "We tune LLMs without gradients.");
    expect(method(z, "Zeroth-Order LLM")).toBeUndefined();
  });
});

describe("established techniques as subjects and dimensioned variants", () => {
  it("a subject the sentence calls a common approach is an established technique", () => {
    const l = linksOf("Calibrating", "Post-hoc temperature fitting is a common approach for calibrating classifiers. We improve it.");
    expect(method(l, "post-hoc temperature fitting")?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("a dimension before a known model's acronym ('3D-LSTM') names its variant", () => {
    const l = linksOf("Videos", "This is achieved by leveraging 3D-LSTM cells across frames.");
    expect(method(l, "3D-LSTM")?.confidence).toBeGreaterThanOrEqual(0.5);
  });
});
