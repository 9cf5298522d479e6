export * from "./kinds";
export * from "./paper";
export * from "./evidence";
export * from "./extraction";
export * from "./errors";
export * from "./normalize";
export * from "./keys";
export * from "./graph-types";
