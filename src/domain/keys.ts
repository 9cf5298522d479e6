// Deterministic node and edge keys: the same input always gives the same keys.
// Keys are joined rather than concatenated: V8 keeps a concatenation of long strings as a tree of "cons" strings
// (three per edge key), and a graph holds every key for its lifetime, so at 100k papers that was 4M more objects
// for each full collection to mark (about a quarter of its time) and 60 MB of heap. A join yields one flat string.
import type { EdgeType, EntityKind, NodeKind } from "./kinds";
import { NODE_KINDS } from "./kinds";
import { slugify } from "./normalize";

export function paperKey(paperId: string): string {
  return ["paper:", paperId].join("");
}

export function entityKey(kind: EntityKind, name: string): string {
  return [kind.toLowerCase(), ":", slugify(name)].join("");
}

export function edgeKey(type: EdgeType, source: string, target: string): string {
  return [type, ":", source, "->", target].join("");
}

const KIND_OF_PREFIX = new Map<string, NodeKind>(NODE_KINDS.map((k) => [k.toLowerCase(), k]));

/** The kind a node key was made for ("method:moe" -> METHOD, the inverse of paperKey and entityKey); undefined when none. */
export function nodeKindOfKey(key: string): NodeKind | undefined {
  const i = key.indexOf(":");
  return i > 0 ? KIND_OF_PREFIX.get(key.slice(0, i)) : undefined;
}
