// The extraction pipeline: Paper -> ExtractionResult, composed of small pure stages; synchronous, no graph.
import type { ExtractionResult, Paper } from "../domain";
import { findAcronymDefinitions } from "./stages/acronyms";
import { findApplications } from "./stages/applications";
import { findCodeUrls } from "./stages/code-urls";
import { findContributions } from "./stages/contribution";
import { withDefinedHeads } from "./stages/defined-heads";
import { loadLexicon } from "./stages/lexicon";
import type { Mention } from "./stages/mention";
import { findEstablishedTechniques } from "./stages/established-techniques";
import { findExampleLists } from "./stages/example-lists";
import { qualifyLearningSettings } from "./stages/learning-settings";
import { findModelSizes } from "./stages/model-sizes";
import { findNominalizations } from "./stages/nominalizations";
import { markNegated } from "./stages/negated-mentions";
import { findNounPhraseMentions } from "./stages/noun-phrases";
import { findPatternMentions } from "./stages/patterns";
import { findProblemStatements, preferStatements } from "./stages/problem-statements";
import { findProposedOccurrences } from "./stages/proposed-occurrences";
import type { LinkScorer } from "./stages/link-scorer";
import { resolveLinks } from "./stages/resolve-links";
import { splitSentences } from "./stages/sentences";
import { findSharedHeads } from "./stages/shared-heads";
import { tagSentences } from "./stages/tagger";
import { tokenize } from "./stages/tokens";
import { findTitleTasks } from "./stages/title-tasks";
import { demoteToolTasks } from "./stages/tool-tasks";
import { withoutCapsTitleWords } from "./stages/caps-titles";
import { withoutWordFragments } from "./stages/word-fragments";
import { findTopics } from "./stages/topics";
import { trustedDefinitions } from "./stages/trusted-definitions";
import { withoutUrls } from "./stages/urls";
import { findVocabularyMentions } from "./stages/vocabulary-mentions";

/** `scorer`, when given, sets the confidence of typed links from their features (scripts/train-link-scorer.ts fits one);
 * by default the rules' confidence stands. */
export function extractPaper(paper: Paper, scorer: LinkScorer | null = null): ExtractionResult {
  const lexicon = loadLexicon();
  const sentences = splitSentences(paper);
  const tagged = tagSentences(sentences);
  const defs = withDefinedHeads(trustedDefinitions(findAcronymDefinitions(sentences), lexicon), sentences, lexicon);
  const proposals = findContributions(sentences, defs, lexicon);
  const mentions: Mention[] = [...proposals, ...findProposedOccurrences(sentences, proposals, lexicon), ...findTopics(sentences), ...findApplications(sentences, lexicon), ...findTitleTasks(sentences[0], lexicon)];
  sentences.forEach((text, i) => {
    const tokens = tokenize(text);
    mentions.push(...findVocabularyMentions(i, text, tokens, lexicon));
    mentions.push(...findModelSizes(i, text, tokens, lexicon));
    mentions.push(...findPatternMentions(i, text, tokens, lexicon));
    mentions.push(...findNounPhraseMentions(i, text, tagged[i], lexicon));
    mentions.push(...findNominalizations(i, text, tagged[i], lexicon));
    mentions.push(...findExampleLists(i, text, tagged[i], lexicon));
    mentions.push(...findProblemStatements(i, text, tagged[i], lexicon));
    mentions.push(...findEstablishedTechniques(i, text, tagged[i], lexicon));
  });
  mentions.push(...findSharedHeads(sentences, tagged, mentions, lexicon));
  // Filters and re-weightings of the mentions, in order, before they are grouped into links.
  let kept = withoutWordFragments(sentences, mentions);
  kept = withoutCapsTitleWords(sentences, kept);
  kept = withoutUrls(sentences, kept);
  kept = preferStatements(kept);
  kept = qualifyLearningSettings(sentences, kept, lexicon);
  kept = demoteToolTasks(sentences, kept);
  kept = markNegated(sentences, kept);
  return {
    paper,
    sentences,
    links: resolveLinks(paper.id, sentences, kept, defs, lexicon, scorer),
    codeUrls: findCodeUrls(`${paper.title} ${paper.abstract}`),
  };
}

export function extractPapers(papers: Paper[], onProgress?: (done: number, total: number) => void): ExtractionResult[] {
  const results: ExtractionResult[] = [];
  papers.forEach((paper, i) => {
    results.push(extractPaper(paper));
    onProgress?.(i + 1, papers.length);
  });
  return results;
}
