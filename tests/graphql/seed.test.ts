// What the seed corpus must show through the API (issue: foundation): counts, acronym merging, the GraNet paper.
import { describe, expect, it } from "vitest";
import { normalizeName } from "../../src/domain";
import { graphqlClient } from "../helpers/graphql";
import { seed, seedStore } from "../helpers/seed";

const GRANET = "Sparse Training via Boosting Pruning Plasticity with Neuroregeneration";

describe("the seed graph", () => {
  const gql = graphqlClient(seedStore());

  it("loads all 135 papers with no ingest issue", async () => {
    expect(seed().report.issues).toEqual([]);
    const r = await gql(`{ papers { totalCount } }`);
    expect(r.data!.papers.totalCount).toBe(135);
  });

  it("holds one mixture-of-experts method with both forms, linked to at least 4 papers", async () => {
    const r = await gql(`{ entity(kind: METHOD, name: "MoE") { id name aliases paperCount } }`);
    const e = r.data!.entity;
    expect(normalizeName(e.name)).toBe("mixture of expert");
    expect(e.aliases).toContain("MoE");
    expect(e.paperCount).toBeGreaterThanOrEqual(4);
    const long = await gql(`{ entity(kind: METHOD, name: "mixture of experts") { id } }`);
    expect(long.data!.entity.id).toBe(e.id);
  });

  it("extracts the GraNet paper's contribution, methods, datasets and code", async () => {
    const r = await gql(`query($t: String!) { papers(filter: { text: $t }, first: 5) { nodes { title proposes { name aliases }
      methods { name aliases } datasets { name aliases } codeUrls } } }`, { t: GRANET });
    const paper = r.data!.papers.nodes.find((p: any) => p.title === GRANET);
    expect(paper).toBeDefined();
    const forms = (list: any[]) => list.flatMap((m) => [m.name, ...(m.aliases ?? [])]).map(normalizeName);
    expect(forms(paper.proposes)).toContain("granet");
    expect(forms(paper.methods)).toEqual(expect.arrayContaining(["lottery ticket hypothesis", "LTH", "SNIP"].map((s) => normalizeName(s))));
    expect(forms(paper.datasets)).toContain("imagenet");
    expect(paper.codeUrls.some((u: string) => /^https:\/\/github\.com\//.test(u))).toBe(true);
  });
});
