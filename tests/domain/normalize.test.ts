// normalizeName and singularize have character-code fast paths; they must agree with the regex reference on every input.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeName, normalizeNameReference, singularize } from "../../src/domain/normalize";

const IRREGULAR: Record<string, string> = {
  indices: "index",
  matrices: "matrix",
  vertices: "vertex",
  analyses: "analysis",
  hypotheses: "hypothesis",
  criteria: "criterion",
  phenomena: "phenomenon",
  data: "data",
};

/** The regex implementation singularize replaced, verbatim. */
function singularizeReference(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (/(ss|us|is|ics)$/.test(word)) return word;
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + "y";
  if (/(ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

const HANDPICKED = [
  "", " ", "a", "as", "bus", "ties", "flies", "series", "classes", "boxes", "quizzes", "watches", "dishes", "physics", "analysis",
  "indices", "data", "criteria", "constructor", "toString", "__proto__", "hasOwnProperty", "valueOf", "tostring",
  "Mixture-of-Experts", "mixtures of experts", "ResNet-50", "Llama-3.1", "v1.5.", "C++", "C#", "F1-score", "GPT-4o's",
  "e.g.", "3.", ".5", "a.b", "x . 5", "a__b//c", "  spaced   out  ", "tab\there", "new\nline", "Café", "naïve Bayes",
  "ﬁne-tuning", "Straße", "İstanbul", "K-means", "Kelvin", "BERT—base", "x–y", "α-divergence", "Ω", "１２３", "R²",
  "LSTMs", "GANs", "CNNs'", "ÉCOLE", "co-operation", "(ours)", "[MASK]", "a+b=c", "50%", "$x$", "\\alpha", "~approx",
];

function corpusStrings(): string[] {
  const out = new Set<string>();
  const text = readFileSync(join(__dirname, "..", "..", "data", "corpus", "daily-papers-sparse.txt"), "utf8");
  for (const w of text.split(/\s+/)) out.add(w);
  // Phrases of one to four words, with their punctuation, as the stages pass them.
  const words = text.split(/\s+/);
  for (let i = 0; i + 4 < words.length; i += 3) {
    out.add(words.slice(i, i + 2).join(" "));
    out.add(words.slice(i, i + 4).join(" "));
  }
  for (const file of ["datasets.json", "tasks.json", "methods.json"]) {
    const vocab = JSON.parse(readFileSync(join(__dirname, "..", "..", "data", "vocab", file), "utf8")) as { entries: string[][] };
    for (const forms of vocab.entries) for (const f of forms) out.add(f);
  }
  return [...out];
}

/** Random strings over an alphabet that exercises every branch: letters, digits, separators, punctuation, non-ASCII. */
function randomStrings(count: number): string[] {
  const alphabet = "aeiosuxzchyAESZ019 .-_/+#'’,()\t–é ﬁΩİ";
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = "";
    const n = next() % 12;
    for (let i = 0; i < n; i++) s += alphabet[next() % alphabet.length];
    out.push(s);
  }
  return out;
}

describe("normalizeName fast path", () => {
  const inputs = [...HANDPICKED, ...corpusStrings(), ...randomStrings(50_000)];

  it("equals the reference implementation on every input", () => {
    const mismatches = inputs.filter((s) => normalizeName(s) !== normalizeNameReference(s));
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(inputs.length).toBeGreaterThan(50_000);
  });

  it("keeps the documented examples", () => {
    expect(normalizeName("Mixture-of-Experts")).toBe("mixture of expert");
    expect(normalizeName("mixtures of experts")).toBe("mixture of expert");
    expect(normalizeName("ResNet-50")).toBe("resnet 50");
    expect(normalizeName("Llama-3.1")).toBe("llama 3.1");
  });
});

describe("singularize fast path", () => {
  it("equals the regex implementation on every input", () => {
    const words = [...HANDPICKED, ...corpusStrings().flatMap((s) => [s, s.toLowerCase()]), ...randomStrings(50_000).map((s) => s.toLowerCase())];
    const mismatches = words.filter((w) => singularize(w) !== singularizeReference(w));
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
