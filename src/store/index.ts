// The corpus store: the durable, append-only source of truth the knowledge graph is derived from.
export * from "./corpus-store";
export * from "./corpus-state";
export * from "./log-record";
export * from "./data-dir-lock";
export * from "./file-corpus-store";
