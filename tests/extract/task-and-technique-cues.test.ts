// Title purpose phrases, verb-phrase tasks, example lists and technique evidence, on text written for the test.
import { describe, expect, it } from "vitest";
import { normalizeName, type Paper } from "../../src/domain";
import { extractPaper } from "../../src/extract";
import { findTitleTasks } from "../../src/extract/stages/title-tasks";
import { loadLexicon } from "../../src/extract/stages/lexicon";

const paper = (title: string, abstract: string): Paper => ({ id: "t", title, abstract, authors: [], keywords: [], source: "test" });
const link = (p: Paper, name: string) => extractPaper(p).links.find((l) => [l.name, ...l.aliases].some((n) => normalizeName(n) === normalizeName(name)));

describe("title purpose phrases", () => {
  const lexicon = loadLexicon();
  const tasks = (title: string) => findTitleTasks(title, lexicon).map((m) => m.surface);

  it("reads the task after 'for' or 'in', without evaluative words or the means before a participle", () => {
    expect(tasks("Quux: Gated Mixers for Faithful Table Summarization")).toEqual(["Faithful Table Summarization"]);
    expect(tasks("Zorb: Sparse Kernels in Streaming Graph Partitioning")).toEqual(["Streaming Graph Partitioning"]);
    expect(tasks("Retrieval Augmented Protein Function Annotation")).toEqual(["Protein Function Annotation"]);
    expect(tasks("Blip: Tiny Adapters for better Low-Resource Speech Translation")).toEqual(["Low-Resource Speech Translation"]);
    expect(tasks("Quill: Learned Priors for Multi-View Facial Motion Capture")).toEqual(["Multi-View Facial Motion Capture"]);
  });

  it("takes the opening phrase as the means when a purpose follows, and skips the name before the colon", () => {
    expect(tasks("Cross-Lingual Token Fusion for Dialogue State Tracking")).toEqual(["Dialogue State Tracking"]);
    expect(tasks("Frob Detection: A Benchmark")).toEqual([]);
  });

  it("ignores heads that say how well or what is trained", () => {
    expect(tasks("Gradient Noise for Faster Convergence")).toEqual([]);
    expect(tasks("Adaptive Clipping for Stable Training")).toEqual([]);
  });

  it("takes the opening phrase as the means before 'for' even when the purpose names no task", () => {
    expect(tasks("Stochastic Batch Selection for Efficient Transformers")).toEqual([]);
    expect(tasks("Zorb: Partial Rejection Estimation for Robust Models")).toEqual([]);
  });

  it("makes the title task an addressed task at the default threshold", () => {
    const p = paper("Wobble: Frequency Priors for Cross-View Hand Reconstruction", "We present Wobble. It works well on three benchmarks.");
    const t = link(p, "Cross-View Hand Reconstruction");
    expect(t?.relation).toBe("ADDRESSES");
    expect(t!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("tasks written as verb phrases", () => {
  it("names the task by its nominal form and keeps the verb phrase as evidence", () => {
    const p = paper("Grid Tokens", "Efficiently detecting lane markings from event cameras remains a challenge. We propose Grid Tokens.");
    const t = link(p, "lane marking detection");
    expect(t?.kind).toBe("TASK");
    const e = t!.evidence[0];
    expect(e.text.slice(e.start, e.end)).toBe("detecting lane markings");
  });

  it("does not read a gerund inside a noun compound as a verb", () => {
    const p = paper("Splat", "Our 3D rendering framework improves rendering quality on indoor scenes.");
    expect(extractPaper(p).links.some((l) => /quality rendering|framework rendering/i.test(l.name))).toBe(false);
  });

  it("never names a task from inside a hyphen compound of the object", () => {
    const p = paper("Ahead", "Learning to predict the long-term future of video frames is hard. We propose Ahead.");
    for (const l of extractPaper(p).links) expect(l.name).not.toMatch(/^-|(?:^|\s)-\s/);
  });
});

describe("tasks used as tools", () => {
  it("keeps a task named as a tool below the default threshold", () => {
    const p = paper("Fog", "Prior methods leverage semantic segmentation to guide the optimisation of fog parameters. We propose Fog.");
    const t = link(p, "semantic segmentation");
    expect(t!.confidence).toBeLessThan(0.5);
  });
});

describe("examples are established names", () => {
  it("types listed examples by their class noun and raises them above the threshold", () => {
    const p = paper("Quokka", "Recent retrievers (e.g., ZetaRank, OmegaMatch) ignore structure. Known regularizers such as spectral smoothing, label noise injection, etc. help. We propose Quokka.");
    for (const name of ["ZetaRank", "OmegaMatch", "spectral smoothing"]) {
      const l = link(p, name);
      expect(l?.kind).toBe("METHOD");
      expect(l!.confidence).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe("technique phrases typed by their head", () => {
  it("rates a named or used technique above a described one", () => {
    const p = paper("Narwhal", "We apply stochastic weight pruning to the encoder. An adaptive sampling step follows. We also use Kronecker normalization. We propose Narwhal.");
    expect(link(p, "stochastic weight pruning")!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(link(p, "Kronecker normalization")!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(link(p, "adaptive sampling")?.confidence ?? 0).toBeLessThan(0.5);
  });

  it("drops a leading evaluative compound whole ('state-of-the-art')", () => {
    const p = paper("Narwhal", "Narwhal outperforms state-of-the-art generative models on indoor scenes.");
    expect(link(p, "generative models")?.kind).toBe("METHOD");
    expect(extractPaper(p).links.some((l) => /state-of-the-art/i.test(l.name))).toBe(false);
  });
});

describe("a known head widened to the phrase the paper defines", () => {
  it("keeps the modifier of a vocabulary name when the paper defines the whole phrase with an acronym", () => {
    const p = paper("Denoising Autoencoder Probes for Tabular Drift", "We train a denoising autoencoder (DAE) on each table. The DAE flags drift.");
    const links = extractPaper(p).links.filter((l) => l.kind === "METHOD");
    const dae = links.find((l) => l.aliases.includes("DAE") || l.acronym === "DAE");
    expect([dae!.name, ...dae!.aliases]).toContain("Denoising Autoencoder");
    expect(links.some((l) => normalizeName(l.name) === "autoencoder")).toBe(false);
  });
});

describe("tasks stated as problems and named with their learning setting", () => {
  const tasks = (p: Paper) => extractPaper(p).links.filter((l) => l.kind === "TASK" && l.confidence >= 0.5).map((l) => l.name.toLowerCase());

  it("reads the problem slot: 'the problem of X', 'X is a fundamental problem'", () => {
    const p = paper(
      "Blorp: Lattice Priors for Molecules",
      "Predicting crystal lattices is a fundamental problem in chemistry. Applied to the problem of certified adversarial robustness, Blorp also helps. We describe Blorp.",
    );
    const found = tasks(p);
    expect(found).toContain("crystal lattice prediction");
    expect(found).toContain("certified adversarial robustness");
    expect(found).not.toContain("adversarial robustness");
  });

  it("keeps the learning setting of a task and joins the paper's bare uses to it", () => {
    const p = paper("Quux: Rotations for Self-Supervised Representation Learning", "We study representation learning from rotated views. Quux beats prior work.");
    const t = link(p, "self-supervised representation learning");
    expect(t?.kind).toBe("TASK");
    expect(t!.aliases.map((a) => a.toLowerCase())).toContain("representation learning");
    expect(tasks(p)).not.toContain("representation learning");
  });

  it("joins a shorter statement of the title's task to it", () => {
    const p = paper("Neural Kernels for Forecasting Coastal Floods", "Forecasting floods is a fundamental problem. We propose neural kernels.");
    expect(tasks(p)).toEqual(["coastal flood forecasting"]);
  });
});

describe("tasks written as a goal", () => {
  it("a base-form verb opening the title or after 'to' names the task by its nominal", () => {
    expect(link(paper("Evaluate Fairness without Labels: A Probing View", "We probe models."), "fairness evaluation")?.kind).toBe("TASK");
    expect(link(paper("Glimmer", "We train a small network to detect anomalies in sensor streams."), "anomaly detection")?.kind).toBe("TASK");
  });

  it("not for research questions, a hyphen compound, or an object that goes on", () => {
    const p = paper("Glimmer", "We aim to answer these questions. Noise is an alternative to label-correction. We learn to translate core machine learning algorithms.");
    expect(link(p, "question answering")).toBeUndefined();
    expect(link(p, "machine translation")).toBeUndefined();
    expect(extractPaper(p).links.some((l) => l.name.startsWith("-"))).toBe(false);
  });
});

describe("a title's opening phrase before its purpose", () => {
  it("is the means even when read by its head noun, and stays below the default view", () => {
    const p = paper("Quux: Low-bit Estimation for Efficient Sparse Attention in Long-context Prefilling", "We present Quux for sparse attention.");
    const t = link(p, "Low-bit Estimation");
    expect(t === undefined || t.confidence < 0.5).toBe(true);
  });
});

describe("a parenthesised list of names after a class of models", () => {
  it("types every name as a model, versioned names whole", () => {
    const p = paper("Sparse video", "Integrated into video models (Zeplin2.5, MoviWeave, and Kato3.1), our kernels run faster.");
    for (const name of ["Zeplin2.5", "MoviWeave", "Kato3.1"]) expect(link(p, name)?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("not a parenthesis holding a description or after a noun that is no class of models", () => {
    const p = paper("Sparse video", "The videos (Zeplin2.5, long clips) and the datasets (MoviWeave, Kato3.1) were used.");
    expect(link(p, "Zeplin2.5")?.confidence ?? 0).toBeLessThan(0.5);
  });
});

describe("a task with more modifiers beside the task it ends in", () => {
  const links = (title: string, abstract: string) => extractPaper(paper(title, abstract)).links.filter((l) => l.kind === "TASK");
  const forms = (l: { name: string; aliases: string[] }) => [l.name, ...l.aliases].map(normalizeName);

  it("a modality pairing ('sketch-to-video generation') is a task of its own beside 'video generation'", () => {
    const l = links("Doodle: Animating Drawings", "Progress in video generation is fast. We study sketch-to-video generation and present Doodle, which animates drawings.");
    const pairing = l.find((x) => forms(x).includes(normalizeName("sketch-to-video generation")));
    const plain = l.find((x) => forms(x).includes(normalizeName("video generation")));
    expect(pairing).toBeDefined();
    expect(plain).toBeDefined();
    expect(pairing).not.toBe(plain);
  });

  it("the title's wording of a known task ('Patent Document Retrieval') stays as an alias of the task it ends in", () => {
    const l = links("Sparse Encoders for Patent Document Retrieval", "We train sparse encoders on claims and abstracts of granted patents.");
    const task = l.find((x) => forms(x).includes(normalizeName("document retrieval")));
    expect(task).toBeDefined();
    expect(forms(task!)).toContain(normalizeName("Patent Document Retrieval"));
    expect(l.filter((x) => /retrieval/i.test(x.name))).toHaveLength(1);
  });
});

describe("words before 'tasks' that name no task", () => {
  it("a prefix compound ('multi-agent tasks') or a placing word ('the downstream classification task') is no task; 'receipt parsing tasks' is", () => {
    const l = extractPaper(
      paper("T", "Our planner needs less bandwidth in multi-agent tasks. Instead of tuning prompts for the downstream classification task, we probe features. We evaluate it on receipt parsing tasks."),
    ).links.filter((x) => x.kind === "TASK" && x.confidence >= 0.5);
    expect(l.map((x) => normalizeName(x.name))).toEqual([normalizeName("receipt parsing")]);
  });
});

describe("a task phrase before 'benchmarks'", () => {
  it("'long-context grounding benchmarks' names the task the benchmarks test; 'real-world benchmarks' names none", () => {
    const l = extractPaper(paper("T", "Our cache keeps accuracy on three long-context grounding benchmarks and two real-world benchmarks.")).links;
    expect(link(paper("T", "Our cache keeps accuracy on three long-context grounding benchmarks."), "long-context grounding")).toMatchObject({ kind: "TASK" });
    expect(l.filter((x) => x.kind === "TASK" && /real-world/i.test(x.name))).toHaveLength(0);
  });
});

describe("a task head alone before 'tasks'", () => {
  it("'reasoning tasks' names reasoning; 'manipulation tasks' in a paper on deformable object manipulation is that task", () => {
    const l = extractPaper(
      paper("Sparse Probes for Deformable Object Manipulation", "We train sparse probes on reasoning tasks and on manipulation tasks with a parallel gripper. Instead of the downstream classification task, we read the features."),
    ).links.filter((x) => x.kind === "TASK" && x.confidence >= 0.5);
    expect(l.map((x) => normalizeName(x.name)).sort()).toEqual([normalizeName("deformable object manipulation"), normalizeName("reasoning")]);
    expect(l.find((x) => normalizeName(x.name) === normalizeName("deformable object manipulation"))!.aliases).toContain("manipulation");
  });
});

describe("technique phrases only in the title", () => {
  it("a title phrase typed by its head that the abstract never takes up stays below the threshold; taken up, it counts", () => {
    const title = "Tensor Folding: Expert-Balanced Sampling for Sparse Routers";
    const untouched = link(paper(title, "We study routers of mixture-of-experts models and release Tensor Folding."), "Expert-Balanced Sampling");
    expect(untouched?.confidence ?? 0).toBeLessThan(0.5);
    const takenUp = link(paper(title, "We study routers of mixture-of-experts models. Expert-balanced sampling keeps every expert busy."), "Expert-Balanced Sampling");
    expect(takenUp!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("a known technique as the kind of the paper's own unnamed design", () => {
  it("'a novel dynamic dropout strategy' describes the paper's design; dropout used elsewhere in the abstract still counts", () => {
    const own = link(paper("T", "We propose a novel dynamic dropout strategy for small encoders."), "dropout");
    expect(own?.confidence ?? 0).toBeLessThan(0.5);
    const used = link(paper("T", "We propose a novel dynamic dropout strategy for small encoders. Unlike standard dropout, it adapts rates per layer."), "dropout");
    expect(used!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});
