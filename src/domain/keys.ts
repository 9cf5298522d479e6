// Deterministic node and edge keys: the same input always gives the same keys.
import type { EdgeType, EntityKind, NodeKind } from "./kinds";
import { NODE_KINDS } from "./kinds";
import { slugify } from "./normalize";

export function paperKey(paperId: string): string {
  return `paper:${paperId}`;
}

export function entityKey(kind: EntityKind, name: string): string {
  return `${kind.toLowerCase()}:${slugify(name)}`;
}

export function edgeKey(type: EdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

const KIND_OF_PREFIX = new Map<string, NodeKind>(NODE_KINDS.map((k) => [k.toLowerCase(), k]));

/** The kind a node key was made for ("method:moe" -> METHOD, the inverse of paperKey and entityKey); undefined when none. */
export function nodeKindOfKey(key: string): NodeKind | undefined {
  const i = key.indexOf(":");
  return i > 0 ? KIND_OF_PREFIX.get(key.slice(0, i)) : undefined;
}
