// Matching rules for extraction evaluation: when a predicted entity counts as a gold one (pure functions).
import { normalizeName } from "../../src/domain/normalize";

/** An entity as compared: a display name and its other surface forms (acronyms, spelling variants). */
export interface NamedEntity {
  name: string;
  aliases: string[];
}

/** strict: normalised name-or-alias equality. relaxed: strict, or same head word, or one phrase inside the other. */
export type MatchMode = "strict" | "relaxed";

/** The distinct non-empty normalised forms of an entity (its name and every alias). */
export function entityForms(entity: NamedEntity): string[] {
  const forms = new Set<string>();
  for (const surface of [entity.name, ...entity.aliases]) {
    const form = normalizeName(surface);
    if (form) forms.add(form);
  }
  return [...forms];
}

/** The head word of a normalised phrase: its last token ("gradual magnitude pruning" -> "pruning"). */
export function headWord(normalized: string): string {
  const tokens = normalized.split(" ").filter(Boolean);
  return tokens.length > 0 ? tokens[tokens.length - 1] : "";
}

/** Whether `inner` occurs in `outer` as a run of whole tokens ("magnitude pruning" in "gradual magnitude pruning"). */
export function containsPhrase(outer: string, inner: string): boolean {
  if (!inner) return false;
  return ` ${outer} `.includes(` ${inner} `);
}

/** Whether two normalised forms match under a mode. */
export function formsMatch(a: string, b: string, mode: MatchMode): boolean {
  if (a === b) return true;
  if (mode === "strict") return false;
  const head = headWord(a);
  return (head !== "" && head === headWord(b)) || containsPhrase(a, b) || containsPhrase(b, a);
}

/** A predicted entity matches a gold one when any normalised form of one matches any form of the other. */
export function entitiesMatch(predicted: NamedEntity, gold: NamedEntity, mode: MatchMode): boolean {
  const goldForms = entityForms(gold);
  return entityForms(predicted).some((p) => goldForms.some((g) => formsMatch(p, g, mode)));
}

/** One matched pair: indices into the predicted and gold lists. */
export interface MatchPair {
  predicted: number;
  gold: number;
}

/**
 * A maximum one-to-one matching between predictions and gold entities (Kuhn's augmenting paths), so one
 * prediction never earns two gold entities and one gold entity is never earned twice.
 */
export function matchEntities(predicted: NamedEntity[], gold: NamedEntity[], mode: MatchMode): MatchPair[] {
  const edges = predicted.map((p) => gold.flatMap((g, j) => (entitiesMatch(p, g, mode) ? [j] : [])));
  const goldOwner: number[] = new Array(gold.length).fill(-1);

  const augment = (i: number, seen: boolean[]): boolean => {
    for (const j of edges[i]) {
      if (seen[j]) continue;
      seen[j] = true;
      if (goldOwner[j] === -1 || augment(goldOwner[j], seen)) {
        goldOwner[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < predicted.length; i++) augment(i, new Array(gold.length).fill(false));

  return goldOwner.flatMap((i, j) => (i === -1 ? [] : [{ predicted: i, gold: j }])).sort((a, b) => a.predicted - b.predicted);
}

/**
 * Merges entities that share a normalised form into one (name of the first, other forms as aliases), so
 * one entity linked twice, or "MoE" next to "mixture of experts", is counted once.
 */
export function mergeEntities(entities: NamedEntity[]): NamedEntity[] {
  const groups: { name: string; surfaces: string[]; forms: Set<string> }[] = [];
  for (const entity of entities) {
    const forms = entityForms(entity);
    if (forms.length === 0) continue;
    const hits = groups.filter((g) => forms.some((f) => g.forms.has(f)));
    const target = hits[0] ?? { name: entity.name, surfaces: [], forms: new Set<string>() };
    if (hits.length === 0) groups.push(target);
    for (const other of hits.slice(1)) {
      target.surfaces.push(other.name, ...other.surfaces);
      other.forms.forEach((f) => target.forms.add(f));
      groups.splice(groups.indexOf(other), 1);
    }
    target.surfaces.push(entity.name, ...entity.aliases);
    forms.forEach((f) => target.forms.add(f));
  }
  return groups.map((g) => ({
    name: g.name,
    aliases: [...new Set(g.surfaces)].filter((s) => s !== g.name),
  }));
}
