// Maps a model's kind to its GraphQL object type name, for the Node and Entity interfaces.
import type { NodeKind } from "../domain";
import { UnreachableCaseError } from "../domain";

export function typeNameOf(kind: NodeKind): string {
  switch (kind) {
    case "PAPER":
      return "Paper";
    case "METHOD":
      return "Method";
    case "DATASET":
      return "Dataset";
    case "TASK":
      return "Task";
    case "CONCEPT":
      return "Concept";
    default:
      throw new UnreachableCaseError(kind);
  }
}

export function resolveNodeType(value: { kind: NodeKind }): string {
  return typeNameOf(value.kind);
}
