// The file implementation of CorpusStore: an append-only, checksummed, fsynced log under the data directory.
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { open, readFile, rename, stat, truncate, writeFile, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import type { Paper } from "../domain";
import { CorpusState } from "./corpus-state";
import type { AppendReceipt, CompactReport, CorpusRecord, CorpusStore, RemoveReceipt, StoreIssue } from "./corpus-store";
import { acquireLock } from "./data-dir-lock";
import { decodeLog, encodeRecord } from "./log-record";

export const LOG_FILE = "corpus.log";
const LOCK_FILE = "corpus.lock";
/** Papers per record when compacting, so no single record grows without bound. */
const COMPACT_CHUNK = 1000;

async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface FileCorpusStoreOptions {
  /** Keep the bytes of a dropped tail in `corpus.log.corrupt-<time>` (default true). */
  saveDroppedTail?: boolean;
}

export class FileCorpusStore implements CorpusStore {
  readonly location: string;
  private records: number;
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    readonly dataDir: string,
    private handle: FileHandle,
    private size: number,
    records: number,
    readonly issues: StoreIssue[],
    private readonly release: () => void,
  ) {
    this.location = join(dataDir, LOG_FILE);
    this.records = records;
  }

  /**
   * Opens (creating if needed) the log in `dataDir`: verifies every record, and cuts a torn or corrupt tail so
   * new records never follow garbage. Everything before the first bad record survives.
   */
  static async open(dataDir: string, options: FileCorpusStoreOptions = {}): Promise<FileCorpusStore> {
    mkdirSync(dataDir, { recursive: true });
    const release = acquireLock(join(dataDir, LOCK_FILE));
    try {
      const path = join(dataDir, LOG_FILE);
      let created = false;
      let buf: Buffer;
      try {
        buf = await readFile(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        buf = Buffer.alloc(0);
        created = true;
      }
      const { records, validLength, failure } = decodeLog(buf);
      const issues: StoreIssue[] = [];
      if (failure !== undefined) {
        const issue: StoreIssue = { offset: validLength, droppedBytes: buf.length - validLength, reason: failure };
        if (options.saveDroppedTail ?? true) {
          issue.savedTo = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
          await writeFile(issue.savedTo, buf.subarray(validLength));
        }
        await truncate(path, validLength);
        issues.push(issue);
      }
      const handle = await open(path, "a");
      if (failure !== undefined) await handle.sync();
      // A new file's directory entry must be durable too, or an fsynced record could vanish with it.
      if (created) await fsyncDir(dataDir);
      return new FileCorpusStore(dataDir, handle, validLength, records.length, issues, release);
    } catch (error) {
      release();
      throw error;
    }
  }

  /** Current size of the log in bytes. */
  get bytes(): number {
    return this.size;
  }

  append(papers: Paper[], options: { batchId?: string } = {}): Promise<AppendReceipt> {
    const record: CorpusRecord = { op: "append", batchId: options.batchId ?? randomUUID(), at: new Date().toISOString(), papers };
    return this.serial(async () => {
      const bytes = await this.write(record);
      return { batchId: record.batchId, count: papers.length, bytes };
    });
  }

  remove(ids: string[], options: { titles?: string[]; batchId?: string } = {}): Promise<RemoveReceipt> {
    const record: CorpusRecord = {
      op: "remove",
      batchId: options.batchId ?? randomUUID(),
      at: new Date().toISOString(),
      ids,
      titles: options.titles ?? [],
    };
    return this.serial(async () => {
      await this.write(record);
      return { batchId: record.batchId, ids };
    });
  }

  async *scan(): AsyncIterable<CorpusRecord> {
    // Waits for writes in flight, then reads what is acknowledged (the file may be longer while a write is pending).
    const size = await this.serial(async () => this.size);
    const buf = await readFile(this.location);
    const { records } = decodeLog(buf.subarray(0, size));
    for (const record of records) yield record;
  }

  /**
   * Rewrites the log as the live papers plus the tombstones still needed (ids absent from the log's own state may
   * name seed papers), via a temporary file: write, fsync, rename over the log, fsync the directory.
   */
  compact(): Promise<CompactReport> {
    return this.serial(async () => {
      const { records } = decodeLog((await readFile(this.location)).subarray(0, this.size));
      const state = new CorpusState();
      const tombstoneIds = new Set<string>();
      const tombstoneTitles = new Set<string>();
      for (const r of records) {
        state.apply(r);
        if (r.op === "remove") {
          r.ids.forEach((id) => tombstoneIds.add(id));
          r.titles.forEach((t) => tombstoneTitles.add(t));
        }
      }
      const at = new Date().toISOString();
      const out: CorpusRecord[] = [];
      const liveIds = [...tombstoneIds].filter((id) => state.get(id) === undefined);
      const liveTitles = [...tombstoneTitles].filter((t) => state.existingId({ id: "", title: t }) === undefined);
      if (liveIds.length || liveTitles.length) out.push({ op: "remove", batchId: `compacted-${at}-tombstones`, at, ids: liveIds, titles: liveTitles });
      const papers = state.papers();
      for (let i = 0; i < papers.length; i += COMPACT_CHUNK) {
        out.push({ op: "append", batchId: `compacted-${at}-${i / COMPACT_CHUNK}`, at, papers: papers.slice(i, i + COMPACT_CHUNK) });
      }
      const body = Buffer.concat(out.map(encodeRecord));
      const tmp = `${this.location}.compact-tmp`;
      const tmpHandle = await open(tmp, "w");
      try {
        await tmpHandle.writeFile(body);
        await tmpHandle.sync();
      } finally {
        await tmpHandle.close();
      }
      await rename(tmp, this.location);
      await fsyncDir(this.dataDir);
      await this.handle.close();
      this.handle = await open(this.location, "a");
      const report: CompactReport = { recordsBefore: records.length, recordsAfter: out.length, bytesBefore: this.size, bytesAfter: body.length };
      this.size = (await stat(this.location)).size;
      this.records = out.length;
      return report;
    });
  }

  /** Records in the log (intact ones, as of now). */
  get recordCount(): number {
    return this.records;
  }

  close(): Promise<void> {
    return this.serial(async () => {
      if (this.closed) return;
      this.closed = true;
      await this.handle.close();
      this.release();
    }, true);
  }

  /** One operation at a time, in call order: records land in the log in the order callers asked. */
  private serial<T>(run: () => Promise<T>, allowClosed = false): Promise<T> {
    const next = this.chain.then(() => {
      if (this.closed && !allowClosed) throw new Error(`the corpus store ${this.location} is closed`);
      return run();
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Writes one record with a single append and fsyncs before returning: only then is it acknowledged. */
  private async write(record: CorpusRecord): Promise<number> {
    const buf = encodeRecord(record);
    try {
      let done = 0;
      while (done < buf.length) {
        const { bytesWritten } = await this.handle.write(buf, done, buf.length - done);
        done += bytesWritten;
      }
      await this.handle.datasync();
    } catch (error) {
      // A partial record (disk full, I/O error) must not stay in front of the next one.
      await this.handle.truncate(this.size).catch(() => undefined);
      throw error;
    }
    this.size += buf.length;
    this.records++;
    return buf.length;
  }
}
