// What extraction returns for one paper: plain data with evidence, never graph objects.
import type { EdgeType, EntityKind } from "./kinds";
import type { Evidence } from "./evidence";
import type { Paper } from "./paper";

export interface ExtractedLink {
  /** The relation from the paper to the entity; it implies the entity kind (EDGE_TARGET_KIND). */
  relation: EdgeType;
  kind: EntityKind;
  /** Display name: the long form when the paper defines an acronym ("mixture of experts"), else the surface form. */
  name: string;
  /** Other surface forms seen in this paper, acronyms included ("MoE", "mixture-of-experts"). */
  aliases: string[];
  /** Acronym defined for this entity in this paper, if any ("MoE"). */
  acronym?: string;
  /** 0..1: how sure the extractor is of the entity and its relation. */
  confidence: number;
  /** At least one supporting sentence. */
  evidence: Evidence[];
}

export interface ExtractionResult {
  paper: Paper;
  /** Title first, then the abstract's sentences, as indexed by Evidence.sentence. */
  sentences: string[];
  links: ExtractedLink[];
  /** Code and project URLs found in the text (GitHub, GitLab, project pages). */
  codeUrls: string[];
}
