// Serialises the graph or a neighborhood for other tools; shared by the `export` query and the HTTP export routes.
import { analyticsFor, DEFAULT_CONFIDENCE_VIEW, exportCytoscapeJson, exportGexf, exportGraphologyJson, neighborhood, type ColorBy } from "../analytics";
import type { GraphStore } from "../graph";
import { NotFoundError } from "../domain";

export type ExportFormat = "GRAPHOLOGY_JSON" | "CYTOSCAPE_JSON" | "GEXF";

export interface ExportRequest {
  format: ExportFormat;
  root?: string;
  depth?: number;
  limit?: number;
  colorBy?: ColorBy;
  evidence?: boolean;
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  GRAPHOLOGY_JSON: "application/json; charset=utf-8",
  CYTOSCAPE_JSON: "application/json; charset=utf-8",
  GEXF: "application/gexf+xml; charset=utf-8",
};

export function exportGraph(store: GraphStore, request: ExportRequest): { body: string; contentType: string } {
  const analytics = analyticsFor(store);
  const snapshot = analytics.snapshot();
  let nodes: string[] | undefined;
  if (request.root !== undefined) {
    if (!store.graph.hasNode(request.root)) throw new NotFoundError(`export: no node with id "${request.root.slice(0, 200)}"`, { argument: "root" });
    nodes = neighborhood(store.graph, request.root, {
      depth: request.depth ?? 1,
      limit: request.limit ?? 200,
      // The nodes reached through the links the API shows by default, as the neighborhood query chooses them.
      minConfidence: DEFAULT_CONFIDENCE_VIEW,
      scores: snapshot.pagerank,
    }).nodes;
  }
  const options = { nodes, snapshot, colorBy: request.colorBy ?? "KIND", evidence: request.evidence ?? false };
  const body =
    request.format === "GEXF"
      ? exportGexf(store.graph, options)
      : JSON.stringify(request.format === "CYTOSCAPE_JSON" ? exportCytoscapeJson(store.graph, options) : exportGraphologyJson(store.graph, options));
  return { body, contentType: EXPORT_CONTENT_TYPES[request.format] };
}
