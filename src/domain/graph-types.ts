// The typed graph: node attributes as a union on `kind`, edge attributes on `type`, one alias used everywhere.
import type { MultiDirectedGraph } from "graphology";
import type { EdgeType, EntityKind } from "./kinds";

export interface PaperNodeAttributes {
  kind: "PAPER";
  id: string;
  label: string;
  title: string;
  abstract: string;
  url?: string;
  codeUrls: string[];
  authors: string[];
  published?: string;
  keywords: string[];
  venue?: string;
  /**
   * The evidence of the paper's edges, held once per paper rather than as objects per edge (at 100k papers those
   * were a third of the heap's objects): the sentences they quote, by sentence index ("" for sentences none quotes),
   * and flat [sentence, start, end] triples, each edge's contiguous (see EdgeAttributes.spanStart). Read them
   * through edgeEvidence (edge-evidence.ts).
   */
  sentences: string[];
  spans: number[];
}

export interface EntityNodeAttributes {
  kind: EntityKind;
  label: string;
  /** Canonical display name. */
  name: string;
  /** Every other surface form merged into this entity, acronyms included. */
  aliases: string[];
  /** Acronyms defined for this entity (subset of aliases). */
  acronyms: string[];
  /** Number of distinct papers linked to this entity. */
  paperCount: number;
}

export type NodeAttributes = PaperNodeAttributes | EntityNodeAttributes;

export interface EdgeAttributes {
  type: EdgeType;
  /** Strength of the link: grows with the number of supporting sentences, scaled by confidence. */
  weight: number;
  /** 0..1, the highest confidence among the extractions that produced this edge. */
  confidence: number;
  /** The edge's evidence: triples spanStart .. spanStart + spanCount - 1 of its source paper's `spans`. */
  spanStart: number;
  /** How many sentences support the edge (at least one for an extracted edge). */
  spanCount: number;
}

export interface GraphAttributes {
  name: string;
  /** When the graph was last built or changed (ISO timestamp). */
  updatedAt: string;
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function isPaperNode(a: NodeAttributes): a is PaperNodeAttributes {
  return a.kind === "PAPER";
}

export function isEntityNode(a: NodeAttributes): a is EntityNodeAttributes {
  return a.kind !== "PAPER";
}
