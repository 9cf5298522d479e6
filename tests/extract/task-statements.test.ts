// Tasks read from how a sentence frames a problem: a subject said to be a problem or a research direction, and the
// words before "tasks"/"problems" that name a task only when they name an action. Invented text only.
import { describe, expect, it } from "vitest";
import { normalizeName, type ExtractedLink, type Paper } from "../../src/domain";
import { extractPaper } from "../../src/extract";

const paper = (title: string, abstract: string): Paper => ({ id: "t", title, abstract, authors: [], keywords: [], source: "test" });
const linksOf = (title: string, abstract: string): ExtractedLink[] => extractPaper(paper(title, abstract)).links;
const task = (all: ExtractedLink[], name: string): ExtractedLink | undefined =>
  all.find((l) => l.kind === "TASK" && [l.name, ...l.aliases].some((n) => normalizeName(n) === normalizeName(name)));

describe("problem statements", () => {
  it("a subject said to be a fast-emerging problem or a promising direction is a task, whatever its head", () => {
    const l = linksOf("Better sorting of clips", "Unsupervised shot decomposition is a fast-emerging problem in video analysis. We present a model.");
    expect(task(l, "Unsupervised shot decomposition")).toBeDefined();
    const d = linksOf("Small nets", "Network ternarization is a promising hardware-aware direction for small devices. We present a model.");
    expect(task(d, "Network ternarization")).toBeDefined();
  });

  it("a subject said to be a method is no task", () => {
    const l = linksOf("Small nets", "Weight clustering is a simple method for small devices. We present a model.");
    expect(task(l, "Weight clustering")).toBeUndefined();
  });
});

describe("words before 'tasks' and 'problems'", () => {
  it("a field, a topic or a property before the noun names no task; an action noun does", () => {
    const l = linksOf(
      "Robust encoders",
      "Our encoder is robust on two prevailing NLP tasks. Closing the gap remains an unsolved research problem. It also helps on bin calibration problems.",
    );
    expect(task(l, "prevailing NLP")).toBeUndefined();
    expect(task(l, "NLP")).toBeUndefined();
    expect(task(l, "unsolved research")).toBeUndefined();
    expect(task(l, "bin calibration")).toBeDefined();
  });

  it("a problem the sentence takes on is one, whatever its words; a hyphen compound is not", () => {
    const l = linksOf("Shades", "We introduce the multi-view shade constancy problem and solve it. The agent tackles a hard-to-solve task.");
    expect(task(l, "multi-view shade constancy")).toBeDefined();
    expect(task(l, "hard-to-solve")).toBeUndefined();
  });

  it("a title names its problem whatever its head", () => {
    const l = linksOf("Large Hopfield Storage Problem in Small Networks", "Our theory is a model of hopfield storage.");
    expect(task(l, "Hopfield Storage")?.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("title task phrases", () => {
  it("an action noun with its 'of' object is the task, object included; a technique noun is not", () => {
    const l = linksOf("Ripple Loss: Towards Implicit Calibration of Survival Models", "We calibrate survival models with a ripple loss.");
    expect(task(l, "Implicit Calibration of Survival Models")).toBeDefined();
    expect(task(l, "Implicit Calibration")).toBeUndefined();
    const m = linksOf("Span-Masking: Principled masking of rare spans", "We mask rare spans.");
    expect(task(m, "Principled masking of rare spans")).toBeUndefined();
  });

  it("a quantity named as the object keeps its own 'of' phrase; the title's verb is left out", () => {
    const l = linksOf("Tally: Towards Blind Estimation of Number of Speakers", "We count the speakers of a recording.");
    expect(task(l, "Blind Estimation of Number of Speakers")).toBeDefined();
    expect(task(l, "Blind Estimation of Number")).toBeUndefined();
    const v = linksOf("Tally: Measuring Variation of Speaker Counts", "We count the speakers of a recording.");
    expect(task(v, "Variation of Speaker Counts")).toBeDefined();
    expect(task(v, "Measuring Variation of Speaker Counts")).toBeUndefined();
    const o = linksOf("Tally: Towards Blind Estimation of Speakers of Meetings", "We count the speakers of a recording.");
    expect(task(o, "Blind Estimation of Speakers of Meetings")).toBeUndefined();
  });

  it("a kind of learning after 'for' is the task the title states", () => {
    const l = linksOf("Sparse Messages for Decentralized Deep Learning", "We send sparse messages between workers in decentralized deep learning.");
    expect(task(l, "Decentralized Deep Learning")).toBeDefined();
    const e = linksOf("Sparse Messages for Efficient Deep Learning", "We send sparse messages between workers.");
    expect(e.some((x) => x.kind === "TASK" && /learning/i.test(x.name))).toBe(false);
  });
});

describe("framed tasks", () => {
  it("a task named by 'problems' after it stands beside the known method inside it", () => {
    const l = linksOf("Herding", "Our agent is built for compositional reinforcement learning problems. It uses sparse rewards.");
    expect(task(l, "compositional reinforcement learning")).toBeDefined();
    expect(l.find((x) => x.kind === "METHOD" && x.name === "reinforcement learning")).toBeDefined();
  });
});

describe("applications of the paper's method", () => {
  it("problems the paper applies its method to are tasks, a known technique among them too", () => {
    const l = linksOf("Tiny sets", "We shrink training sets. Finally we explore the use of our method in continual learning and neural architecture search.");
    expect(task(l, "continual learning")?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(task(l, "neural architecture search")?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("a setting or a determiner phrase after the cue is no task", () => {
    const l = linksOf("Tiny sets", "We also extend our method to the infinite-action setting.");
    expect(l.some((x) => x.kind === "TASK" && /setting/.test(x.name))).toBe(false);
  });
});

describe("qualities of models as tasks", () => {
  it("a subject that has gained attention is a task, a quality of models by itself too", () => {
    const l = linksOf("Explaining", "Interpretability of black-box models has gained considerable attention. We propose a new explainer.");
    expect(task(l, "Interpretability")).toBeDefined();
  });

  it("'Towards Robustness Against X' in a title names the task with its object", () => {
    const l = linksOf("Towards Robustness Against Character Swaps", "We train readers that resist character swaps.");
    expect(task(l, "Robustness Against Character Swaps")).toBeDefined();
  });
});

describe("tasks named by their dataset", () => {
  it("'ImageNet classification' is a task beside the dataset ImageNet", () => {
    const l = linksOf("Binary nets", "Our binary network reaches 71% on ImageNet classification with no extra cost.");
    expect(task(l, "ImageNet classification")?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(l.find((x) => x.kind === "DATASET" && x.name === "ImageNet")).toBeDefined();
  });
});

describe("descriptors before a task head", () => {
  it("'reliable retrieval' is retrieval described, no task of its own", () => {
    const l = linksOf("Memories", "Dense memories permit storage and reliable retrieval of many patterns.");
    expect(task(l, "reliable retrieval")).toBeUndefined();
  });
});
