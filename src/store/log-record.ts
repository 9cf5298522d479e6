// The log's framing: each record is a 12-byte header (magic, payload length, CRC-32 of the payload) and a JSON payload.
import { crc32 } from "node:zlib";
import type { CorpusRecord } from "./corpus-store";

/** "PGR1": papergraph record, version 1; a wrong magic marks garbage or a future format. */
export const RECORD_MAGIC = 0x50475231;
export const HEADER_BYTES = 12;
/** A sanity bound on one record: a corrupt length must not make the reader allocate gigabytes. */
export const MAX_RECORD_BYTES = 512 * 1024 * 1024;

export function encodeRecord(record: CorpusRecord): Buffer {
  const payload = Buffer.from(JSON.stringify(record), "utf8");
  if (payload.length > MAX_RECORD_BYTES) throw new RangeError(`record of ${payload.length} bytes exceeds ${MAX_RECORD_BYTES}`);
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32BE(RECORD_MAGIC, 0);
  header.writeUInt32BE(payload.length, 4);
  header.writeUInt32BE(crc32(payload), 8);
  return Buffer.concat([header, payload]);
}

export type DecodeStep =
  | { ok: true; record: CorpusRecord; next: number }
  | { ok: false; reason: string };

function isRecord(value: unknown): value is CorpusRecord {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  if (typeof r.batchId !== "string" || typeof r.at !== "string") return false;
  if (r.op === "append") return Array.isArray(r.papers);
  if (r.op === "remove") return Array.isArray(r.ids) && Array.isArray(r.titles);
  return false;
}

/** Decodes the record at `offset`; a failure says why, so the caller can report the torn or corrupt tail. */
export function decodeRecord(buf: Buffer, offset: number): DecodeStep {
  const left = buf.length - offset;
  if (left < HEADER_BYTES) return { ok: false, reason: `truncated header (${left} of ${HEADER_BYTES} bytes)` };
  if (buf.readUInt32BE(offset) !== RECORD_MAGIC) return { ok: false, reason: "bad record magic" };
  const length = buf.readUInt32BE(offset + 4);
  if (length > MAX_RECORD_BYTES) return { ok: false, reason: `implausible record length ${length}` };
  if (left - HEADER_BYTES < length) {
    return { ok: false, reason: `truncated record (${left - HEADER_BYTES} of ${length} payload bytes)` };
  }
  const payload = buf.subarray(offset + HEADER_BYTES, offset + HEADER_BYTES + length);
  if (crc32(payload) !== buf.readUInt32BE(offset + 8)) return { ok: false, reason: "checksum mismatch" };
  let value: unknown;
  try {
    value = JSON.parse(payload.toString("utf8"));
  } catch (error) {
    return { ok: false, reason: `unreadable payload: ${(error as Error).message}` };
  }
  if (!isRecord(value)) return { ok: false, reason: "payload is not a corpus record" };
  return { ok: true, record: value, next: offset + HEADER_BYTES + length };
}

/** Every intact record from the start, and where (and why) reading stopped if it did not reach the end. */
export function decodeLog(buf: Buffer): { records: CorpusRecord[]; validLength: number; failure?: string } {
  const records: CorpusRecord[] = [];
  let offset = 0;
  while (offset < buf.length) {
    const step = decodeRecord(buf, offset);
    if (!step.ok) return { records, validLength: offset, failure: step.reason };
    records.push(step.record);
    offset = step.next;
  }
  return { records, validLength: offset };
}
