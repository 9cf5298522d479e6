// Builds and updates the knowledge graph from extraction results by merge operations: same input, same graph.
import { MultiDirectedGraph } from "graphology";
import type {
  EdgeAttributes,
  EntityNodeAttributes,
  ExtractedLink,
  ExtractionResult,
  KnowledgeGraph,
  PaperNodeAttributes,
} from "../domain";
import { edgeKey, entityKey, isEntityNode, normalizeName, paperKey } from "../domain";
import { EntityIndex } from "./entity-index";
import { normalizedForm } from "./normalized-form";
import { emptyDiff, type GraphDiff } from "./graph-diff";
import { useDictionaryNeighbourTables } from "./neighbour-tables";

/** "MoE", "LTH", "3D-GS", "SNIP": short, no spaces, at least two capitals. */
export function isAcronymLike(form: string): boolean {
  return form.length <= 12 && !/\s/.test(form) && (form.match(/[A-Z]/g)?.length ?? 0) >= 2 && /^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(form);
}

/**
 * Whether `form` is the same name as `current` without title-case capitals ("sparse training" for "Sparse
 * Training"); names with acronyms or inner capitals ("BERT", "GraNet") keep their spelling.
 */
export function prefersLowercase(form: string, current: string): boolean {
  return (
    form === form.toLowerCase() &&
    current !== current.toLowerCase() &&
    normalizedForm(form) === normalizedForm(current) &&
    current.split(/[\s-]+/).every((w) => /^[A-Z]?[a-z0-9]*$/.test(w))
  );
}

/** Strength of a link: confidence, growing slowly with the number of supporting sentences. */
export function edgeWeight(confidence: number, evidenceCount: number): number {
  return Math.round(confidence * (1 + Math.log(Math.max(1, evidenceCount))) * 1000) / 1000;
}

export function createKnowledgeGraph(name = "papergraph"): KnowledgeGraph {
  useDictionaryNeighbourTables();
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ name, updatedAt: new Date(0).toISOString() });
  return graph;
}

export class GraphBuilder {
  readonly index: EntityIndex;
  /** normalised title -> paper id, so a paper re-ingested under another id updates instead of duplicating. */
  private readonly titles: Map<string, string>;

  /** `index` and `titles` are given only when restoring a built graph (the graph cache). */
  constructor(
    readonly graph: KnowledgeGraph = createKnowledgeGraph(),
    restored?: { index: EntityIndex; titles: Iterable<[string, string]> },
  ) {
    this.index = restored?.index ?? new EntityIndex();
    this.titles = new Map(restored?.titles ?? []);
  }

  /** normalised title -> paper id pairs (for the graph cache). */
  titleEntries(): [string, string][] {
    return [...this.titles];
  }

  /** The id of an existing paper with this id or the same normalised title. */
  existingPaperId(id: string, title: string): string | undefined {
    if (this.graph.hasNode(paperKey(id))) return id;
    return this.titles.get(normalizeName(title));
  }

  /** Adds (or replaces) one paper and its links; returns what changed. */
  add(result: ExtractionResult, diff: GraphDiff = emptyDiff()): GraphDiff {
    const existing = this.existingPaperId(result.paper.id, result.paper.title);
    const before = { edges: diff.edgesRemoved.length, entities: diff.entitiesRemoved.length, created: diff.entitiesCreated.length, added: diff.edgesAdded.length };
    if (existing !== undefined) {
      this.remove(existing, diff, false);
      diff.papersUpdated.push(paperKey(existing));
    } else {
      diff.papersAdded.push(paperKey(result.paper.id));
    }
    const id = existing ?? result.paper.id;
    const pKey = paperKey(id);
    const p = result.paper;
    const attrs: PaperNodeAttributes = {
      kind: "PAPER",
      id,
      label: p.title,
      title: p.title,
      abstract: p.abstract,
      codeUrls: [...result.codeUrls],
      authors: [...p.authors],
      keywords: [...p.keywords],
      ...(p.url !== undefined && { url: p.url }),
      ...(p.published !== undefined && { published: p.published }),
      ...(p.venue !== undefined && { venue: p.venue }),
      sentences: [],
      spans: [],
    };
    this.graph.addNode(pKey, attrs);
    this.titles.set(normalizeName(p.title), id);

    const touched = new Set<string>();
    // The paper node is new, so its edges are the ones made here: merging looks them up here, not in the whole graph.
    const edges = new Map<string, PendingEdge>();
    for (const link of result.links) {
      const target = this.resolve(link, diff);
      touched.add(target);
      this.link(pKey, target, link, diff, attrs, edges);
    }
    // Each edge's evidence, now complete, goes into the paper's span table, contiguously in edge order.
    for (const { attributes, spans } of edges.values()) {
      attributes.spanStart = attrs.spans.length / 3;
      attributes.spanCount = spans.length / 3;
      for (const n of spans) attrs.spans.push(n);
    }
    for (let i = 0; i < attrs.sentences.length; i++) attrs.sentences[i] ??= "";
    // The paper node is new here, so it is one more distinct paper for each entity it links to (counting the
    // in-neighbours instead made building quadratic in the size of the hubs).
    for (const key of touched) (this.graph.getNodeAttributes(key) as EntityNodeAttributes).paperCount++;
    if (existing !== undefined) netOut(diff, before);
    this.graph.setAttribute("updatedAt", new Date().toISOString());
    return diff;
  }

