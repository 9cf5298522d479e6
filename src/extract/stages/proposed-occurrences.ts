// Every later occurrence of a proposed name is more evidence for it ("EvoMoE starts from ...").
import type { Mention } from "./mention";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function findProposedOccurrences(sentences: string[], proposals: Mention[]): Mention[] {
  const out: Mention[] = [];
  const surfaces = new Map<string, Mention>();
  for (const p of proposals) if (p.surface.length >= 2 && !surfaces.has(p.surface)) surfaces.set(p.surface, p);
  for (const [surface, p] of surfaces) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}-])${escape(surface)}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, "gu");
    sentences.forEach((text, sentence) => {
      for (const m of text.matchAll(re)) {
        if (sentence === p.sentence && m.index === p.start) continue;
        out.push({ ...p, sentence, start: m.index!, end: m.index! + surface.length, confidence: p.confidence - 0.05 });
      }
    });
  }
  return out;
}
