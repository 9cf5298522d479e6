// Structural extraction rules (naming cues, coordination, title phrases, model sizes, acronym clashes), each on text
// written for the test: no sentence here comes from the corpora or the gold files.
import { describe, expect, it } from "vitest";
import { normalizeName, type ExtractedLink, type Paper } from "../../src/domain";
import { extractPaper } from "../../src/extract";

const paper = (title: string, abstract: string): Paper => ({ id: "s", title, abstract, authors: [], keywords: [], source: "test" });
const linksOf = (title: string, abstract: string): ExtractedLink[] => extractPaper(paper(title, abstract)).links;
const find = (all: ExtractedLink[], name: string): ExtractedLink | undefined =>
  all.find((l) => [l.name, ...l.aliases].some((n) => normalizeName(n) === normalizeName(name)));

describe("naming cues", () => {
  it("'named' opening a known phrase ('named entity recognition') names nothing", () => {
    const l = linksOf("Tagging medical notes", "Our encoder improves named entity recognition on discharge summaries.");
    expect(l.some((x) => x.relation === "PROPOSES")).toBe(false);
    expect(find(l, "named entity recognition")).toMatchObject({ kind: "TASK", relation: "ADDRESSES" });
  });
});

describe("coordinated names", () => {
  it("two names coordinated before the title's colon are two contributions", () => {
    const l = linksOf("LexiQuill and LexiQuill-XL: Encoders for Court Filings", "We pretrain two encoders on court filings.");
    expect(find(l, "LexiQuill")?.relation).toBe("PROPOSES");
    expect(find(l, "LexiQuill-XL")?.relation).toBe("PROPOSES");
    expect(find(l, "LexiQuill and LexiQuill-XL")).toBeUndefined();
  });

  it("'we name them A and B' and 'namely A, B and C' after a proposal name each item", () => {
    const l = linksOf(
      "Reading long contracts",
      "We build two hierarchical readers and we name them Folio Reader and Marginalia. We also introduce three adapters, namely Tack, Rivet, and Staple, which are trained jointly.",
    );
    for (const n of ["Folio Reader", "Marginalia", "Tack", "Rivet", "Staple"]) expect(find(l, n)?.relation).toBe("PROPOSES");
  });
});

describe("lists of evaluated datasets", () => {
  it("'databases (namely A and B)' and 'datasets such as A and B' are evaluated on, not introduced", () => {
    const l = linksOf(
      "Stroke-level writer verification",
      "The proposed model was evaluated on two public databases (namely Quagga and Brindle). It also transfers to datasets such as Corvid and Petrel.",
    );
    for (const n of ["Quagga", "Brindle", "Corvid", "Petrel"]) expect(find(l, n)).toMatchObject({ kind: "DATASET", relation: "EVALUATES_ON" });
  });
});

