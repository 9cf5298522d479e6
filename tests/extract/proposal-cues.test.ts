// Cues that mark the paper's own contribution beyond "we propose X": "by introducing X", LaTeX emphasis, coined lowercase
// names with a generic noun or a capital-hyphen word, title prefixes taken up in another derivation. Invented text only.
import { describe, expect, it } from "vitest";
import { normalizeName, type ExtractedLink, type Paper } from "../../src/domain";
import { extractPaper } from "../../src/extract";

const paper = (title: string, abstract: string): Paper => ({ id: "p", title, abstract, authors: [], keywords: [], source: "test" });
const linksOf = (title: string, abstract: string): ExtractedLink[] => extractPaper(paper(title, abstract)).links;
const find = (all: ExtractedLink[], name: string): ExtractedLink | undefined =>
  all.find((l) => [l.name, ...l.aliases].some((n) => normalizeName(n) === normalizeName(name)));
const proposed = (all: ExtractedLink[]): string[] => all.filter((l) => l.relation === "PROPOSES").map((l) => l.name);

describe("proposal cues", () => {
  it("'we ... by introducing the X (Y)' proposes X", () => {
    const l = linksOf("Counting birds in the wild", "In this work, we close this gap by introducing the Flock Tally Network (FTN), a detector with a memory.");
    expect(find(l, "Flock Tally Network")?.relation).toBe("PROPOSES");
  });

  it("a name set off by LaTeX emphasis after a naming cue, a contribution colon or 'we extend X to' is proposed", () => {
    const l = linksOf(
      "Cheaper messages for parallel training",
      "We introduce a simple technique: {\\em stochastic halving}. We then extend stochastic halving to \\emph{stochastic quartering}, which we show is {\\em exponentially better}.",
    );
    expect(find(l, "stochastic halving")?.relation).toBe("PROPOSES");
    expect(find(l, "stochastic quartering")?.relation).toBe("PROPOSES");
    expect(find(l, "exponentially better")).toBeUndefined();
  });

  it("a lowercase name after 'called' may end in a generic noun, and may hold a capital-hyphen word", () => {
    const l = linksOf("Linear models of bees", "We study a family of models called sparse hive networks. On top of it we build an agent which we dub hive Q-learners.");
    expect(find(l, "sparse hive networks")?.relation).toBe("PROPOSES");
    expect(find(l, "hive Q-learners")?.relation).toBe("PROPOSES");
  });

  it("a phrase after a preposition before a colon is no name", () => {
    const l = linksOf("Simple exploration", "We build on a simple observation: random walks revisit states.");
    expect(proposed(l)).toEqual([]);
  });

  it("a title prefix taken up in another derivation in the abstract ('Tide Regularization' / 'tide regularizer') is proposed", () => {
    const l = linksOf("Tide Regularization : Calibrating Wave Models", "We construct a novel tide regularizer that calibrates wave models end to end.");
    expect(find(l, "Tide Regularization")?.relation).toBe("PROPOSES");
  });
});

describe("title initials and described designs", () => {
  it("an acronym spelling the initials of the title's capitalised phrase names the contribution", () => {
    const l = linksOf("Layered Orbit Sampling for Molecule Design", "We introduce a new sampler. We prove that LOS-VAEs explore more modes than Gaussian VAEs.");
    expect(find(l, "LOS-VAEs")?.relation).toBe("PROPOSES");
  });

  it("an acronym the abstract spells out as something else is read from its definition", () => {
    const l = linksOf("Learned Sparse Retrieval with Small Encoders", "Learned Sparse Retrievers (LSR) map text to terms. We shrink LSR encoders tenfold.");
    expect(find(l, "LSR")?.relation).not.toBe("PROPOSES");
  });

  it("the title's phrase taken up as 'a novel <phrase> framework' names the design, unless a name follows", () => {
    const l = linksOf("Tracking Cells with Recurrent Consensus Voting", "We propose a novel recurrent consensus voting framework that links cells across frames.");
    expect(find(l, "recurrent consensus voting")?.relation).toBe("PROPOSES");
    const named = linksOf("Federated Averaging with Shared Decoupled Voting", "We propose a novel shared decoupled voting approach called ShaDeV for clients.");
    expect(proposed(named)).toEqual(["ShaDeV"]);
  });

  it("'a <modifier> form of <known method>' names the paper's variant", () => {
    const l = linksOf("Sticky exploration", "Plain ε-greedy dithers. We propose a randomly repeated form of ε-greedy that repeats each action.");
    expect(find(l, "randomly repeated form of ε-greedy")?.relation).toBe("PROPOSES");
    expect(find(l, "ε-greedy")?.relation).toBe("USES");
  });
});

