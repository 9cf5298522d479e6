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
