// The explorer and the GraphQL IDE as static files from dist/web: GET /, /ide and /assets/*, no directory traversal.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, resolve } from "node:path";
import { sendJson, type Route } from "./http-server";

/** dist/web next to dist/server (built) or at the repository root (run from src). */
export const DEFAULT_WEB_ROOT = resolve(__dirname, "..", "..", "dist", "web");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
};

/** Asset names are flat and content-hashed (explorer-66YT3TCH.js): anything else is refused before touching the disk. */
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const MISSING_BUILD =
  "The papergraph explorer has not been built: run `npm run build` (or `npm start`, which builds when needed), then reload.\n" +
  "The GraphQL API itself is up at POST /graphql.\n";

interface CachedFile {
  mtimeMs: number;
  body: Buffer;
  gzip?: Buffer;
  etag: string;
}

/** Serves one directory's pages and assets; files are read once and kept while unchanged on disk. */
export class StaticFiles {
  private readonly cache = new Map<string, CachedFile>();

  constructor(readonly root: string) {}

  /** The file's bytes (and gzip copy), or undefined when the build is missing. */
  async load(path: string): Promise<CachedFile | undefined> {
    let info;
    try {
      info = await stat(path);
    } catch {
      return undefined;
    }
    if (!info.isFile()) return undefined;
    const cached = this.cache.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs) return cached;
    const body = await readFile(path);
    const gzip = await readFile(`${path}.gz`).catch(() => undefined);
    const file: CachedFile = { mtimeMs: info.mtimeMs, body, gzip, etag: `"${createHash("sha1").update(body).digest("base64url").slice(0, 20)}"` };
    this.cache.set(path, file);
    return file;
  }

  async send(req: IncomingMessage, res: ServerResponse, relativePath: string, cacheControl: string): Promise<void> {
    const path = join(this.root, relativePath);
    const file = await this.load(path);
    if (!file) return sendMissing(res, relativePath);
    const headers: Record<string, string> = {
      "content-type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream",
      "cache-control": cacheControl,
      etag: file.etag,
      "x-content-type-options": "nosniff",
      vary: "accept-encoding",
    };
    if (req.headers["if-none-match"] === file.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const gzip = file.gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = gzip ? file.gzip! : file.body;
    if (gzip) headers["content-encoding"] = "gzip";
    headers["content-length"] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /** A page's HTML as text (the IDE is also served through Apollo's landing-page hook at GET /graphql). */
  async page(name: string): Promise<string | undefined> {
    return (await this.load(join(this.root, name)))?.body.toString("utf8");
  }
}

function sendMissing(res: ServerResponse, what: string): void {
  const html = what.endsWith(".html");
  const body = html ? `<!doctype html><meta charset="utf-8"><title>papergraph</title><pre>${MISSING_BUILD}</pre>` : MISSING_BUILD;
  res.writeHead(html ? 503 : 404, { "content-type": html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(body);
}

/** Pages revalidate every time (they name the current assets); assets are content-hashed, so they never change. */
const PAGE_CACHE = "no-cache";
const ASSET_CACHE = "public, max-age=31536000, immutable";

/**
 * The routes, "/" last: a route path ending in "/" is a prefix, so "/" sees every path no earlier route took and
 * answers the server's usual 404 for all but "/" itself. Register these after every other route.
 */
export function createStaticRoutes(files: StaticFiles): Route[] {
  return [
    { method: "GET", path: "/ide", handle: (req, res) => files.send(req, res, "ide.html", PAGE_CACHE) },
    {
      method: "GET",
      path: "/assets/",
      handle: (req, res, url) => {
        const name = decodeURIComponentSafe(url.pathname.slice("/assets/".length));
        if (name === undefined || !ASSET_NAME.test(name) || name.includes("..")) {
          res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
          res.end("no such asset\n");
          return;
        }
        return files.send(req, res, join("assets", name), ASSET_CACHE);
      },
    },
    {
      method: "GET",
      path: "/",
      handle: (req, res, url) => {
        if (url.pathname === "/" || url.pathname === "/index.html") return files.send(req, res, "index.html", PAGE_CACHE);
        sendJson(res, 404, { error: `no route for ${req.method ?? "GET"} ${url.pathname}`, code: "NOT_FOUND" });
      },
    },
  ];
}

function decodeURIComponentSafe(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The build `npm start` serves. */
export const WEB_FILES = new StaticFiles(DEFAULT_WEB_ROOT);
export const STATIC_ROUTES: Route[] = createStaticRoutes(WEB_FILES);
