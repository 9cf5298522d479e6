export * from "./graph-builder";
export * from "./graph-diff";
export * from "./entity-index";
export * from "./search-index";
export * from "./graph-store";
export { adjacencyOf } from "./adjacency";
