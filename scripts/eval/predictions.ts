// What the extractor predicted for one paper, grouped into the evaluated kinds and merged by name.
import type { ExtractedLink, ExtractionResult } from "../../src/domain/extraction";
import { mergeEntities, type NamedEntity } from "./match";

/** proposes: PROPOSES links; methods: every METHOD link (proposed, used, compared); datasets; tasks. */
export interface PredictedEntities {
  proposes: NamedEntity[];
  methods: NamedEntity[];
  datasets: NamedEntity[];
  tasks: NamedEntity[];
}

/** A link as the matcher compares it: its name, its aliases and its acronym. */
export function asEntity(link: ExtractedLink): NamedEntity {
  const aliases = link.acronym ? [...link.aliases, link.acronym] : link.aliases;
  return { name: link.name, aliases };
}

export function predictedEntities(result: ExtractionResult, minConfidence = 0): PredictedEntities {
  const links = result.links.filter((l) => l.confidence >= minConfidence);
  const of = (keep: (l: ExtractedLink) => boolean): NamedEntity[] => mergeEntities(links.filter(keep).map(asEntity));
  return {
    proposes: of((l) => l.relation === "PROPOSES"),
    methods: of((l) => l.kind === "METHOD"),
    datasets: of((l) => l.kind === "DATASET"),
    tasks: of((l) => l.kind === "TASK"),
  };
}
