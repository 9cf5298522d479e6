// Looking up a node that a caller named: unknown keys are a NotFoundError naming the function and the key.
import { NotFoundError, type KnowledgeGraph, type NodeAttributes, type NodeKind } from "../domain";

export function requireNode(graph: KnowledgeGraph, fn: string, key: string, kinds?: readonly NodeKind[]): NodeAttributes {
  if (!graph.hasNode(key)) throw new NotFoundError(`${fn}: no node with key ${JSON.stringify(key)}`, { key });
  const attributes = graph.getNodeAttributes(key);
  if (kinds && !kinds.includes(attributes.kind)) {
    throw new NotFoundError(`${fn}: node ${JSON.stringify(key)} is a ${attributes.kind}, expected ${kinds.join(" or ")}`, {
      key,
      kind: attributes.kind,
    });
  }
  return attributes;
}
