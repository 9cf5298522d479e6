import { describe, it, expect } from "vitest";
import type { ExtractedLink, Paper } from "../../src/domain";
import { normalizeName } from "../../src/domain";
import { extractPaper } from "../../src/extract";

// Invented names and written text: each case is an error class (not a name) that extraction must handle.
function links(title: string, abstract: string): ExtractedLink[] {
  const p: Paper = { id: "x", title, abstract, authors: [], keywords: [] };
  return extractPaper(p).links;
}

function find(all: ExtractedLink[], name: string): ExtractedLink | undefined {
  const key = normalizeName(name);
  return all.find((l) => [l.name, ...l.aliases].some((n) => normalizeName(n) === key));
}

function spansExact(all: ExtractedLink[]): void {
  for (const l of all) for (const e of l.evidence) expect(e.text.slice(e.start, e.end).length).toBeGreaterThan(0);
}

describe("digit-initial words", () => {
  it("keeps the digit of 3D, 2D and 8B in phrases", () => {
    const l = links("Sparse points", "We study 3D captioning of indoor scans with an 8B model and 2D grounding masks.");
    expect(find(l, "3D captioning")).toMatchObject({ kind: "TASK" });
    expect(l.some((x) => /^D\b|^B\b/.test(x.name))).toBe(false);
    spansExact(l);
  });
});

describe("proposed names without an acronym", () => {
  it("a multi-word Title Case name after the proposal verb", () => {
    const l = links("Faster windows", "We introduce Gliding Partial Window Mixing, which attends within moving windows.");
    expect(find(l, "Gliding Partial Window Mixing")).toMatchObject({ relation: "PROPOSES" });
  });

  it("the whole Title Case name after 'called', not its first word", () => {
    const l = links("Sparse trainers", "We present a framework called Elastic Sparse Weaver for training sparse LLMs.");
    expect(find(l, "Elastic Sparse Weaver")).toMatchObject({ relation: "PROPOSES" });
    expect(find(l, "Elastic")).toBeUndefined();
  });

  it("a lowercase name in apposition to 'a new method'", () => {
    const l = links("Retrieval", "We propose a new method, bucketed hashing sketch, for fast retrieval of long documents.");
    expect(find(l, "bucketed hashing sketch")).toMatchObject({ relation: "PROPOSES" });
  });

  it("a LaTeX macro standing for the name", () => {
    const l = links("Orthogonal nets", "We propose \\qorn, a network with orthogonal layers. Experiments show that \\qorn is stable.");
    const p = find(l, "QORN");
    expect(p).toMatchObject({ relation: "PROPOSES" });
    for (const e of p!.evidence) expect(e.text.slice(e.start, e.end)).toBe("qorn");
  });

  it("a metric named in Title Case is not a method", () => {
    const l = links("Code style", "We introduce Token Style Distance, the first metric for stylistic similarity of code.");
    expect(find(l, "Token Style Distance")?.relation).not.toBe("PROPOSES");
  });
});

