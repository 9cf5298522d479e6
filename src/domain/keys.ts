// Deterministic node and edge keys: the same input always gives the same keys.
import type { EdgeType, EntityKind } from "./kinds";
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

/** The kind prefix of a node key ("method:moe" -> "method"); undefined when the key has no prefix. */
export function keyPrefix(key: string): string | undefined {
  const i = key.indexOf(":");
  return i > 0 ? key.slice(0, i) : undefined;
}
