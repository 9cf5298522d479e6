// Downloadable exports over HTTP: GET /export/graph.gexf and /export/graph.json?format=graphology|cytoscape&root=&depth=&limit=&colorBy=.
import type { ServerResponse } from "node:http";
import { DomainError } from "../domain";
import { exportGraph, type ExportFormat } from "../graphql/export-graph";
import { sendJson, type Route } from "./http-server";

const JSON_FORMATS: Record<string, ExportFormat> = { graphology: "GRAPHOLOGY_JSON", cytoscape: "CYTOSCAPE_JSON" };

function badRequest(res: ServerResponse, message: string, argument: string): void {
  sendJson(res, 400, { error: message, code: "BAD_USER_INPUT", argument });
}

function intParam(url: URL, name: string, fallback: number, min: number, max: number): number | string {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) return `${name} must be an integer from ${min} to ${max}, got "${raw.slice(0, 50)}"`;
  return n;
}

function handleExport(res: ServerResponse, url: URL, store: Parameters<typeof exportGraph>[0], format: ExportFormat, file: string): void {
  const depth = intParam(url, "depth", 1, 1, 3);
  if (typeof depth === "string") return badRequest(res, depth, "depth");
  const limit = intParam(url, "limit", 200, 1, 1000);
  if (typeof limit === "string") return badRequest(res, limit, "limit");
  const colorBy = (url.searchParams.get("colorBy") ?? "KIND").toUpperCase();
  if (colorBy !== "KIND" && colorBy !== "COMMUNITY") return badRequest(res, `colorBy must be KIND or COMMUNITY, got "${colorBy.slice(0, 50)}"`, "colorBy");
  const root = url.searchParams.get("root") ?? undefined;
  try {
    const { body, contentType } = exportGraph(store, { format, root, depth, limit, colorBy, evidence: url.searchParams.get("evidence") === "true" });
    res.writeHead(200, {
      "content-type": contentType,
      "content-length": Buffer.byteLength(body),
      "content-disposition": `attachment; filename="${file}"`,
    });
    res.end(body);
  } catch (error) {
    if (error instanceof DomainError) {
      sendJson(res, error.code === "NOT_FOUND" ? 404 : 400, { error: error.message, code: error.code });
      return;
    }
    throw error;
  }
}

export const EXPORT_ROUTES: Route[] = [
  {
    method: "GET",
    path: "/export/graph.gexf",
    handle(_req, res, url, server) {
      if (!server.store) return sendJson(res, 503, { error: "the graph is still loading", code: "SERVICE_UNAVAILABLE" });
      handleExport(res, url, server.store, "GEXF", "papergraph.gexf");
    },
  },
  {
    method: "GET",
    path: "/export/graph.json",
    handle(_req, res, url, server) {
      if (!server.store) return sendJson(res, 503, { error: "the graph is still loading", code: "SERVICE_UNAVAILABLE" });
      const name = (url.searchParams.get("format") ?? "graphology").toLowerCase();
      const format = JSON_FORMATS[name];
      if (!format) return badRequest(res, `format must be graphology or cytoscape, got "${name.slice(0, 50)}"`, "format");
      handleExport(res, url, server.store, format, `papergraph-${name}.json`);
    },
  },
];