  /** Removes a paper, its edges, and entities no other paper links to. */
  remove(id: string, diff: GraphDiff = emptyDiff(), report = true): GraphDiff {
    const pKey = paperKey(id);
    if (!this.graph.hasNode(pKey)) return diff;
    const title = (this.graph.getNodeAttributes(pKey) as PaperNodeAttributes).title;
    const neighbors = new Set(this.graph.outNeighbors(pKey));
    this.graph.forEachOutEdge(pKey, (edge) => diff.edgesRemoved.push(edge));
    this.graph.dropNode(pKey);
    if (this.titles.get(normalizeName(title)) === id) this.titles.delete(normalizeName(title));
    for (const key of neighbors) {
      const a = this.graph.getNodeAttributes(key);
      if (!isEntityNode(a)) continue;
      if (this.graph.degree(key) === 0) {
        this.index.removeNode(a.kind, [a.name, ...a.aliases], key);
        this.graph.dropNode(key);
        diff.entitiesRemoved.push(key);
      } else {
        a.paperCount--;
      }
    }
    if (report) diff.papersRemoved.push(pKey);
    this.graph.setAttribute("updatedAt", new Date().toISOString());
    return diff;
  }

  /** Finds the node a link refers to, creating it when it is new; registers the link's forms. */
  private resolve(link: ExtractedLink, diff: GraphDiff): string {
    const { kind } = link;
    const acronym = link.acronym;
    const sameAsAcronym = (f: string) => acronym !== undefined && normalizedForm(f) === normalizedForm(acronym);
    const fullForms = [link.name, ...link.aliases].filter((f) => !sameAsAcronym(f) && normalizedForm(f) !== "");
    let key: string | undefined;
    for (const form of fullForms) {
      key = this.index.byName(kind, form);
      if (key) break;
    }
    if (!key && acronym) {
      // A node first seen only as this bare acronym takes the long form; one with another long form does not.
      const bare = this.index.byName(kind, acronym);
      if (bare && (this.graph.getNodeAttributes(bare) as EntityNodeAttributes).acronyms.length === 0) key = bare;
    }
    if (!key && !acronym && isAcronymLike(link.name)) {
      key = this.mostSupported(this.index.byAcronym(kind, link.name));
    }
    if (!key) {
      key = this.freeKey(entityKey(kind, link.name));
      const attrs: EntityNodeAttributes = { kind, label: link.name, name: link.name, aliases: [], acronyms: [], paperCount: 0 };
      this.graph.addNode(key, attrs);
      diff.entitiesCreated.push(key);
    }

    const node = this.graph.getNodeAttributes(key) as EntityNodeAttributes;
    if (acronym && node.acronyms.length === 0 && normalizedForm(node.name) === normalizedForm(acronym) && fullForms.length > 0) {
      // Upgrade a bare-acronym node to its long form; the acronym stays as an alias.
      this.addAlias(key, node, node.name, diff);
      node.name = node.label = link.name;
    }
    for (const form of [link.name, ...link.aliases]) {
      // "Sparse training" at the start of a sentence is "sparse training": prefer the form without the sentence capital.
      if (form !== node.name && prefersLowercase(form, node.name)) node.name = node.label = form;
      this.addAlias(key, node, form, diff);
    }
    for (const form of fullForms) this.index.addName(kind, form, key);
    if (!acronym && isAcronymLike(link.name)) this.index.addName(kind, link.name, key);
    if (acronym) {
      this.index.addAcronym(kind, acronym, key);
      if (!node.acronyms.includes(acronym)) node.acronyms.push(acronym);
      this.addAlias(key, node, acronym, diff);
    }
    return key;
  }

