// The one place where graph attributes become GraphQL objects.
import type { EdgeAttributes, EntityNodeAttributes, Evidence, NodeAttributes, PaperNodeAttributes } from "../domain";
import { paperKey } from "../domain";
import { communityColor, forDisplay, kindColor, nodeSize, type AnalyticsService, type ColorBy } from "../analytics";
import type { Entity } from "./types/entity.interface";
import type { EntityKindEnum, EdgeTypeEnum } from "./types/enums";
import type { EvidenceSentence } from "./types/evidence.type";
import type { Link } from "./types/link.type";
import type { Paper } from "./types/paper.type";
import type { GraphEdge, GraphNode } from "./types/subgraph.type";

export type PaperModel = Paper & { kind: "PAPER" };
export type EntityModel = Entity;
export type NodeModel = PaperModel | EntityModel;

export function toPaper(key: string, a: PaperNodeAttributes): PaperModel {
  return {
    kind: "PAPER",
    id: key,
    paperId: a.id,
    title: a.title,
    abstract: a.abstract,
    url: a.url,
    codeUrls: a.codeUrls,
    authors: a.authors,
    published: a.published,
    keywords: a.keywords,
    venue: a.venue,
  };
}

export function toEntity(key: string, a: EntityNodeAttributes): EntityModel {
  return { id: key, kind: a.kind as EntityKindEnum, name: a.name, aliases: a.aliases, paperCount: a.paperCount };
}

export function toNode(key: string, a: NodeAttributes): NodeModel {
  return a.kind === "PAPER" ? toPaper(key, a) : toEntity(key, a);
}

export function toEvidence(e: Evidence): EvidenceSentence {
  return { paper: paperKey(e.paperId), sentence: e.sentence, text: e.text, start: e.start, end: e.end, mention: e.text.slice(e.start, e.end) };
}

export function toLink(edge: string, a: EdgeAttributes, entity: EntityModel, evidence: Evidence[]): Link {
  return {
    id: edge,
    type: a.type as EdgeTypeEnum,
    entity,
    confidence: a.confidence,
    weight: a.weight,
    evidence: evidence.map(toEvidence),
  };
}

/** A node with its display attributes: layout position, size from PageRank, colour by kind or community. */
export function toGraphNode(key: string, a: NodeAttributes, analytics: AnalyticsService, colorBy: ColorBy = "KIND"): GraphNode {
  const snapshot = analytics.snapshot();
  const { x, y } = analytics.position(key);
  const community = snapshot.community.get(key);
  return {
    id: key,
    kind: a.kind,
    label: a.label,
    x: forDisplay(x),
    y: forDisplay(y),
    size: nodeSize(snapshot, key),
    color: colorBy === "COMMUNITY" ? communityColor(community) : kindColor(a.kind),
    community,
    pagerank: snapshot.pagerank.get(key) ?? 0,
  };
}

export function toGraphEdge(edge: string, source: string, target: string, a: EdgeAttributes): GraphEdge {
  return { id: edge, source, target, type: a.type, weight: a.weight, confidence: a.confidence };
}
