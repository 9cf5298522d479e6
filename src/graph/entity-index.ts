// Name resolution for entities: which node a surface form refers to, by normalised full name or acronym.
import type { EntityKind } from "../domain";
import { normalizedForm } from "./normalized-form";

export interface EntityIndexData {
  names: [string, string][];
  acronyms: [string, string[]][];
}

/**
 * Two indexes per kind. Full names (long forms and variants) identify an entity on their own; acronyms are
 * ambiguous ("SFT" is supervised fine-tuning in one paper, sparse fine-tuning in another), so an acronym maps
 * to every entity that defined it and is only used to attach a bare mention that has no long form.
 */
export class EntityIndex {
  private readonly names = new Map<string, string>();
  private readonly acronyms = new Map<string, Set<string>>();

  private static slot(kind: EntityKind, form: string): string {
    return `${kind}\u0000${normalizedForm(form)}`;
  }

  /** The node that owns this full name, if any. */
  byName(kind: EntityKind, form: string): string | undefined {
    return this.names.get(EntityIndex.slot(kind, form));
  }

  /** Every node that defined this acronym. */
  byAcronym(kind: EntityKind, acronym: string): string[] {
    return [...(this.acronyms.get(EntityIndex.slot(kind, acronym)) ?? [])];
  }

  /** Registers a full name; the first owner keeps it (deterministic for a given input order). */
  addName(kind: EntityKind, form: string, key: string): boolean {
    const slot = EntityIndex.slot(kind, form);
    if (!normalizedForm(form) || this.names.has(slot)) return false;
    this.names.set(slot, key);
    return true;
  }

  addAcronym(kind: EntityKind, acronym: string, key: string): boolean {
    const slot = EntityIndex.slot(kind, acronym);
    let owners = this.acronyms.get(slot);
    if (!owners) this.acronyms.set(slot, (owners = new Set()));
    if (owners.has(key)) return false;
    owners.add(key);
    return true;
  }

  /** Plain data for the graph cache (see fromJSON). */
  toJSON(): EntityIndexData {
    return { names: [...this.names], acronyms: [...this.acronyms].map(([slot, owners]) => [slot, [...owners]]) };
  }

  static fromJSON(data: EntityIndexData): EntityIndex {
    const index = new EntityIndex();
    for (const [slot, key] of data.names) index.names.set(slot, key);
    for (const [slot, owners] of data.acronyms) index.acronyms.set(slot, new Set(owners));
    return index;
  }

  /** Forgets every form a removed node owned. */
  removeNode(kind: EntityKind, forms: string[], key: string): void {
    for (const form of forms) {
      const slot = EntityIndex.slot(kind, form);
      if (this.names.get(slot) === key) this.names.delete(slot);
      const owners = this.acronyms.get(slot);
      if (owners?.delete(key) && owners.size === 0) this.acronyms.delete(slot);
    }
  }
}