  private addAlias(key: string, node: EntityNodeAttributes, form: string, diff: GraphDiff): void {
    const norm = normalizedForm(form);
    if (!norm || form === node.name) return;
    const acronymLike = isAcronymLike(form);
    if (normalizedForm(node.name) === norm && !acronymLike) return;
    if (node.aliases.some((a) => a === form || (!acronymLike && normalizedForm(a) === norm))) return;
    node.aliases.push(form);
    if (!diff.entitiesCreated.includes(key)) diff.aliasesAdded.push({ entity: key, alias: form });
  }

  private link(
    pKey: string,
    target: string,
    link: ExtractedLink,
    diff: GraphDiff,
    paper: PaperNodeAttributes,
    edges: Map<string, PendingEdge>,
  ): void {
    const key = edgeKey(link.relation, pKey, target);
    let pending = edges.get(key);
    if (pending) {
      pending.attributes.confidence = Math.max(pending.attributes.confidence, link.confidence);
    } else {
      const created: EdgeAttributes = { type: link.relation, confidence: link.confidence, weight: 0, spanStart: 0, spanCount: 0 };
      this.graph.addDirectedEdgeWithKey(key, pKey, target, created);
      edges.set(key, (pending = { attributes: created, spans: [] }));
      diff.edgesAdded.push(key);
    }
    const spans = pending.spans;
    for (const e of link.evidence) {
      // A sentence backs several links of its paper: the paper holds it once.
      paper.sentences[e.sentence] ??= e.text;
      let seen = false;
      for (let k = 0; k < spans.length && !seen; k += 3) seen = spans[k] === e.sentence && spans[k + 1] === e.start;
      if (!seen) spans.push(e.sentence, e.start, e.end);
    }
    pending.attributes.weight = edgeWeight(pending.attributes.confidence, spans.length / 3);
  }


  private mostSupported(keys: string[]): string | undefined {
    let best: string | undefined;
    let bestCount = -1;
    for (const key of keys.sort()) {
      const count = (this.graph.getNodeAttributes(key) as EntityNodeAttributes).paperCount;
      if (count > bestCount) [best, bestCount] = [key, count];
    }
    return best;
  }

  private freeKey(base: string): string {
    let key = base;
    for (let i = 2; this.graph.hasNode(key); i++) key = `${base}-${i}`;
    return key;
  }
}

/** An edge made while its paper is added: its attributes, and its evidence triples until they join the paper's. */
interface PendingEdge {
  attributes: EdgeAttributes;
  spans: number[];
}

/** An update removes a paper and adds it again: what it removed and re-added is no change, so it leaves the diff. */
function netOut(diff: GraphDiff, before: { edges: number; entities: number; created: number; added: number }): void {
  const cancel = (removed: string[], from: number, added: string[], since: number) => {
    const removedNow = new Set(removed.slice(from));
    const addedNow = new Set(added.slice(since));
    const keepRemoved = removed.splice(from).filter((k) => !addedNow.has(k));
    const keepAdded = added.splice(since).filter((k) => !removedNow.has(k));
    removed.push(...keepRemoved);
    added.push(...keepAdded);
  };
  cancel(diff.edgesRemoved, before.edges, diff.edgesAdded, before.added);
  cancel(diff.entitiesRemoved, before.entities, diff.entitiesCreated, before.created);
}

/** Builds a graph from extraction results in order. */
export function buildGraph(results: Iterable<ExtractionResult>): GraphBuilder {
  const builder = new GraphBuilder();
  for (const result of results) builder.add(result);
  return builder;
}
