export * from "./build-schema";
export * from "./context";
export * from "./format-error";
