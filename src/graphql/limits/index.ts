// Query limits and budgets: shape rules, the static cost model, the per-operation budget and resolver instrumentation.
export * from "./limit-error";
export * from "./check-query-shape";
export * from "./known-operation-types-rule";
export * from "./cost-model";
export * from "./query-budget";
export * from "./instrument-resolvers";
