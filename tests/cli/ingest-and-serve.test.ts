// End to end: `papergraph ingest` writes the store, the server replays it over the seed on start, addPapers adds
// over HTTP with the API key only, and everything accepted is still there after a restart.
import "reflect-metadata";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config";
import { startServer } from "../../src/server/start";

const run = promisify(execFile);
const ROOT = resolve(__dirname, "../..");
const FIXTURES = join(ROOT, "tests/fixtures/ingest");
const KEY = "test-key-0123456789abcdef";
const dataDir = mkdtempSync(join(tmpdir(), "papergraph-e2e-"));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function serve() {
  const logs: string[] = [];
  const server = await startServer({ config: loadConfig({}, { port: 0, host: "127.0.0.1", dataDir, apiKey: KEY }), log: (l) => logs.push(l) });
  const url = `${server.baseUrl()}/graphql`;
  const gql = async (query: string, variables?: unknown, key?: string) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: any[] };
  };
  return { server, gql, logs };
}

const COUNT = `{ papers { totalCount } }`;
const ADD = `mutation($p: [PaperInput!]!) { addPapers(papers: $p) { added rejected results { status reason } } }`;

describe("ingest, serve, add, restart", () => {
  it("ingests arXiv Atom and BibTeX files, reporting the malformed entry with file and line", async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      ["-r", "@swc-node/register", "src/cli/main.ts", "ingest", join(FIXTURES, "arxiv-moe.atom.xml"), join(FIXTURES, "sparse-moe.bib"), "--data-dir", dataDir],
      { cwd: ROOT },
    );
    const out = stdout + stderr;
    expect(out).toMatch(/arxiv-moe\.atom\.xml: 3 read, 3 added, 0 updated, 0 rejected/);
    // The BibTeX file holds two of the same papers (same normalised titles: updates) and one malformed entry.
    expect(out).toMatch(/sparse-moe\.bib: 3 read, 0 added, 2 updated, 1 rejected/);
    expect(out).toMatch(/sparse-moe\.bib:14: malformed entry/);
  }, 60_000);

  it("serves the seed plus the store, takes addPapers only with the key, and keeps it across a restart", async () => {
    let { server, gql } = await serve();
    const base = (await gql(COUNT)).data.papers.totalCount;
    expect(base).toBe(135 + 3);

    const paper = { title: "Routing sparse experts for efficient image classification", abstract: "We propose RouteMix, a sparse mixture-of-experts (MoE) router evaluated on ImageNet." };
    const denied = await gql(ADD, { p: [paper] });
    expect(denied.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
    const wrong = await gql(ADD, { p: [paper] }, "not-the-key-000000000");
    expect(wrong.errors?.[0].extensions.code).toBe("FORBIDDEN");
    expect((await gql(COUNT)).data.papers.totalCount).toBe(base);

    const ok = await gql(ADD, { p: [paper, { title: "" }] }, KEY);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.addPapers.added).toBe(1);
    expect(ok.data.addPapers.results.map((r: any) => r.status)).toEqual(["ADDED", "REJECTED"]);
    expect((await gql(COUNT)).data.papers.totalCount).toBe(base + 1);
    await server.stop();

    ({ server, gql } = await serve());
    expect((await gql(COUNT)).data.papers.totalCount).toBe(base + 1);
    const found = await gql(`{ search(query: "RouteMix", first: 3) { label } }`);
    expect(found.data.search.map((h: any) => h.label)).toContain(paper.title);
    await server.stop();

    // Without the seed, only what the store holds: 3 ingested papers and the one added.
    const alone = await startServer({ config: loadConfig({ PAPERGRAPH_SEED: "false" }, { port: 0, host: "127.0.0.1", dataDir }), log: () => {} });
    const res = await fetch(`${alone.baseUrl()}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: COUNT }) });
    expect(((await res.json()) as any).data.papers.totalCount).toBe(4);
    await alone.stop();
  }, 60_000);
});
