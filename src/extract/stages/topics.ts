// Problems that are tasks when a paper is about them (Papers with Code: network pruning, quantization, neural
// architecture search, fine-tuning): named in the title, or, for the compression problems, running through the abstract.
import type { Mention } from "./mention";

interface Topic {
  name: string;
  pattern: RegExp;
  /** Lowercase text every match contains: a paper without it is skipped before the pattern runs on each sentence. */
  probe: string;
  /** Abstract sentences that must mention it when the title does not; 0: the title only. */
  minSentences: number;
}

const TOPICS: Topic[] = [
  { name: "network pruning", pattern: /\b(?:prun(?:e|ed|es|ing)|pruner)\b/gi, probe: "prun", minSentences: 3 },
  { name: "quantization", pattern: /\bquantiz(?:ation|ed|ing|e)\b/gi, probe: "quantiz", minSentences: 3 },
  { name: "neural architecture search", pattern: /\b(?:neural )?architecture search\b/gi, probe: "architecture search", minSentences: 3 },
  { name: "fine-tuning", pattern: /\bfine-?tun(?:e|ed|ing)\b/gi, probe: "fine", minSentences: 0 },
];

/** One TASK mention per occurrence of a topic the paper is about; `topic` lets it outrank generic-word filters. */
export function findTopics(sentences: string[]): Mention[] {
  const out: Mention[] = [];
  // A case-insensitive ASCII match lowercases to the probe, so no lowercase sentence holding it means no match.
  const lowered = sentences.map((s) => s.toLowerCase());
  for (const topic of TOPICS) {
    if (!lowered.some((s) => s.includes(topic.probe))) continue;
    const hits = sentences.map((text) => [...text.matchAll(topic.pattern)]);
    const inTitle = hits[0].length > 0;
    const inAbstract = hits.slice(1).filter((h) => h.length > 0).length;
    if (!inTitle && (topic.minSentences === 0 || inAbstract < topic.minSentences)) continue;
    hits.forEach((matches, sentence) => {
      for (const m of matches) {
        const surface = m[0];
        out.push({ sentence, start: m.index!, end: m.index! + surface.length, surface, kind: "TASK", relation: "ADDRESSES", name: topic.name, confidence: 0.7, source: "vocabulary", topic: true });
      }
    });
  }
  return out;
}
