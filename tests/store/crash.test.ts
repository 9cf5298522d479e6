import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileCorpusStore, type CorpusRecord } from "../../src/store";

const ROOT = resolve(__dirname, "../..");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs the writer until it has acknowledged a few batches, then SIGKILLs it after a random delay. */
function crashRound(dataDir: string, round: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["-r", "@swc-node/register", join(__dirname, "crash-writer.ts"), dataDir, String(round)], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    let armed = false;
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (!armed && out.includes("ack ")) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), 20 + Math.random() * 250);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const guard = setTimeout(() => child.kill("SIGKILL"), 8000);
    child.on("exit", (_code, signal) => {
      clearTimeout(guard);
      if (signal !== "SIGKILL") return fail(new Error(`writer exited on its own: ${err}`));
      // Only whole lines count: a line cut by the kill was never an acknowledgement.
      const lines = out.split("\n").slice(0, -1);
      done(lines.filter((l) => l.startsWith("ack ")).map((l) => l.slice(4)));
    });
  });
}

async function batchCounts(dataDir: string): Promise<{ counts: Map<string, number>; papers: number; issues: number }> {
  const store = await FileCorpusStore.open(dataDir);
  const counts = new Map<string, number>();
  let papers = 0;
  for await (const record of store.scan() as AsyncIterable<CorpusRecord>) {
    counts.set(record.batchId, (counts.get(record.batchId) ?? 0) + 1);
    if (record.op === "append") papers += record.papers.length;
  }
  const issues = store.issues.length;
  await store.close();
  return { counts, papers, issues };
}

describe("FileCorpusStore under SIGKILL", () => {
  it("keeps every acknowledged batch exactly once across several crash rounds, and reopens cleanly", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "papergraph-crash-"));
    dirs.push(dataDir);
    const acked: string[] = [];
    const ROUNDS = 6;
    for (let round = 0; round < ROUNDS; round++) {
      const ids = await crashRound(dataDir, round);
      expect(ids.length).toBeGreaterThan(0);
      acked.push(...ids);
      const { counts, papers } = await batchCounts(dataDir);
      for (const id of acked) expect(counts.get(id), id).toBe(1);
      for (const [id, n] of counts) expect(n, id).toBe(1);
      expect(papers).toBe(3 * counts.size);
    }
    // A second open after the repair finds nothing left to drop.
    expect((await batchCounts(dataDir)).issues).toBe(0);
  }, 60_000);
});
