// The analytics layer: pure functions over the KnowledgeGraph for traversal, paths, related work, communities,
// centrality, layout and export.
export * from "./edge-filter";
export * from "./neighborhood";
export * from "./shortest-path";
export * from "./k-shortest-paths";
export * from "./text-index";
export * from "./related-papers";
export * from "./related-entities";
export * from "./undirected-projection";
export * from "./centrality";
export * from "./communities";
export * from "./layout";
export * from "./compute-analytics";
export * from "./top-entities";
export * from "./palette";
export * from "./node-size";
export * from "./export-subgraph";
export * from "./export-graphology-json";
export * from "./export-cytoscape-json";
export * from "./export-gexf";
export * from "./analytics-service";
export * from "./packed-snapshot";
