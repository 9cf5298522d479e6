// Name resolution for entities: which node a surface form refers to, by normalised full name or acronym.
import { ENTITY_KINDS, type EntityKind } from "../domain";
import { normalizedForm } from "./normalized-form";

export interface EntityIndexData {
  /** [kind NUL normalised form, node key] */
  names: [string, string][];
  acronyms: [string, string[]][];
}

/** One map per kind, keyed by the normalised form itself: the memoised form's hash is computed once, not per lookup. */
function perKind<V>(): Record<EntityKind, Map<string, V>> {
  return Object.fromEntries(ENTITY_KINDS.map((k) => [k, new Map<string, V>()])) as Record<EntityKind, Map<string, V>>;
}

const SLOT_SEPARATOR = "\u0000";

function entries<V>(maps: Record<EntityKind, Map<string, V>>): [string, V][] {
  return ENTITY_KINDS.flatMap((kind) => [...maps[kind]].map(([norm, v]) => [`${kind}${SLOT_SEPARATOR}${norm}`, v] as [string, V]));
}

function fromSlot(slot: string): [EntityKind, string] {
  const i = slot.indexOf(SLOT_SEPARATOR);
  return [slot.slice(0, i) as EntityKind, slot.slice(i + 1)];
}

/**
 * Two indexes per kind. Full names (long forms and variants) identify an entity on their own; acronyms are
 * ambiguous ("SFT" is supervised fine-tuning in one paper, sparse fine-tuning in another), so an acronym maps
 * to every entity that defined it and is only used to attach a bare mention that has no long form.
 */
export class EntityIndex {
  private readonly names = perKind<string>();
  private readonly acronyms = perKind<Set<string>>();

  /** The node that owns this full name, if any. */
  byName(kind: EntityKind, form: string): string | undefined {
    return this.names[kind]?.get(normalizedForm(form));
  }

  /** Every node that defined this acronym. */
  byAcronym(kind: EntityKind, acronym: string): string[] {
    return [...(this.acronyms[kind]?.get(normalizedForm(acronym)) ?? [])];
  }

  /** Registers a full name; the first owner keeps it (deterministic for a given input order). */
  addName(kind: EntityKind, form: string, key: string): boolean {
    const norm = normalizedForm(form);
    const names = this.names[kind];
    if (!norm || names.has(norm)) return false;
    names.set(norm, key);
    return true;
  }

  addAcronym(kind: EntityKind, acronym: string, key: string): boolean {
    const norm = normalizedForm(acronym);
    let owners = this.acronyms[kind].get(norm);
    if (!owners) this.acronyms[kind].set(norm, (owners = new Set()));
    if (owners.has(key)) return false;
    owners.add(key);
    return true;
  }

  /** Plain data for the graph cache (see fromJSON). */
  toJSON(): EntityIndexData {
    return { names: entries(this.names), acronyms: entries(this.acronyms).map(([slot, owners]) => [slot, [...owners]]) };
  }

  static fromJSON(data: EntityIndexData): EntityIndex {
    const index = new EntityIndex();
    for (const [slot, key] of data.names) {
      const [kind, norm] = fromSlot(slot);
      index.names[kind].set(norm, key);
    }
    for (const [slot, owners] of data.acronyms) {
      const [kind, norm] = fromSlot(slot);
      index.acronyms[kind].set(norm, new Set(owners));
    }
    return index;
  }

  /** Forgets every form a removed node owned. */
  removeNode(kind: EntityKind, forms: string[], key: string): void {
    for (const form of forms) {
      const norm = normalizedForm(form);
      if (this.names[kind].get(norm) === key) this.names[kind].delete(norm);
      const owners = this.acronyms[kind].get(norm);
      if (owners?.delete(key) && owners.size === 0) this.acronyms[kind].delete(norm);
    }
  }
}
