// CORS for configured origins only (off when the list is empty): simple responses and preflights.
import type { IncomingMessage, ServerResponse } from "node:http";

const ALLOWED_HEADERS = "content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id";

/** Sets CORS headers for an allowed origin; answers a preflight itself (returns true when it did). */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): boolean {
  if (origins.length === 0) return false;
  const origin = req.headers.origin;
  const any = origins.includes("*");
  const allowed = typeof origin === "string" && (any || origins.includes(origin));
  if (allowed) {
    res.setHeader("access-control-allow-origin", any ? "*" : origin);
    res.setHeader("access-control-expose-headers", "x-request-id");
  }
  if (!any) res.setHeader("vary", "origin");
  if (req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined) {
    if (allowed) {
      res.setHeader("access-control-allow-methods", "GET, POST");
      res.setHeader("access-control-allow-headers", ALLOWED_HEADERS);
      res.setHeader("access-control-max-age", "600");
    }
    res.writeHead(204, { "content-length": 0 });
    res.end();
    return true;
  }
  return false;
}
