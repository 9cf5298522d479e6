// Extraction: Paper -> ExtractionResult (entities with roles, evidence and confidence); never touches the graph.
export { extractPaper, extractPapers } from "./pipeline";
export { findAcronymDefinitions, matchLongForm } from "./stages/acronyms";
export type { AcronymDefinition } from "./stages/acronyms";
export { splitSentences, splitAbstract } from "./stages/sentences";
export { findCodeUrls } from "./stages/code-urls";
