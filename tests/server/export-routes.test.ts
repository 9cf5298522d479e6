// The export downloads over HTTP: Gephi-ready GEXF, graphology and Cytoscape JSON, with the right content types.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { PapergraphServer } from "../../src/server/http-server";
import { EXPORT_ROUTES } from "../../src/server/export-routes";
import { seedStore } from "../helpers/seed";

let server: PapergraphServer;
let base: string;

beforeAll(async () => {
  server = new PapergraphServer({ routes: EXPORT_ROUTES });
  server.setStore(seedStore());
  await server.listen(0, "127.0.0.1");
  base = server.baseUrl();
});

afterAll(async () => {
  await server?.stop();
});

describe("GET /export/*", () => {
  it("downloads the whole seed graph as GEXF that graphology-gexf parses, with positions", async () => {
    const res = await fetch(`${base}/export/graph.gexf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/gexf\+xml/);
    expect(res.headers.get("content-disposition")).toContain("papergraph.gexf");
    const graph = parseGexf(MultiDirectedGraph, await res.text());
    const store = seedStore();
    expect(graph.order).toBe(store.graph.order);
    expect(graph.size).toBe(store.graph.size);
    const [first] = graph.nodes();
    expect(Number.isFinite(graph.getNodeAttribute(first, "x"))).toBe(true);
  });

  it("downloads a neighborhood as Cytoscape elements and as graphology JSON", async () => {
    const root = encodeURIComponent("method:mixture-of-expert");
    const cy = await fetch(`${base}/export/graph.json?format=cytoscape&root=${root}&depth=2&limit=50`);
    expect(cy.status).toBe(200);
    expect(cy.headers.get("content-type")).toMatch(/^application\/json/);
    const elements = ((await cy.json()) as { elements: { nodes: unknown[] } }).elements;
    expect(elements.nodes.length).toBeGreaterThan(1);
    expect(elements.nodes.length).toBeLessThanOrEqual(50);
    const g = await fetch(`${base}/export/graph.json?root=${root}`);
    const graph = new MultiDirectedGraph();
    graph.import((await g.json()) as never);
    expect(graph.hasNode("method:mixture-of-expert")).toBe(true);
  });

  it("names the bad argument", async () => {
    const bad = await fetch(`${base}/export/graph.json?format=svg`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { argument: string }).argument).toBe("format");
    const deep = await fetch(`${base}/export/graph.json?root=x&depth=9`);
    expect(((await deep.json()) as { argument: string }).argument).toBe("depth");
    const missing = await fetch(`${base}/export/graph.gexf?root=nope`);
    expect(missing.status).toBe(404);
  });
});
