import { MultiDirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { edgeEvidence, NotFoundError, type KnowledgeGraph } from "../../src/domain";
import { exportedNodeAttributes } from "../../src/analytics/export-subgraph";
import { forDisplay } from "../../src/analytics/node-size";
import {
  communityColor,
  computeAnalytics,
  exportCytoscapeJson,
  exportGexf,
  exportGraphologyJson,
  kindColor,
  neighborhood,
} from "../../src/analytics";
import { buildGraph } from "../fixtures/graphs/build";

const graph = buildGraph({
  papers: { p1: { title: 'Sparse "attention" & <friends>', abstract: "Line one.\nLine two." } },
  edges: ["p1 USES lora 2", "p1 COMPARES_WITH lora", "p1 MENTIONS sparse-attention", "p2 MENTIONS sparse-attention", "p2 EVALUATES_ON glue"],
});
graph.mergeNodeAttributes("method:lora", { aliases: ["LoRA", "low-rank adaptation"], acronyms: ["LoRA"] });
const snapshot = computeAnalytics(graph, { layoutIterations: 10 });

describe("exportGraphologyJson", () => {
  it("imports back into a graphology graph with every attribute, each edge carrying its evidence", () => {
    const json = JSON.parse(JSON.stringify(exportGraphologyJson(graph, { snapshot })));
    const back: KnowledgeGraph = MultiDirectedGraph.from(json);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachEdge((edge, { type, weight, confidence }) =>
      expect(back.getEdgeAttributes(edge)).toEqual({ type, weight, confidence, evidence: edgeEvidence(graph, edge) }),
    );
    graph.forEachNode((node, attributes) => {
      const a = back.getNodeAttributes(node) as unknown as Record<string, unknown>;
      expect(a).toMatchObject(exportedNodeAttributes(attributes));
      expect(a).not.toHaveProperty("spans");
      expect(a.x).toBe(forDisplay(snapshot.positions.get(node)!.x));
      expect(a.color).toBe(kindColor(attributes.kind));
    });
    expect(back.getAttributes()).toEqual(graph.getAttributes());
  });

  it("restricts to a neighborhood and colours by community", () => {
    const nb = neighborhood(graph, "paper:p2");
    const json = exportGraphologyJson(graph, { nodes: nb.nodes, snapshot, colorBy: "COMMUNITY", evidence: false });
    expect(json.nodes.map((n) => n.key).sort()).toEqual([...nb.nodes].sort());
    expect(json.edges.map((e) => e.key).sort()).toEqual([...nb.edges].sort());
    expect(json.edges.every((e) => e.attributes!.evidence === undefined)).toBe(true);
    for (const n of json.nodes) expect(n.attributes!.color).toBe(communityColor(snapshot.community.get(n.key)));
    expect(() => exportGraphologyJson(graph, { nodes: ["paper:nope"] })).toThrow(NotFoundError);
  });
});

describe("exportCytoscapeJson", () => {
  it("produces valid elements: unique ids, edges between listed nodes, finite positions", () => {
    const { elements } = exportCytoscapeJson(graph, { snapshot });
    expect(elements.nodes).toHaveLength(graph.order);
    expect(elements.edges).toHaveLength(graph.size);
    const ids = new Set(elements.nodes.map((n) => n.data.id));
    expect(ids.size).toBe(graph.order);
    for (const n of elements.nodes) {
      expect(typeof n.data.id).toBe("string");
      expect(Number.isFinite(n.position!.x) && Number.isFinite(n.position!.y)).toBe(true);
    }
    for (const e of elements.edges) {
      expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
      expect(ids.has(e.data.id)).toBe(false);
    }
    expect(elements.edges.find((e) => e.data.id === "USES:paper:p1->method:lora")!.data).toMatchObject({
      source: "paper:p1",
      target: "method:lora",
      type: "USES",
      weight: 2,
      evidenceCount: 1,
    });
  });
});

describe("exportGexf", () => {
  it("parses back with graphology-gexf, with attributes, lists flattened and viz data", () => {
    const xml = exportGexf(graph, { snapshot, evidence: true });
    const back = parse(MultiDirectedGraph, xml);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.hasEdge("COMPARES_WITH:paper:p1->method:lora")).toBe(true);
    const lora = back.getNodeAttributes("method:lora");
    expect(lora).toMatchObject({ kind: "METHOD", label: "lora", aliases: "LoRA; low-rank adaptation", paperCount: 1 });
    expect(lora.x).toBeCloseTo(forDisplay(snapshot.positions.get("method:lora")!.x), 3);
    expect(Number.isFinite(lora.size)).toBe(true);
    expect(back.getNodeAttribute("paper:p1", "title")).toBe('Sparse "attention" & <friends>');
    expect(back.getEdgeAttributes("USES:paper:p1->method:lora")).toMatchObject({ type: "USES", weight: 2, evidenceCount: 1 });
    const sub = parse(MultiDirectedGraph, exportGexf(graph, { nodes: ["paper:p2", "dataset:glue"] }));
    expect(sub.order).toBe(2);
    expect(sub.size).toBe(1);
  });
});