describe("title task phrases", () => {
  it("a title's task phrase stands beside a model name inside it", () => {
    const l = linksOf("Tern: Cached Routing for Faster LLM Decoding", "We present Tern, which caches routing decisions of large language models (LLMs).");
    expect(find(l, "LLM Decoding")).toMatchObject({ kind: "TASK", relation: "ADDRESSES" });
    expect(find(l, "LLM Decoding")!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(find(l, "LLM")?.kind).toBe("METHOD");
  });
});

describe("model sizes after a space", () => {
  it("a model's name followed by its parameter count is the sized model; a bare second size is no name", () => {
    const l = linksOf("T", "We distil Corvo-2.5 13B into smaller students and compare with LLMs like Llama 2 7B and 70B.");
    expect(find(l, "Corvo-2.5 13B")?.kind).toBe("METHOD");
    expect(find(l, "Corvo-2.5")).toBeUndefined();
    expect(find(l, "Llama 2 7B")?.kind).toBe("METHOD");
    expect(l.some((x) => /^70B\.?$/.test(x.name))).toBe(false);
  });
});

describe("coordinated sizes and versions", () => {
  it("a model's name written once before coordinated sizes or versions names each variant", () => {
    const l = linksOf("T", "We distil Corvo-2.5 7B and 13B into students, then compare LLaMA-V1/V2 and Stable Diffusion 1.4/2.0 as teachers.");
    for (const n of ["Corvo-2.5 7B", "Corvo-2.5 13B", "LLaMA-V2", "Stable Diffusion 1.4", "Stable Diffusion 2.0"]) expect(find(l, n)?.kind).toBe("METHOD");
    const second = find(l, "Corvo-2.5 13B")!;
    expect(second.evidence.map((e) => e.text.slice(e.start, e.end))).toEqual(["Corvo-2.5 7B and 13B"]);
  });

  it("not across another shape or a measure: 'Corvo-2.5 7B and 8 GPUs', 'Corvo 1.5 and 2.0 points'", () => {
    const l = linksOf("T", "We train Corvo-2.5 7B and 8 GPUs suffice. Our tuner lifts Corvo 1.5 and 2.0 points over the baseline.");
    expect(find(l, "Corvo-2.5 8")).toBeUndefined();
    expect(l.some((x) => /2\.0$/.test(x.name))).toBe(false);
  });
});

describe("model families", () => {
  it("a phrase headed by 'models' with a kind of model before it names a family; a described model does not", () => {
    const l = linksOf("T", "We distil speech foundation models into a student, and compare with parametric models. The target model is small.");
    expect(find(l, "speech foundation models")).toMatchObject({ kind: "METHOD", relation: "USES" });
    expect(find(l, "speech foundation models")!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(find(l, "parametric models")!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(find(l, "target model")?.confidence ?? 0).toBeLessThan(0.5);
  });

  it("the family written with words left out is the same family", () => {
    const l = linksOf("Auditing generative audio models", "Generative audio models often miss rare sounds. We audit three generative models on a new probe set.");
    const family = l.filter((x) => x.kind === "METHOD" && /generative/i.test(x.name));
    expect(family).toHaveLength(1);
    expect([family[0].name, ...family[0].aliases].map(normalizeName)).toEqual(expect.arrayContaining(["generative audio model", "generative model"]));
  });

  it("'using' after a noun opens a clause: 'an approach using audio foundation models' names the family, not 'using ...'", () => {
    const l = linksOf("T", "We design a labelling approach using audio foundation models and a cost map.");
    expect(l.some((x) => /^using/i.test(x.name))).toBe(false);
    expect(find(l, "audio foundation models")?.kind).toBe("METHOD");
  });
});

describe("acronym clashes", () => {
  it("a known acronym spelled out with another meaning is the paper's own component", () => {
    // The vocabulary's GAN is a generative adversarial network; here the letters stand for something new.
    const l = linksOf("T", "We propose Tessel, a layout model. Then, we design a Grid Alignment Node (GAN) that snaps boxes to a lattice.");
    expect(find(l, "Grid Alignment Node")).toMatchObject({ relation: "PROPOSES", acronym: "GAN" });
  });
});

describe("lists after a model family", () => {
  it("names in parentheses after a known family of models ('GNNs (A, B-XL)') are models", () => {
    const l = linksOf("T", "We test our pooling on three GNNs (PerchNet, Wren-XL, and Kestrel2.0-GX) across citation graphs.");
    for (const n of ["PerchNet", "Wren-XL", "Kestrel2.0-GX"]) {
      expect(find(l, n)?.kind).toBe("METHOD");
      expect(find(l, n)!.confidence).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe("tasks run on named data", () => {
  it("'X tasks (Name)' names the data of the task, and the task is the paper's, not background", () => {
    const l = linksOf(
      "Quux",
      "Quux is a compression method for encoders. It prunes attention heads by their entropy. For invoice layout tasks (InvLay2), it keeps quality at a third of the cost. The code is public.",
    );
    expect(find(l, "InvLay2")).toMatchObject({ kind: "DATASET", relation: "EVALUATES_ON" });
    expect(find(l, "invoice layout")?.kind).toBe("TASK");
    expect(find(l, "invoice layout")!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("what a proposal sentence does not propose", () => {
  it("a definition inside a relative clause after the proposed object is used, not proposed", () => {
    const l = linksOf("T", "First, we introduce the margin-aware hinge objective, which brings Bounded Token Dropout (BTD) to encoder pretraining.");
    expect(find(l, "BTD")?.relation).not.toBe("PROPOSES");
  });

  it("an acronym the abstract spelled out earlier is used where a later sentence designs around it", () => {
    const l = linksOf(
      "Lean encoders",
      "Most memory goes to grouped pointer attention (GPA). Thus, we design the sparse GPA module, which stores only large weights.",
    );
    expect(find(l, "GPA")?.relation).not.toBe("PROPOSES");
  });

  it("'that we call X (Y)' names the paper's own method", () => {
    const l = linksOf("T", "We extend this limit into a flexible family of estimators, that we call tangent ridge machines (TRMs).");
    expect(find(l, "tangent ridge machines")).toMatchObject({ relation: "PROPOSES", acronym: "TRM" });
  });
});

describe("LaTeX left in abstracts", () => {
  it("a tie (~) between the words of a known name is a space", () => {
    const l = linksOf("T", "Our retriever is evaluated on Natural~Questions and improves recall.");
    expect(find(l, "Natural Questions")?.kind).toBe("DATASET");
    expect(find(l, "Questions")).toBeUndefined();
  });
});

describe("names right after a dataset noun", () => {
  it("'the benchmark datasets A and B' names the datasets, without a cue word", () => {
    const l = linksOf("T", "Our detector reaches the best accuracy on the standard benchmark datasets Quokka9 and Wallaby-3D.");
    expect(find(l, "Quokka9")).toMatchObject({ kind: "DATASET", relation: "EVALUATES_ON" });
    expect(find(l, "Wallaby-3D")).toMatchObject({ kind: "DATASET", relation: "EVALUATES_ON" });
  });
});

describe("what a naming cue names", () => {
  it("a problem named by the paper is a task; a named kind of query is not a proposed method", () => {
    const l = linksOf(
      "T",
      "Our bounds follow from a simpler problem we refer to as SparseMatchX, and any solver for the SparseMatchX problem transfers. In this work, we focus on a type of causal query called cohort contrasts, which compares groups.",
    );
    expect(find(l, "SparseMatchX")).toMatchObject({ kind: "TASK", relation: "ADDRESSES" });
    expect(find(l, "cohort contrasts")?.relation).not.toBe("PROPOSES");
    expect(l.some((x) => x.relation === "PROPOSES")).toBe(false);
  });

  it("a name heading 'problem' is a task", () => {
    const l = linksOf("T", "We give a polynomial algorithm for the MinCutQ problem on planar graphs.");
    expect(find(l, "MinCutQ")).toMatchObject({ kind: "TASK", relation: "ADDRESSES" });
  });
});

describe("known acronyms after a modifier", () => {
  it("'deep RL' is deep reinforcement learning when the modified long form is known", () => {
    const l = linksOf("T", "Unlike deep RL agents trained from pixels, our planner reads the map directly.");
    expect(find(l, "deep reinforcement learning")?.kind).toBe("METHOD");
    expect(find(l, "deep reinforcement learning")!.aliases).toContain("deep RL");
  });

  it("a capitalised modifier in a list ('Visual QA') counts too when the modified long form is known", () => {
    const l = linksOf("T", "We evaluate our encoder on tasks including Visual QA and image captioning.");
    expect(find(l, "visual question answering")?.kind).toBe("TASK");
    expect(l.filter((x) => x.name === "question answering")).toHaveLength(0);
  });
});

describe("long proposal sentences", () => {
  it("'we revisit X (Y) from Z and adapt it to build NAME -- a ...' proposes NAME", () => {
    const l = linksOf(
      "T",
      "To this end, we revisit the classic greedy pursuit (GP) solver from compressed sensing and adapt it to build GP-Former -- a transformer that decodes codes step by step.",
    );
    expect(find(l, "GP-Former")?.relation).toBe("PROPOSES");
  });
});

describe("the paper's own name written two ways", () => {
  it("a title name and the same name with the acronym's last part ('Name' / 'Name-CBM (NM-CBM)') are one contribution", () => {
    const l = linksOf(
      "Sort-then-Label: Concept Probes without Labels",
      "We propose a novel approach called Sort-then-Label-CBM (SL-CBM) that sorts concepts before naming them.",
    );
    const own = l.filter((x) => x.relation === "PROPOSES");
    expect(own).toHaveLength(1);
    expect(find(l, "Sort-then-Label")).toBe(find(l, "SL-CBM"));
  });
});

describe("digits in coined short forms", () => {
  it("'S2Gen (Sketch-to-Graph Generation)': a digit standing for a word still defines the name", () => {
    const l = linksOf("T", "We introduce S2Gen (Sketch-to-Graph Generation), a novel framework that turns sketches into scene graphs.");
    expect(find(l, "S2Gen")).toMatchObject({ relation: "PROPOSES" });
    expect(find(l, "S2Gen")!.aliases).toContain("Sketch-to-Graph Generation");
    expect(l.filter((x) => x.kind === "TASK" && /sketch-to-graph/i.test(x.name))).toHaveLength(0);
  });
});

describe("spellings without a short hyphen", () => {
  it("'Mask RCNN' is Mask R-CNN and 'kmeans' is k-means", () => {
    const l = linksOf("T", "Our detector is compared with Mask RCNN, and its features are clustered with kmeans before labelling.");
    expect(find(l, "Mask R-CNN")?.kind).toBe("METHOD");
    expect(find(l, "Mask R-CNN")!.aliases).toContain("Mask RCNN");
    expect(find(l, "k-means")?.kind).toBe("METHOD");
  });
});

describe("a naming word before a known method", () => {
  it("a capitalised word or a dimension inside a sentence before a known method makes another name", () => {
    const l = linksOf("T", "Features are compressed with Tucker PCA and compared against 5D Gaussian Splatting on the scenes.");
    expect(find(l, "Tucker PCA")?.kind).toBe("METHOD");
    expect(find(l, "5D Gaussian Splatting")?.kind).toBe("METHOD");
    expect(find(l, "principal component analysis")).toBeUndefined();
  });

  it("a capitalised word opening the sentence is no part of the name", () => {
    const l = linksOf("T", "Surprisingly PCA already separates the classes.");
    expect(find(l, "principal component analysis")?.kind).toBe("METHOD");
  });
});

describe("model versions after a space", () => {
  it("'Stable Diffusion 2.0/2.1' is the versioned model, and two versions with a slash are no URL", () => {
    const l = linksOf("T", "We audit two generators (Stable Diffusion 2.0/2.1) and Llama 3.1 8B, which gains 1.5 points.");
    expect(find(l, "Stable Diffusion 2.0")?.kind).toBe("METHOD");
    expect(find(l, "Llama 3.1 8B")?.kind).toBe("METHOD");
    expect(l.some((x) => /1\.5 points/.test(x.name))).toBe(false);
  });
});

describe("a method noun after a name", () => {
  it("'the QX7 optimizer', 'a KRN backbone', 'the R3-Lite model' are methods at the default threshold", () => {
    const l = linksOf("T", "Momenta are estimated with the memory-light QX7 optimizer on top of a KRN backbone, and distilled into the R3-Lite model.");
    for (const n of ["QX7", "KRN", "R3-Lite"]) {
      expect(find(l, n)?.kind).toBe("METHOD");
      expect(find(l, n)!.confidence).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe("superscripted names and verbs read as nouns", () => {
  it("'ZETA-R$^2$' in the title and 'ZETA-R^2' in the abstract are one proposal; 'that models X' proposes no X", () => {
    const l = linksOf(
      "ZETA-R$^2$: Ranked Rewards for Chart Grounding",
      "Chart Layout Interface (CLI) grounding maps questions to chart regions. We introduce ZETA-R^2, a reward framework that models CLI regions as Gaussian blobs. ZETA-R^2 outperforms prior rewards.",
    );
    const own = l.filter((x) => x.relation === "PROPOSES");
    expect(own).toHaveLength(1);
    expect(find(l, "ZETA-R^2")?.relation).toBe("PROPOSES");
    expect(find(l, "Chart Layout Interface")?.kind).toBe("CONCEPT");
  });
});

describe("devices are no methods", () => {
  it("a defined long form headed by a device noun ('tactile array sensors (TAS)') is no method", () => {
    const l = linksOf("T", "Tactile array sensors (TASs) give sparse readings. Our policy reads TAS signals at 1 kHz.");
    expect(find(l, "TAS")?.kind ?? "CONCEPT").toBe("CONCEPT");
  });
});

describe("definitions written with ', or'", () => {
  it("'a Sparse Query DEcoder, or SQ-DEC, a state-of-the-art ...' defines SQ-DEC as an existing method", () => {
    const l = linksOf(
      "T",
      "We propose Wren, a detector for event streams. Next, we show that a Sparse Query DEcoder, or SQ-DEC, a state-of-the-art image detector, transfers well. We use LSTMs, or GRUs, for memory.",
    );
    const sq = find(l, "SQ-DEC");
    expect(sq).toMatchObject({ kind: "METHOD", relation: "USES", acronym: "SQ-DEC" });
    expect(sq!.aliases.concat(sq!.name)).toContain("Sparse Query DEcoder");
    expect(find(l, "GRU")?.acronym).toBeUndefined();
  });
});

describe("known models with a capitalised suffix", () => {
  it("'Llama-Legal' is a variant of a known model; 'Llama-Based' is an adjective", () => {
    const l = linksOf("T", "We start from Llama-Legal and compare it with Llama-Based rankers on statutes.");
    expect(find(l, "Llama-Legal")?.kind).toBe("METHOD");
    expect(find(l, "Llama-Legal")!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(find(l, "Llama-Based")).toBeUndefined();
  });
});

describe("technique phrases named by an acronym", () => {
  it("'the QRX regularization' is named by its capitals, like a capitalised word would", () => {
    const l = linksOf("T", "We find that it mitigates the harm of the QRX regularization on ranking quality.");
    expect(find(l, "QRX regularization")?.kind).toBe("METHOD");
    expect(find(l, "QRX regularization")!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("shorthand of the title's task", () => {
  it("a task with an inner modifier of the title's task left out is that task", () => {
    const l = linksOf("Murk: 3D Scene Reconstruction from Sonar", "We present Murk. Our model gives accurate 3D reconstruction from sparse sonar pings.");
    expect(find(l, "3D reconstruction")).toBeDefined();
    expect(find(l, "3D reconstruction")).toBe(find(l, "3D scene reconstruction"));
  });
});

describe("tasks listed as loss terms", () => {
  it("'a combination of image deblurring, optical flow estimation and smoothness losses' names losses, not tasks", () => {
    const l = linksOf(
      "Quill",
      "We present Quill, a video model. We train it with a combination of image deblurring, optical flow estimation, and smoothness losses.",
    );
    for (const n of ["image deblurring", "optical flow estimation"]) expect(find(l, n)?.confidence ?? 0).toBeLessThan(0.5);
  });
});

describe("the means slot of a title", () => {
  it("'X of Y for Z': the opening phrase is the means even with an 'of' phrase before the purpose", () => {
    const l = linksOf("Prism: Feature Space Alignment of Speech Encoders for Low-Resource Dialect Recognition", "We present Prism.");
    expect(find(l, "Feature Space Alignment")?.confidence ?? 0).toBeLessThan(0.5);
    expect(find(l, "Low-Resource Dialect Recognition")?.kind).toBe("TASK");
  });
});

describe("title phrases inside the paper's own name", () => {
  it("a title task phrase that begins the proposed method's long form is no task", () => {
    const l = linksOf(
      "Reward Estimation through Sparse Critics",
      "We propose RESC (Reward Estimation through Sparse Critics), which trains students from sparse value heads.",
    );
    expect(find(l, "RESC")?.relation).toBe("PROPOSES");
    expect(l.some((x) => x.kind === "TASK" && /^reward estimation$/i.test(x.name))).toBe(false);
  });
});

describe("adjectives built on multi-word names", () => {
  it("'beam search-based decoders' uses beam search", () => {
    const l = linksOf("T", "Unlike beam search-based decoders, our sampler keeps every hypothesis alive.");
    expect(find(l, "beam search")?.kind).toBe("METHOD");
    expect(find(l, "beam search")!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("lists of evaluated datasets with a plain capitalised name", () => {
  it("'experiments on A9, BQX, CTU, and Heron': a capitalised word among data names is one more dataset", () => {
    const l = linksOf("T", "Extensive experiments on Vista9, BQX, CTU, and Heron show that our renderer is faster.");
    expect(find(l, "Heron")).toMatchObject({ kind: "DATASET", relation: "EVALUATES_ON" });
  });

  it("a capitalised word after one name only stays unread", () => {
    const l = linksOf("T", "Experiments on Vista9 and Heron show that our renderer is faster.");
    expect(find(l, "Heron")?.kind).not.toBe("DATASET");
  });
});

describe("the base of a proposed name", () => {
  it("the capitalised first part of 'Kestrel-MoE', standing alone inside a sentence, is the model it builds on", () => {
    const l = linksOf(
      "Kestrel-MoE: Sparse Experts for Weather Models",
      "Existing forecasters differ. For instance, Kestrel pools every station at once. We introduce Kestrel-MoE, which routes stations to experts.",
    );
    expect(find(l, "Kestrel-MoE")?.relation).toBe("PROPOSES");
    expect(find(l, "Kestrel")).toMatchObject({ kind: "METHOD", relation: "USES" });
  });

  it("a descriptive first part ('Sparse-Foo') is no base", () => {
    const l = linksOf("Sparse-Foo: Fast Trees", "We introduce Sparse-Foo. Unlike dense trees, Sparse trees are fast.");
    expect(find(l, "Sparse")).toBeUndefined();
  });
});

describe("enumerated components", () => {
  it("'two techniques: (1) Name: ... (2) Name: ...' proposes each named item", () => {
    const l = linksOf(
      "Finch: Streaming Retrieval on Phones",
      "We present Finch, a retriever for phones. Finch relies on two key techniques: (1) Shard-level caching: it keeps hot shards in memory. (2) Lazy index refresh: it rebuilds only touched lists.",
    );
    expect(find(l, "Shard-level caching")?.relation).toBe("PROPOSES");
    expect(find(l, "Lazy index refresh")?.relation).toBe("PROPOSES");
  });

  it("numbered findings without a component list propose nothing", () => {
    const l = linksOf("T", "We present Finch. We find that: (1) Cache misses dominate: they cost most time.");
    expect(find(l, "Cache misses dominate")).toBeUndefined();
  });
});

describe("names after 'experiments on'", () => {
  it("a name followed by 'models' is what is run, not the data", () => {
    const l = linksOf("T", "We validate the adapter through experiments on QX models and report gains on Zeta9 and Quill-7.");
    expect(find(l, "QX")?.kind).toBe("METHOD");
    expect(find(l, "Zeta9")?.kind).toBe("DATASET");
  });
});
