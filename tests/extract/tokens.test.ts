// tokenize reads the token grammar by character codes; it must cut exactly where the regex TOKEN does.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TOKEN, tokenize } from "../../src/extract/stages/tokens";

/** The regex tokenizer tokenize replaced, verbatim (without the norms). */
function reference(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(new RegExp(TOKEN.source, TOKEN.flags))) {
    const word = /.['’]s$/.test(m[0]) ? m[0].slice(0, -2) : m[0];
    out.push({ text: word, start: m.index!, end: m.index! + word.length });
  }
  return out;
}

function randomTexts(count: number): string[] {
  const alphabet = ["a", "Z", "9", " ", "-", ".", "^", "'", "’", "&", "+", "s", ",", "é", "ﬁ", "Ω", "𝑥", "😀", "\ud835", "\udc65", "\n", "٣", "_", "(", "$"];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = "";
    const n = next() % 16;
    for (let i = 0; i < n; i++) s += alphabet[next() % alphabet.length];
    out.push(s);
  }
  return out;
}

describe("tokenize", () => {
  it("cuts where the token regex does", () => {
    const seed = readFileSync(join(__dirname, "..", "..", "data", "corpus", "daily-papers-sparse.txt"), "utf8").split("\n");
    const texts = [...seed, "ResNet-50's C++ GPT-4o’s a.b. x-- y++ +z R&D -5 .5 PRIME's s's", ...randomTexts(50_000)];
    const mismatches = texts.filter((t) => JSON.stringify(tokenize(t).map(({ text, start, end }) => ({ text, start, end }))) !== JSON.stringify(reference(t)));
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
