// The synthetic corpus generator: deterministic, seeded papers for benchmarks at any scale (no I/O).
export * from "./generate-papers";
export * from "./vocabulary";
export * from "./names";
export * from "./random";