describe("tasks the paper addresses", () => {
  it("a task named only in background sentences stays below the default threshold", () => {
    const l = links(
      "A sparse mixer",
      "Token routing is costly. Mixers have driven rapid progress in image and video generation tasks. We propose a sparse mixer for token routing in object detection.",
    );
    expect(find(l, "video generation")!.confidence).toBeLessThan(0.5);
    expect(find(l, "object detection")!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("the abstract's opening sentence states the field the paper works in", () => {
    const l = links("A sparse mixer", "Recent advances in motion forecasting rely on dense attention. Sparse mixers route tokens. Mixers are cheap.");
    expect(find(l, "motion forecasting")!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("a result reported late in the abstract names a task the paper addresses", () => {
    const l = links(
      "A sparse mixer",
      "Mixers route tokens. Routing costs memory. Sparse routing halves it. Mixers are simple. Improvements on instance segmentation are larger.",
    );
    expect(find(l, "instance segmentation")!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("a phrase in the title's means slot is how, not what the paper addresses", () => {
    const l = links("Faster Motion Forecasting via Spectral Bucket Matching", "We speed up motion forecasting for self-driving cars.");
    expect(find(l, "Spectral Bucket Matching")?.confidence ?? 0).toBeLessThan(0.5);
    expect(find(l, "motion forecasting")!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("application domains given as examples are not tasks", () => {
    const l = links("Offline evaluation", "We study evaluation that matters in domains such as healthcare, finance or robotics.");
    for (const n of ["healthcare", "finance", "robotics"]) expect(find(l, n)?.confidence ?? 0).toBeLessThan(0.5);
  });
});

describe("ratios inside names", () => {
  it("a ratio's colon does not split a vocabulary name", () => {
    const l = links("Pruning for GPUs", "We train ViT models with 2:4 sparsity. Our kernels also support N:M structured sparsity.");
    const s = find(l, "N:M sparsity");
    expect(s).toMatchObject({ kind: "METHOD" });
    expect(s!.evidence.map((e) => e.text.slice(e.start, e.end))).toEqual(["2:4 sparsity", "N:M structured sparsity"]);
  });

  it("a colon between words still ends a phrase", () => {
    const l = links("Notes", "Two settings: sparsity and density. Key idea: magnitude pruning.");
    expect(find(l, "magnitude pruning")).toBeDefined();
    expect(l.some((x) => x.name.includes(":"))).toBe(false);
  });
});

describe("verbs read as modifiers", () => {
  it("a gerund after a preposition or opening the title is the verb, not part of a method's name", () => {
    const l = links("Curriculum Schedules for Training Deep Neural Networks", "Towards understanding sparse value decomposition, we train models.");
    expect(l.some((x) => /^training/i.test(x.name))).toBe(false);
    expect(l.some((x) => /^understanding/i.test(x.name))).toBe(false);
  });
});

describe("descriptions that are not method names", () => {
  it("a phrase opened by a quality adjective describes the paper's design", () => {
    const l = links("Memory-Lean Kernels: Rapid Bucket Pruning and Cache-Efficient Window Attention", "We study kernels for transformers.");
    expect(find(l, "Rapid Bucket Pruning")?.confidence ?? 0).toBeLessThan(0.5);
    expect(find(l, "Cache-Efficient Window Attention")?.confidence ?? 0).toBeLessThan(0.5);
  });

  it("an acronym defined for a quantity, a measure or a device is not a method", () => {
    const l = links("Ad ranking", "We predict the conversion rate (CVR) of ads served from solid-state memory (SSM) over axis-aligned boxes (AAB).");
    for (const n of ["conversion rate", "solid-state memory", "axis-aligned boxes"]) expect(find(l, n)?.kind).not.toBe("METHOD");
  });

  it("a generic network behind descriptive modifiers stays generic", () => {
    const l = links("Certified bounds", "We certify robust neural networks and tiny neural networks with two-layer neural networks as a case study.");
    expect(l.filter((x) => x.kind === "METHOD" && x.confidence >= 0.5)).toEqual([]);
  });
});

describe("topics beside defined techniques", () => {
  it("a defined technique named after the paper's topic stays a method, and the topic a task", () => {
    const l = links(
      "Quantizing Vision Transformers at Scale",
      "We propose Token Budget Quantization (TBQ) for heads. Unlike post-training quantization (PTQ), TBQ needs no calibration. Quantization is cheap.",
    );
    expect(find(l, "Token Budget Quantization")).toMatchObject({ kind: "METHOD" });
    expect(find(l, "post-training quantization")).toMatchObject({ kind: "METHOD" });
    expect(find(l, "quantization")).toMatchObject({ kind: "TASK" });
  });
});

describe("phrases before 'problem' and 'task'", () => {
  it("a graded problem names no task: ill-posed, long-standing, realistic learning", () => {
    const l = links(
      "Shapes",
      "As it is an ill-posed problem, we add priors. Relighting is a long-standing problem. We target realistic learning problems and a sequential decision-making task.",
    );
    for (const n of ["ill-posed", "long-standing", "realistic learning"]) expect(find(l, n)).toBeUndefined();
    expect(find(l, "sequential decision-making")).toMatchObject({ kind: "TASK" });
  });

  it("a research area is not a task", () => {
    const l = links("Matching", "Finding correspondences is a fundamental computer vision problem. We also test on natural language processing (NLP) benchmarks.");
    expect(find(l, "computer vision")).toBeUndefined();
    expect(find(l, "natural language processing")).toBeUndefined();
  });

  it("a task phrase loses a joint descriptor and a verb read as a noun", () => {
    const l = links("Shapes", "We present a method for joint multi-object detection. Our masking facilitates localized manipulation of shapes.");
    expect(find(l, "multi-object detection")).toMatchObject({ kind: "TASK" });
    expect(l.some((x) => /joint|facilitates/i.test(x.name))).toBe(false);
  });
});

describe("problem statements with graded nouns", () => {
  it("'the complex task of X' states a task when X reads as one", () => {
    const l = links("Scenes", "Our method studies the complex task of indoor layout estimation from one image.");
    expect(find(l, "indoor layout estimation")!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("'the principal challenge of X' with an issue in the slot states no task, nor do real-world problems", () => {
    const l = links("Search", "Retrieval must address the principal challenge of vocabulary mismatch. We test on real-world problems and synthetic tasks.");
    expect(find(l, "vocabulary mismatch")?.kind).not.toBe("TASK");
    expect(find(l, "real-world")).toBeUndefined();
    expect(find(l, "synthetic")).toBeUndefined();
  });
});

describe("the paper's own names in more sentence shapes", () => {
  it("'we reformulate X's Y ... and propose Name'", () => {
    const l = links("Graphs", "We recast the encoder's routing step as a matching problem and propose Bipartite Token Routing.");
    expect(find(l, "Bipartite Token Routing")).toMatchObject({ relation: "PROPOSES" });
  });

  it("a name in apposition after 'i.e.', a colon or dashes", () => {
    const l = links(
      "Forecasts",
      "Here we present a data assimilation model, i.e., Nimbo, for ocean states. We develop the first coupled forecasting system: NimboCast. We propose an adaptive online algorithm -- Gravlo -- to train it.",
    );
    for (const n of ["Nimbo", "NimboCast", "Gravlo"]) expect(find(l, n)).toMatchObject({ relation: "PROPOSES" });
  });

  it("an acronym-defined component after 'a novel and efficient'", () => {
    const l = links("Probes", "Models are trained via a novel and efficient probe distillation tuning (PD-Tuning) procedure.");
    expect(find(l, "PD-Tuning")).toMatchObject({ relation: "PROPOSES" });
  });
});

describe("components named after the contribution", () => {
  it("a new Title Case definition after the proposal is one of the paper's components", () => {
    const l = links(
      "Aerial boxes",
      "Boxes are costly to label. This paper proposes RotaBox, a point-supervised detector. In its first module, a Scale-Aware Agreement (SAA) loss is designed to perceive scale. We compare with Feature Pyramid Networks (FPN).",
    );
    expect(find(l, "Scale-Aware Agreement")).toMatchObject({ relation: "PROPOSES" });
    expect(find(l, "Feature Pyramid Networks")?.relation).not.toBe("PROPOSES");
  });

  it("a definition the paper applies or uses is not its own", () => {
    const l = links("Memory", "We propose HopMem, a memory layer. We apply our approach to Neural Turing Machines (NTM) and use Sparse Access Memory (SAM).");
    expect(find(l, "Neural Turing Machines")?.relation).not.toBe("PROPOSES");
    expect(find(l, "Sparse Access Memory")?.relation).not.toBe("PROPOSES");
  });

  it("'method called Name (Acronym)' gives the whole name, not its first word", () => {
    const l = links("Masked models", "Our method called Sparse maSked Tiling (SparST) is general.");
    expect(find(l, "SparST")).toMatchObject({ relation: "PROPOSES" });
    expect(find(l, "Sparse")).toBeUndefined();
  });
});

describe("tasks named as a source of tools or a family of methods", () => {
  it("techniques from a field and a family of methods are not what the paper addresses", () => {
    const l = links(
      "Markov games",
      "Equilibria are hard to compute. We give a reduction using aggregation techniques from online learning. Unlike metric learning methods, our bound is tight.",
    );
    expect(find(l, "online learning")?.confidence ?? 0).toBeLessThan(0.5);
    expect(find(l, "metric learning")?.confidence ?? 0).toBeLessThan(0.5);
  });

  it("a real-time lead is dropped from a title's task", () => {
    const l = links("SplatFast: Depth Priors for Real-time Sparse-View Scene Rendering", "We render scenes from few views.");
    expect(find(l, "Sparse-View Scene Rendering")).toMatchObject({ kind: "TASK" });
  });
});

describe("everyday words as modifiers", () => {
  it("attention weights and attention heads do not name the attention mechanism", () => {
    const l = links("Sparse heads", "We store only large attention weights. Some attention heads are skipped, and attention patterns vary.");
    expect(find(l, "attention mechanism")).toBeUndefined();
  });

  it("a cued use still names it", () => {
    const l = links("Sparse heads", "We use attention to pool tokens. The attention mechanism is costly.");
    expect(find(l, "attention mechanism")!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("spelling variants of known techniques", () => {
  it("hyphenated and short spellings name the same technique", () => {
    const l = links("Training on chips", "Full back-propagation does not fit, so we offload auto-differentiation to compile time.");
    expect(find(l, "backpropagation")).toMatchObject({ kind: "METHOD" });
    expect(find(l, "automatic differentiation")).toMatchObject({ kind: "METHOD" });
  });
});

describe("a component named in apposition after the contribution", () => {
  it("a new Title Case name after a generic noun and a comma is proposed, once the paper has proposed its own", () => {
    const l = links(
      "Tiny updates",
      "We propose Sparse Refresh to skip unimportant layers. The idea is implemented by a lightweight runtime system, Pocket Update Engine, which compiles the backward graph.",
    );
    expect(find(l, "Pocket Update Engine")).toMatchObject({ relation: "PROPOSES" });
  });

  it("not when the name is a tool the paper uses or a baseline", () => {
    const l = links(
      "Tiny updates",
      "We propose Sparse Refresh to skip unimportant layers. We use an existing runtime system, Pocket Update Engine, to compile the graph.",
    );
    expect(find(l, "Pocket Update Engine")?.relation).not.toBe("PROPOSES");
  });
});

describe("a head noun after the acronym", () => {
  const l = links(
    "KestrelNet: Counting birds from sparse clicks",
    "We propose KestrelNet, a detector trained from clicks. A Wide-to-Narrow (WN) matching strategy pairs clicks with boxes, " +
      "and a Shape-Aware Spread (SAS) loss is designed to keep boxes compact. WN removes duplicate boxes.",
  );

  it("names the component with its head, keeping the acronym", () => {
    expect(l.find((x) => x.name === "Wide-to-Narrow matching")).toMatchObject({ relation: "PROPOSES", acronym: "WN" });
    expect(l.find((x) => x.name === "Shape-Aware Spread loss")).toMatchObject({ relation: "PROPOSES" });
  });

  it("the bare long form is no entity of its own, and a later acronym joins the named component", () => {
    expect(l.filter((x) => normalizeName(x.name) === normalizeName("Wide-to-Narrow"))).toEqual([]);
    expect(find(l, "Wide-to-Narrow matching")!.evidence.some((e) => e.text.startsWith("WN removes"))).toBe(true);
  });

  it("a long form with a head of its own, or a generic noun after the acronym, keeps its name", () => {
    const k = links("Agents", "We build on Retrieval-Augmented Generation (RAG) models and a Dynamic Memory Bank (DMB) module for agents.");
    expect(find(k, "Retrieval-Augmented Generation")).toBeDefined();
    expect(find(k, "Retrieval-Augmented Generation models")).toBeUndefined();
    expect(find(k, "Dynamic Memory Bank module")).toBeUndefined();
  });
});

describe("coordinated modifiers sharing one head", () => {
  it("the first conjunct takes the head written once, with the whole coordination as its evidence", () => {
    const l = links("Graph learning", "We evaluate on text and node classification, and we replace linear and sparse attention layers with one kernel.");
    const text = find(l, "text classification")!;
    expect(text).toMatchObject({ kind: "TASK" });
    expect(text.evidence.map((e) => e.text.slice(e.start, e.end))).toEqual(["text and node classification"]);
    expect(find(l, "node classification")).toMatchObject({ kind: "TASK" });
    expect(find(l, "linear attention")).toMatchObject({ kind: "METHOD" });
    expect(find(l, "sparse attention")).toMatchObject({ kind: "METHOD" });
  });

  it("not across a plural, an evaluative word or a phrase with a head of its own", () => {
    const l = links("Graph learning", "We train transformers and image classification heads, fast and accurate node classification, and detection and image classification.");
    expect(find(l, "transformers classification")).toBeUndefined();
    expect(find(l, "accurate classification")).toBeUndefined();
    expect(find(l, "detection classification")).toBeUndefined();
  });

  it("a modifier shared by coordinated heads ('natural language modeling and generation') expands to a known entity only", () => {
    const spans = (l: ExtractedLink | undefined) => l?.evidence.map((e) => e.text.slice(e.start, e.end));
    const l = links("Long contexts", "Our experiments on natural language modeling and generation tasks show gains for the pruned decoder.");
    expect(find(l, "language modeling")?.kind).toBe("TASK");
    expect(find(l, "natural language generation")?.kind).toBe("TASK");
    expect(spans(find(l, "natural language generation"))).toEqual(["natural language modeling and generation"]);
    expect(find(links("Search", "We study image retrieval and ranking for shopping catalogues."), "image ranking")).toBeUndefined();
  });
});

describe("a participle naming the kind of a technique", () => {
  it("keeps the participle before a technique head, and the everyday-word entry yields to the phrase", () => {
    const l = links("Weather maps", "The encoder employs gated convolution to fill gaps in sparse observations.");
    expect(find(l, "gated convolution")).toMatchObject({ kind: "METHOD" });
    expect(find(l, "gated convolution")!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(find(l, "convolution")).toBeUndefined();
  });

  it("drops the participle before a task: it says how the task is done", () => {
    const l = links("Robust detectors", "The detector is tested on natural and perturbed object detection tasks and sampled image generation.");
    expect(find(l, "perturbed object detection")).toBeUndefined();
    expect(find(l, "sampled image generation")).toBeUndefined();
  });
});

describe("tasks the vocabulary writes as a verb phrase", () => {
  it("a gerund and its object find the task by the verb phrase, past grading words", () => {
    const l = links("Operators for physics", "Solving parametric partial differential equations is central to engineering, and we learn an operator for it.");
    expect(find(l, "PDE solving")).toMatchObject({ kind: "TASK" });
    expect(find(l, "PDE solving")!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("the means in a title after based on", () => {
  it("a phrase after 'based on', and the items listed with commas after it, name how, not the task", () => {
    const l = links("A Solver for Inverse Problems based on Deep, Generative Probabilistic Modeling", "We propose a solver for inverse problems.");
    const modeling = find(l, "Generative Probabilistic Modeling");
    expect(modeling === undefined || modeling.confidence < 0.5).toBe(true);
  });
});

describe("the paper's own name written two ways", () => {
  it("a hyphenated spelling and the title's acronym-plus-head form join the proposed entity", () => {
    const l = links(
      "RoQ Attention: Rotating Queries for Long Contexts",
      "We propose MiXQuant, a quantizer for long contexts, and Rotated Query Attention (RoQ) for prefilling. MiX-Quant needs no calibration.",
    );
    expect(l.filter((x) => x.kind === "METHOD").map((x) => x.name).sort()).toEqual(["MiXQuant", "Rotated Query Attention"]);
    expect(find(l, "MiX-Quant")!.name).toBe("MiXQuant");
    expect(find(l, "RoQ Attention")!.name).toBe("Rotated Query Attention");
  });

  it("a long name with a letter dropped is a typo of the proposed one; a version or another first letter is not", () => {
    const l = links("Sparse masks", "We propose MaskSparsity for pruning. MaskSparity needs one pass. It beats MaskSparsity2 and NaskSparsity.");
    expect(find(l, "MaskSparity")!.name).toBe("MaskSparsity");
    expect(find(l, "MaskSparsity2")?.name).not.toBe("MaskSparsity");
    expect(find(l, "NaskSparsity")?.name).not.toBe("MaskSparsity");
  });
});

describe("a task written with a modifier in front of another task of the paper", () => {
  it("joins that task as an alias, and a bare head is no task to join", () => {
    const l = links(
      "Gridlock: Attention over Road Graphs for Traffic Flow Forecasting",
      "We study urban traffic flow forecasting with road graphs. Gridlock improves traffic flow forecasting on two cities, and its embeddings help text retrieval.",
    );
    const tasks = l.filter((x) => x.kind === "TASK" && x.confidence >= 0.5);
    expect(tasks.filter((x) => /traffic flow forecasting/i.test([x.name, ...x.aliases].join("|")))).toHaveLength(1);
    expect(find(l, "urban traffic flow forecasting")!.name.toLowerCase()).toBe("traffic flow forecasting");
  });
});

describe("a proposed Title Case name holding a hyphen compound with an acronym", () => {
  it("is read whole after the proposal verb, while a list of such names is not one name", () => {
    const l = links("Graph heads", "We extend graph attention to introduce Sparse GAT-Mixer, a fine-tuning approach for language models.");
    expect(find(l, "Sparse GAT-Mixer")).toMatchObject({ relation: "PROPOSES" });
    const k = links("Graph heads", "We propose Seq2Graph-Conv and Seq2Graph-Attn, two variants for large graphs.");
    expect(find(k, "Seq2Graph-Conv and Seq2Graph-Attn")).toBeUndefined();
  });
});

describe("a known model with its size", () => {
  it("reads BERT-large and GPT-3 Small whole, at the vocabulary's confidence", () => {
    const l = links("Fast kernels", "Training is 15% faster on BERT-large (seq. length 512), and GPT-3 Small on WikiText-103 gains 0.4 PPL.");
    expect(find(l, "BERT-large")!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(find(l, "GPT-3 Small")).toMatchObject({ kind: "METHOD" });
    expect(find(l, "GPT-3")).toBeUndefined();
  });

  it("not an everyday word that spells a model's name", () => {
    const l = links("Sizes", "The MADE model was made small for the phone.");
    expect(find(l, "made small")).toBeUndefined();
  });
});

describe("a range of quantities", () => {
  it("is no model name", () => {
    const l = links("Long contexts", "It is 2.4 times faster on long sequences (seq. length 1K-4K) than Linformer.");
    expect(find(l, "1K-4K")).toBeUndefined();
    expect(find(l, "Linformer")).toMatchObject({ kind: "METHOD" });
  });
});

describe("number words glued to a hyphen", () => {
  it("a spelled number keeps its word (zero-shot, one-class, two-stage); a digit count is dropped (8-bit)", () => {
    const l = links("Sparse Autoencoder as a Zero-Shot Classifier", "We study one-class classification with a two-stage optimization.");
    expect(l.some((x) => /^(?:shot|class|stage)\b/i.test(x.name))).toBe(false);
    expect(find(l, "one-class classification")).toMatchObject({ kind: "TASK" });
  });
});

describe("a known model with another depth or version", () => {
  it("is that model's variant, not data it is run on", () => {
    const l = links("Pruning", "Our method reduces FLOPs by 63% on ResNet-110 with no accuracy loss on CIFAR-10.");
    expect(find(l, "ResNet-110")).toMatchObject({ kind: "METHOD" });
    expect(find(l, "CIFAR-10")).toMatchObject({ kind: "DATASET" });
  });
});

describe("software in apposition", () => {
  it("a name right after a toolkit or library noun is no method", () => {
    const l = links("Pruning", "We have integrated the code into a PyTorch pruning toolkit, EasyTrimmer, for practitioners.");
    expect(find(l, "EasyTrimmer")?.kind ?? "none").not.toBe("METHOD");
  });
});
