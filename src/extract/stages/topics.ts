// Problems that are tasks when a paper is about them (Papers with Code: network pruning, quantization, neural
// architecture search, fine-tuning): named in the title, or, for the compression problems, running through the abstract.
import type { Mention } from "./mention";

interface Topic {
  name: string;
  pattern: RegExp;
  /** Abstract sentences that must mention it when the title does not; 0: the title only. */
  minSentences: number;
}

const TOPICS: Topic[] = [
  { name: "network pruning", pattern: /\b(?:prun(?:e|ed|es|ing)|pruner)\b/gi, minSentences: 3 },
  { name: "quantization", pattern: /\bquantiz(?:ation|ed|ing|e)\b/gi, minSentences: 3 },
  { name: "neural architecture search", pattern: /\b(?:neural )?architecture search\b/gi, minSentences: 3 },
  { name: "fine-tuning", pattern: /\bfine-?tun(?:e|ed|ing)\b/gi, minSentences: 0 },
];

/** One TASK mention per occurrence of a topic the paper is about; `topic` lets it outrank generic-word filters. */
export function findTopics(sentences: string[]): Mention[] {
  const out: Mention[] = [];
  for (const topic of TOPICS) {
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
