// An edge's evidence, read from where the graph holds it: the [sentence, start, end] triples and quoted sentences of
// the edge's source paper (graph-types.ts), as Evidence objects made on demand.
import type { Evidence } from "./evidence";
import type { EdgeAttributes, KnowledgeGraph, PaperNodeAttributes } from "./graph-types";

/** The evidence of an edge given its attributes and its source paper's. */
export function evidenceOf(paper: PaperNodeAttributes, edge: EdgeAttributes): Evidence[] {
  const out: Evidence[] = [];
  for (let k = edge.spanStart; k < edge.spanStart + edge.spanCount; k++) {
    const sentence = paper.spans[3 * k];
    out.push({ paperId: paper.id, sentence, start: paper.spans[3 * k + 1], end: paper.spans[3 * k + 2], text: paper.sentences[sentence] });
  }
  return out;
}

/** The evidence of the edge `edge` of `graph` (its source is a paper). */
export function edgeEvidence(graph: KnowledgeGraph, edge: string): Evidence[] {
  return evidenceOf(graph.getNodeAttributes(graph.source(edge)) as PaperNodeAttributes, graph.getEdgeAttributes(edge));
}

/** The first supporting sentence of an edge, or undefined. */
export function firstEvidenceText(graph: KnowledgeGraph, edge: string): string | undefined {
  const a = graph.getEdgeAttributes(edge);
  if (a.spanCount === 0) return undefined;
  const paper = graph.getNodeAttributes(graph.source(edge)) as PaperNodeAttributes;
  return paper.sentences[paper.spans[3 * a.spanStart]];
}
