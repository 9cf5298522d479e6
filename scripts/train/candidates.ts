// The candidate links of a gold set, with their features and labels: every typed link the rules produce (at any
// confidence) for each annotated paper, positive when it matches a gold entity of its kind (the evaluation's strict rule).
import type { ExtractedLink, ExtractionResult } from "../../src/domain/extraction";
import type { Paper } from "../../src/domain/paper";
import { extractPaper } from "../../src/extract/pipeline";
import type { LinkScorer } from "../../src/extract/stages/link-scorer";
import { readCorpusFile } from "../../src/ingest/read-corpus";
import { seedGold } from "../eval/evaluate";
import { loadGold, type GoldKind, type GoldRecord } from "../eval/gold";
import { entitiesMatch } from "../eval/match";
import { asEntity } from "../eval/predictions";

export interface Candidate {
  link: ExtractedLink;
  features: Float64Array;
  label: 0 | 1;
}

/** One gold set read and extracted once: papers in gold order, their rule-scored results and typed candidates. */
export interface GoldSet {
  name: string;
  gold: GoldRecord[];
  papers: Paper[];
  results: ExtractionResult[];
  candidates: Candidate[][];
}

const GOLD_KIND_OF: Record<string, GoldKind> = { METHOD: "methods", DATASET: "datasets", TASK: "tasks" };

/** Extracts every paper of a gold file from its corpus with the rules' confidences, recording each typed link's features. */
export function loadGoldSet(name: string, goldFile: string, corpusFile: string): GoldSet {
  const gold = loadGold(goldFile);
  const byTitle = new Map(readCorpusFile(corpusFile).papers.map((p) => [p.title, p]));
  const set: GoldSet = { name, gold, papers: [], results: [], candidates: [] };
  for (const record of gold) {
    const paper = byTitle.get(record.title);
    if (!paper) throw new Error(`${goldFile}:${record.line}: title not found in ${corpusFile}: ${record.title}`);
    const recorded: { link: ExtractedLink; features: Float64Array }[] = [];
    const recorder: LinkScorer = {
      score(link, features) {
        recorded.push({ link, features: Float64Array.from(features) });
        return link.confidence;
      },
    };
    set.papers.push(paper);
    set.results.push(extractPaper(paper, recorder));
    set.candidates.push(
      recorded.map(({ link, features }) => {
        const entity = asEntity(link);
        const label = seedGold(record, GOLD_KIND_OF[link.kind]).some((g) => entitiesMatch(entity, g, "strict")) ? 1 : 0;
        return { link, features, label };
      }),
    );
  }
  return set;
}

/** The set's results with each candidate's confidence from `scorer` (what extractPaper gives with that scorer). */
export function rescored(set: GoldSet, scorer: LinkScorer | null): Map<Paper, ExtractionResult> {
  const out = new Map<Paper, ExtractionResult>();
  set.papers.forEach((paper, i) => {
    const result = set.results[i];
    if (!scorer) {
      out.set(paper, result);
      return;
    }
    const features = new Map(set.candidates[i].map((c) => [c.link, c.features]));
    const links = result.links.map((link) => {
      const f = features.get(link);
      return f ? { ...link, confidence: scorer.score(link, f) } : link;
    });
    out.set(paper, { ...result, links });
  });
  return out;
}
