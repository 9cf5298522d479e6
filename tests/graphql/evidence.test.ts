// Every edge the API returns on the seed carries evidence whose span is the entity's surface form in its sentence.
import { describe, expect, it } from "vitest";
import { normalizeName } from "../../src/domain";
import { graphqlClient } from "../helpers/graphql";
import { seedStore } from "../helpers/seed";

describe("evidence on every edge of the seed graph", () => {
  const gql = graphqlClient(seedStore());

  it("points at a name or alias of the linked entity, inside the sentence it quotes", async () => {
    let after: string | null = null;
    let edges = 0;
    const bad: string[] = [];
    do {
      const r = await gql(
        `query($after: String) { papers(first: 50, after: $after) { pageInfo { hasNextPage endCursor }
          nodes { id links(minConfidence: 0) { id entity { name aliases } evidence { text start end mention } } } } }`,
        { after },
      );
      expect(r.errors).toBeUndefined();
      for (const paper of r.data!.papers.nodes) {
        for (const link of paper.links) {
          edges++;
          if (link.evidence.length === 0) bad.push(`${link.id}: no evidence`);
          const forms = new Set([link.entity.name, ...link.entity.aliases].map(normalizeName));
          for (const e of link.evidence) {
            if (e.text.slice(e.start, e.end) !== e.mention || e.start < 0 || e.end > e.text.length) bad.push(`${link.id}: span ${e.start}-${e.end} is not "${e.mention}"`);
            if (!forms.has(normalizeName(e.mention))) bad.push(`${link.id}: "${e.mention}" is none of ${[...forms].join(" | ")}`);
          }
        }
      }
      after = r.data!.papers.pageInfo.hasNextPage ? r.data!.papers.pageInfo.endCursor : null;
    } while (after);
    expect(edges).toBeGreaterThan(1000);
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
