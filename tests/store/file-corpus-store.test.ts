import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Paper } from "../../src/domain";
import { CorpusState, FileCorpusStore, HEADER_BYTES, LOG_FILE, StoreLockedError, type CorpusRecord } from "../../src/store";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "papergraph-store-"));
  dirs.push(dir);
  return dir;
}

function paper(id: string, title: string, abstract = "An abstract."): Paper {
  return { id, title, abstract, authors: [], keywords: [] };
}

async function replay(store: FileCorpusStore, base: Paper[] = []): Promise<CorpusState> {
  const state = new CorpusState(base);
  for await (const record of store.scan() as AsyncIterable<CorpusRecord>) state.apply(record);
  return state;
}

describe("FileCorpusStore", () => {
  it("replays appended batches after reopening, updating by id or normalised title (last write wins)", async () => {
    const dir = tempDir();
    let store = await FileCorpusStore.open(dir);
    await store.append([paper("a", "Sparse Routing"), paper("b", "Dense Routing")]);
    await store.append([paper("a", "Sparse Routing", "Second version.")]);
    await store.append([paper("other-id", "sparse  routing!", "Third version by title.")]);
    await store.close();
    store = await FileCorpusStore.open(dir);
    const state = await replay(store);
    expect(state.papers().map((p) => [p.id, p.abstract])).toEqual([
      ["a", "Third version by title."],
      ["b", "An abstract."],
    ]);
    expect(store.issues).toEqual([]);
    await store.close();
  });

  it("applies tombstones by id and title, also to papers of a base corpus such as the seed", async () => {
    const dir = tempDir();
    const store = await FileCorpusStore.open(dir);
    await store.append([paper("x", "Paper X")]);
    await store.remove(["x"]);
    await store.remove(["seed-1"], { titles: ["Seed Paper One"] });
    const state = await replay(store, [paper("seed-1", "Seed Paper One"), paper("seed-2", "Seed Paper Two")]);
    expect(state.papers().map((p) => p.id)).toEqual(["seed-2"]);
    await store.close();
  });

  it("detects a torn tail, reports and drops it, keeps every earlier record, and appends cleanly after it", async () => {
    const dir = tempDir();
    let store = await FileCorpusStore.open(dir);
    await store.append([paper("a", "First")]);
    await store.append([paper("b", "Second")]);
    const intact = store.bytes;
    await store.append([paper("c", "Third", "x".repeat(500))]);
    const full = store.bytes;
    await store.close();
    const log = join(dir, LOG_FILE);
    truncateSync(log, intact + Math.floor((full - intact) / 2));

    store = await FileCorpusStore.open(dir);
    expect(store.issues).toHaveLength(1);
    expect(store.issues[0]).toMatchObject({ offset: intact, droppedBytes: Math.floor((full - intact) / 2) });
    expect(store.issues[0].reason).toMatch(/truncated record/);
    expect(existsSync(store.issues[0].savedTo!)).toBe(true);
    expect(statSync(log).size).toBe(intact);
    await store.append([paper("d", "Fourth")]);
    await store.close();

    store = await FileCorpusStore.open(dir);
    expect(store.issues).toEqual([]);
    expect((await replay(store)).papers().map((p) => p.id)).toEqual(["a", "b", "d"]);
    await store.close();
  });

  it("detects a corrupt record by its checksum and a half-written header", async () => {
    const dir = tempDir();
    let store = await FileCorpusStore.open(dir);
    await store.append([paper("a", "First")]);
    const intact = store.bytes;
    await store.append([paper("b", "Second")]);
    await store.close();
    const log = join(dir, LOG_FILE);
    const bytes = readFileSync(log);
    bytes[intact + HEADER_BYTES + 5] ^= 0xff;
    writeFileSync(log, bytes);
    store = await FileCorpusStore.open(dir, { saveDroppedTail: false });
    expect(store.issues.map((i) => i.reason)).toEqual(["checksum mismatch"]);
    expect((await replay(store)).papers().map((p) => p.id)).toEqual(["a"]);
    await store.close();

    appendFileSync(log, Buffer.from([0x50, 0x47, 0x52]));
    store = await FileCorpusStore.open(dir, { saveDroppedTail: false });
    expect(store.issues[0].reason).toMatch(/truncated header/);
    await store.close();
  });

  it("compacts atomically to the live papers and the tombstones still needed, with the same replay result", async () => {
    const dir = tempDir();
    let store = await FileCorpusStore.open(dir);
    for (let i = 0; i < 20; i++) await store.append([paper(`p${i % 5}`, `Paper ${i % 5}`, `version ${i}`)]);
    await store.remove(["p4"]);
    await store.remove(["seed-1"]);
    const base = [paper("seed-1", "Seed One"), paper("seed-2", "Seed Two")];
    const before = (await replay(store, base)).papers();
    const report = await store.compact();
    expect(report.recordsBefore).toBe(22);
    expect(report.recordsAfter).toBe(2);
    expect(report.bytesAfter).toBeLessThan(report.bytesBefore);
    expect(readdirSync(dir).filter((f) => f.includes("tmp"))).toEqual([]);
    await store.append([paper("p9", "Paper 9")]);
    await store.close();

    store = await FileCorpusStore.open(dir);
    expect(store.issues).toEqual([]);
    const after = (await replay(store, base)).papers();
    expect(after.slice(0, -1)).toEqual(before);
    expect(after.map((p) => p.id)).toEqual(["seed-2", "p0", "p1", "p2", "p3", "p9"]);
    expect(after.find((p) => p.id === "p3")?.abstract).toBe("version 18");
    await store.close();
  });

  it("refuses a second writer while the first process lives, and takes over a stale lock", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "corpus.lock"), `${process.ppid}\n`);
    await expect(FileCorpusStore.open(dir)).rejects.toBeInstanceOf(StoreLockedError);
    writeFileSync(join(dir, "corpus.lock"), "999999999\n");
    const store = await FileCorpusStore.open(dir);
    await store.close();
    expect(existsSync(join(dir, "corpus.lock"))).toBe(false);
  });
});