describe("title variants of a known method", () => {
  it("a title of one capitalised modifier before a known method's name proposes that variant", () => {
    const l = linksOf("Federated Invariant Risk Minimization", "Invariant risk minimization (IRM) learns invariant features. We extend IRM to clients holding their own data.");
    expect(find(l, "Federated Invariant Risk Minimization")?.relation).toBe("PROPOSES");
    expect(l.some((x) => x.kind === "TASK" && normalizeName(x.name) === normalizeName("Federated Invariant Risk Minimization"))).toBe(false);
  });

  it("a hyphenated modifier states a setting, not a variant", () => {
    const l = linksOf("Budget-Constrained Invariant Risk Minimization", "Invariant risk minimization (IRM) learns invariant features. We study IRM under budgets.");
    expect(proposed(l)).toEqual([]);
  });
});

describe("titles naming a model", () => {
  it("a title of capitalised words ending in a model noun names the paper's model", () => {
    const l = linksOf("High-Capacity Lantern Relay Networks", "We grow binary networks with lantern relays and reach high accuracy.");
    expect(find(l, "High-Capacity Lantern Relay Networks")?.relation).toBe("PROPOSES");
  });

  it("an opening gerund, a function word or a generic phrase names no model", () => {
    for (const title of ["Understanding Lantern Relay Networks", "Thinking Like Lantern Networks", "Deep Convolutional Neural Networks"]) {
      expect(proposed(linksOf(title, "We study networks on images."))).toEqual([]);
    }
  });
});

describe("the paper's acronym joined to a noun", () => {
  it("'we further propose ACR-defense' after defining ACR proposes it; 'ACR-based' is an adjective", () => {
    const l = linksOf("Robust words", "We introduce a novel Adaptive Cone Relaxation (ACR) method. Based on it, we further propose ACR-defense, which trains robust models.");
    expect(find(l, "ACR-defense")?.relation).toBe("PROPOSES");
    const b = linksOf("Robust words", "We introduce a novel Adaptive Cone Relaxation (ACR) method. We then propose ACR-based training for it.");
    expect(find(b, "ACR-based")).toBeUndefined();
  });
});

describe("names set off by a dash", () => {
  it("'we set forth the X framework---a class of ...' proposes X framework", () => {
    const l = linksOf("Acting on graphs", "We set forth the action lattice networks framework---a class of functions for learning action representations.");
    expect(find(l, "action lattice networks framework")?.relation).toBe("PROPOSES");
  });

  it("a name given to an established class, a used tool or a recently proposed idea is not the paper's own", () => {
    const l = linksOf(
      "Why sparse routers fail on rings",
      "We then study a popular class of graph networks, called ZetaNet, and show where it fails. Using a robust mean estimator called QuorumL3, our protocol tolerates faulty clients. We read the results from the perspective of the recently proposed Wavy Gradients (WG) theory.",
    );
    for (const name of ["ZetaNet", "QuorumL3", "Wavy Gradients"]) {
      expect(find(l, name), name).toBeDefined();
      expect(find(l, name)?.relation, name).not.toBe("PROPOSES");
    }
    // The paper's own extension of an established thing is still its own.
    const own = linksOf("Fair losses", "In this paper, we propose and validate a novel noise-robust extension to the existing hinge loss function called Tempered Hinge Margin (THM), which reweights samples.");
    expect(find(own, "Tempered Hinge Margin")?.relation).toBe("PROPOSES");
  });

  it("a title prefix before 'Benchmarks for ...' introduces a dataset", () => {
    const l = linksOf("GLIMMER: Benchmarks for Label Shift", "We build a suite of label shift benchmarks from existing datasets and measure how standard models degrade.");
    expect(find(l, "GLIMMER")).toMatchObject({ kind: "DATASET", relation: "INTRODUCES" });
  });

  it("'Our X <verb>' proposes X when X is a Title Case name the title carries", () => {
    const l = linksOf(
      "Braided Echo Samplers for Few-Shot Audio Synthesis",
      "We aim to synthesise audio of new instruments from a few clips. Our Braided Echo Samplers generate clean audio from three clips. Our Residual Tone Banks are only a baseline.",
    );
    expect(find(l, "Braided Echo Samplers")?.relation).toBe("PROPOSES");
    expect(proposed(l)).not.toContain("Residual Tone Banks");
  });
});
