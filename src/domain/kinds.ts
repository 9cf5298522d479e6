// The vocabulary of the graph: node kinds and edge types, shared by every layer.

export const ENTITY_KINDS = ["METHOD", "DATASET", "TASK", "CONCEPT"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const NODE_KINDS = ["PAPER", ...ENTITY_KINDS] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * Paper -> entity relations. PROPOSES: the paper's own contribution; USES: builds on or applies;
 * COMPARES_WITH: a baseline; EVALUATES_ON: a dataset or benchmark it reports results on; INTRODUCES: a dataset
 * or benchmark it releases; ADDRESSES: a task; MENTIONS: a key concept.
 */
export const EDGE_TYPES = [
  "PROPOSES",
  "USES",
  "COMPARES_WITH",
  "EVALUATES_ON",
  "INTRODUCES",
  "ADDRESSES",
  "MENTIONS",
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** Which entity kind each edge type points at (paper is always the source). */
export const EDGE_TARGET_KIND: Record<EdgeType, EntityKind> = {
  PROPOSES: "METHOD",
  USES: "METHOD",
  COMPARES_WITH: "METHOD",
  EVALUATES_ON: "DATASET",
  INTRODUCES: "DATASET",
  ADDRESSES: "TASK",
  MENTIONS: "CONCEPT",
};

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isEdgeType(value: string): value is EdgeType {
  return (EDGE_TYPES as readonly string[]).includes(value);
}
