// The explorer's static routes over real HTTP: content types, caching, gzip, no traversal, the missing-build message,
// and the IDE for browsers at GET /graphql while POST /graphql stays the API.
import "reflect-metadata";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PapergraphServer } from "../../src/server/http-server";
import { ideLandingPage } from "../../src/server/ide-landing-page";
import { StaticFiles, createStaticRoutes } from "../../src/server/static-routes";
import { seedStore } from "../helpers/seed";

let dir: string;
let server: PapergraphServer;
let empty: PapergraphServer;
let base: string;
const SCRIPT = "console.log('explorer');".repeat(100);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "papergraph-static-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), '<!doctype html><script src="/assets/app-ABC123.js"></script>');
  writeFileSync(join(dir, "ide.html"), "<!doctype html><title>papergraph GraphQL IDE</title>");
  writeFileSync(join(dir, "assets", "app-ABC123.js"), SCRIPT);
  writeFileSync(join(dir, "assets", "app-ABC123.js.gz"), gzipSync(SCRIPT));
  writeFileSync(join(dir, "secret.txt"), "not an asset");
  const files = new StaticFiles(dir);
  server = new PapergraphServer({ routes: createStaticRoutes(files), plugins: [ideLandingPage(files)] });
  await server.listen(0, "127.0.0.1");
  server.setStore(seedStore());
  base = server.baseUrl();
  empty = new PapergraphServer({ routes: createStaticRoutes(new StaticFiles(join(dir, "no-build"))) });
  await empty.listen(0, "127.0.0.1");
});

afterAll(async () => {
  await server?.stop();
  await empty?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("static routes", () => {
  it("serves the explorer page at / with revalidation, and answers 304 to its etag", async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(await res.text()).toContain("/assets/app-ABC123.js");
    const again = await fetch(`${base}/`, { headers: { "if-none-match": res.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("serves hashed assets as immutable, gzipped when the client accepts it", async () => {
    const plain = await fetch(`${base}/assets/app-ABC123.js`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(plain.headers.get("cache-control")).toContain("immutable");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
    const gzip = await fetch(`${base}/assets/app-ABC123.js`, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(await gzip.text()).toBe(SCRIPT); // fetch decodes it
  });

  it("refuses paths outside the assets folder and answers the usual 404 elsewhere", async () => {
    for (const path of ["/assets/..%2Fsecret.txt", "/assets/%2e%2e%2fsecret.txt", "/assets/sub/x.js", "/assets/.hidden", "/assets/"]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
    const other = await fetch(`${base}/secret.txt`);
    expect(other.status).toBe(404);
    expect(((await other.json()) as { code: string }).code).toBe("NOT_FOUND");
  });

  it("gives the IDE to browsers at /ide and GET /graphql, while POST /graphql stays the API", async () => {
    expect(await (await fetch(`${base}/ide`)).text()).toContain("papergraph GraphQL IDE");
    const page = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("papergraph GraphQL IDE");
    const api = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ papers { totalCount } }" }) });
    expect(((await api.json()) as { data: { papers: { totalCount: number } } }).data.papers.totalCount).toBe(135);
  });

  it("says to run the build when the bundle is missing", async () => {
    const res = await fetch(`${empty.baseUrl()}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("npm run build");
  });
});
