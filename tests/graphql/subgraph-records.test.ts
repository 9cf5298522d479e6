import { describe, expect, it } from "vitest";
import { analyticsFor } from "../../src/analytics";
import { GraphStore } from "../../src/graph/graph-store";
import { toGraphEdge, toGraphNode } from "../../src/graphql/mappers";
import { remembered, SUBGRAPH_RECORDS_LIMIT, subgraphRecords } from "../../src/graphql/subgraph-records";
import { result } from "../helpers/results";

function store() {
  return GraphStore.fromResults([
    result("a1", "One", [{ rel: "USES", name: "dropout" }, { rel: "ADDRESSES", name: "image classification" }]),
    result("a2", "Two", [{ rel: "USES", name: "dropout" }]),
  ]);
}

describe("subgraph records", () => {
  it("are what the mappers make, shared by every call until something changes", () => {
    const s = store();
    const records = subgraphRecords(s);
    const analytics = analyticsFor(s);
    const node = records.node("method:dropout");
    expect(node).toEqual(toGraphNode("method:dropout", s.graph.getNodeAttributes("method:dropout"), analytics));
    expect(records.node("method:dropout")).toBe(node);
    expect(records.node("method:dropout", "COMMUNITY")).not.toBe(node);
    const key = s.graph.edges("paper:a1", "method:dropout")[0];
    const edge = records.edge(key);
    expect(edge).toEqual(toGraphEdge(key, "paper:a1", "method:dropout", s.graph.getEdgeAttributes(key)));
    expect(records.edge(key)).toBe(edge);
    expect(subgraphRecords(s)).toBe(records);
  });

  it("start over after a change to the graph or a new analytics snapshot", () => {
    const s = store();
    const records = subgraphRecords(s);
    const before = records.node("method:dropout");
    s.addAll([result("a3", "Three", [{ rel: "USES", name: "dropout" }])]);
    const after = records.node("method:dropout");
    expect(after).not.toBe(before);
    analyticsFor(s).adopt({ ...analyticsFor(s).snapshot() });
    expect(records.node("method:dropout")).not.toBe(after);
  });

  it("keep a bounded number of records, starting over when a table is full", () => {
    const table = new Map<string, number>();
    let made = 0;
    const make = () => ++made;
    expect([remembered(table, "a", make, 2), remembered(table, "b", make, 2), remembered(table, "a", make, 2)]).toEqual([1, 2, 1]);
    expect(remembered(table, "c", make, 2)).toBe(3);
    expect([...table.keys()]).toEqual(["c"]);
    expect(SUBGRAPH_RECORDS_LIMIT).toBeGreaterThanOrEqual(10_000);
  });
});
