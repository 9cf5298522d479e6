// The corpus a sequence of records describes: papers by id, where the same id or normalised title means the same paper.
import type { Paper } from "../domain";
import { normalizeName } from "../domain";
import type { CorpusRecord } from "./corpus-store";

export type ApplyStatus = "ADDED" | "UPDATED";

/**
 * Mirrors GraphBuilder's identity rule (id first, then normalised title; an update keeps the first id), so
 * replaying the log over the seed gives the same papers, under the same ids, as the live graph had.
 */
export class CorpusState {
  private readonly byId = new Map<string, Paper>();
  private readonly byTitle = new Map<string, string>();

  constructor(base: Iterable<Paper> = []) {
    for (const paper of base) this.put(paper);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Papers in first-seen order (an update keeps its place). */
  papers(): Paper[] {
    return [...this.byId.values()];
  }

  get(id: string): Paper | undefined {
    return this.byId.get(id);
  }

  /** The id an incoming paper would update, if any. */
  existingId(paper: Pick<Paper, "id" | "title">): string | undefined {
    if (this.byId.has(paper.id)) return paper.id;
    return this.byTitle.get(normalizeName(paper.title));
  }

  put(paper: Paper): { id: string; status: ApplyStatus } {
    const existing = this.existingId(paper);
    // Map.set on a present key keeps its slot, so an update keeps its place; only the old title mapping goes.
    if (existing !== undefined) this.forgetTitle(existing);
    const id = existing ?? paper.id;
    this.byId.set(id, { ...paper, id });
    this.byTitle.set(normalizeName(paper.title), id);
    return { id, status: existing === undefined ? "ADDED" : "UPDATED" };
  }

  /** Removes by id and by normalised title; returns the ids removed. */
  remove(ids: Iterable<string>, titles: Iterable<string> = []): string[] {
    const removed: string[] = [];
    const targets = new Set(ids);
    for (const title of titles) {
      const id = this.byTitle.get(normalizeName(title));
      if (id !== undefined) targets.add(id);
    }
    for (const id of targets) if (this.drop(id)) removed.push(id);
    return removed;
  }

  apply(record: CorpusRecord): void {
    if (record.op === "append") for (const paper of record.papers) this.put(paper);
    else this.remove(record.ids, record.titles);
  }

  private forgetTitle(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    const norm = normalizeName(old.title);
    if (this.byTitle.get(norm) === id) this.byTitle.delete(norm);
  }

  private drop(id: string): boolean {
    if (!this.byId.has(id)) return false;
    this.forgetTitle(id);
    this.byId.delete(id);
    return true;
  }
}
