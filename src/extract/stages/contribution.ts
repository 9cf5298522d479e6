// The paper's own named contribution: "Name: ..." titles, "we propose Name", "called/named/dubbed Name", and
// acronyms defined as the object of "we propose" or after "a novel"; datasets it releases become INTRODUCES.
import type { AcronymDefinition } from "./acronyms";
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import { DATASET_HEADS } from "./heads";
import { isNameShaped } from "./names";

const PROPOSAL =
  /\b(?:we|this (?:paper|work|study)|our (?:paper|work))\s+(?:(?:\w+ly|also|further|then|first|here|therefore|thus|hence|additionally|newly)\s+)*(?:propose|introduce|present|develop|design|devise|build|create|construct|release|contribute|curate|collect|establish|formulate|put forward|offer)(?:s|d|ed)?\b/gi;
const NAMING = /\b(?:called|named|dubbed|termed|coined|denoted(?: as)?|referred to as|namely|which we call|we call it|we name it)\s+(?:as\s+)?/gi;
const NAME_TOKEN = /^[\p{L}\p{N}](?:[\p{L}\p{N}'’+]|[-.](?=[\p{L}\p{N}]))*/u;
const FIRST_PERSON = /\b(?:we|our|this paper|this work|propos\w*|introduc\w*|present\w*)\b/i;

/** Words after the name up to the next clause break: ", a large-scale video dataset" types the name. */
function appositiveIsDataset(text: string, from: number): boolean {
  const after = text.slice(from, from + 120).match(/^\s*,?\s*(?:(?:a|an|the|which is a|which is an)\s+)?((?:[\w-]+\s+){0,6}[\w-]+)/i);
  if (!after) return false;
  return after[1].split(/\s+/).some((w) => DATASET_HEADS.test(w));
}

function before(text: string, at: number, words: number): string[] {
  return text.slice(Math.max(0, at - 80), at).split(/\s+/).filter(Boolean).slice(-words);
}

function proposal(sentence: number, text: string, start: number, surface: string, dataset: boolean, confidence: number, def?: AcronymDefinition): Mention {
  return {
    sentence,
    start,
    end: start + surface.length,
    surface,
    kind: dataset ? "DATASET" : "METHOD",
    relation: dataset ? "INTRODUCES" : "PROPOSES",
    name: def?.long,
    acronym: def?.short,
    confidence,
    source: "contribution",
  };
}

/** "Name: subtitle" with a short, name-like prefix. */
function fromTitle(title: string, lexicon: Lexicon): Mention | undefined {
  const m = title.match(/^([^:]{2,60}?)\s*:\s+\S/);
  if (!m) return undefined;
  const prefix = m[1].trim();
  const tokens = prefix.split(/\s+/);
  if (tokens.length > 4) return undefined;
  const named = tokens.some((t) => isNameShaped(t, lexicon));
  const single = tokens.length === 1 && /^\p{Lu}[\p{L}\p{N}-]+$/u.test(prefix) && !lexicon.genericHeads.has(prefix.toLowerCase());
  if (!named && !single) return undefined;
  if (lexicon.entries.has(prefix.toLowerCase()) && !named) return undefined;
  const rest = title.slice(m[0].length - 1);
  const dataset = /^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}(?:dataset|benchmark|corpus|suite|testbed)\b/i.test(rest);
  return proposal(0, title, 0, prefix, dataset, 0.9);
}

export function findContributions(sentences: string[], defs: AcronymDefinition[], lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  const titleName = fromTitle(sentences[0], lexicon);
  if (titleName) found.push(titleName);
  sentences.forEach((text, sentence) => {
    const sentenceDefs = defs.filter((d) => d.sentence === sentence);
    let named = false;
    // "... framework called EvoMoE", "named gradual pruning with zero-cost neuroregeneration (GraNet)"
    if (FIRST_PERSON.test(text)) {
      for (const m of text.matchAll(NAMING)) {
        const at = m.index! + m[0].length;
        const datasetBefore = before(text, m.index!, 4).some((w) => DATASET_HEADS.test(w));
        const def = sentenceDefs.find((d) => d.longStart === at || d.shortStart === at);
        if (def) {
          found.push(proposal(sentence, text, def.longStart, def.long, datasetBefore, 0.9, def));
          found.push(proposal(sentence, text, def.shortStart, def.short, datasetBefore, 0.9, def));
          named = true;
          continue;
        }
        const token = text.slice(at).match(NAME_TOKEN)?.[0];
        if (token && (isNameShaped(token, lexicon) || /^\p{Lu}\p{Ll}+[\p{L}\p{N}]*$/u.test(token))) {
          found.push(proposal(sentence, text, at, token, datasetBefore || appositiveIsDataset(text, at + token.length), 0.9));
          named = true;
        }
      }
    }
    for (const m of text.matchAll(PROPOSAL)) {
      const verbEnd = m.index! + m[0].length;
      // "we propose WeatherGS, a 3DGS-based framework": a name right after the verb.
      const rest = text.slice(verbEnd);
      const direct = rest.match(/^\s+(?:(?:a|an|the|our)\s+)?/);
      const at = verbEnd + (direct ? direct[0].length : 0);
      const token = text.slice(at).match(NAME_TOKEN)?.[0];
      if (token && isNameShaped(token, lexicon) && /^\s*(?:[,.:;(]|$|\s(?:which|that|to|as|for|in|with|on|and|—|-)\b)/.test(text.slice(at + token.length))) {
        const def = sentenceDefs.find((d) => d.shortStart === at);
        found.push(proposal(sentence, text, at, token, appositiveIsDataset(text, at + token.length), 0.9, def));
      }
      if (named) continue;
      // "we introduce Inference-Time Decomposition of Activations (ITDA) models": a definition as the object.
      for (const def of sentenceDefs) {
        if (def.longStart >= verbEnd && def.longStart - verbEnd <= 60 && !found.some((f) => f.sentence === sentence && f.start === def.shortStart)) {
          const dataset = DATASET_HEADS.test(def.long.split(/\s+/).pop() ?? "") || appositiveIsDataset(text, def.shortEnd + 1);
          found.push(proposal(sentence, text, def.longStart, def.long, dataset, 0.8, def));
          break;
        }
      }
    }
    // "with a novel Dense-to-Sparse gate (DTS-Gate)": a named component of the contribution.
    if (!named) {
      for (const def of sentenceDefs) {
        const lead = before(text, def.longStart, 2).map((w) => w.toLowerCase());
        if (lead.some((w) => w === "novel" || w === "new" || w === "proposed") && !found.some((f) => f.sentence === sentence && f.name === def.long)) {
          found.push(proposal(sentence, text, def.longStart, def.long, DATASET_HEADS.test(def.long.split(/\s+/).pop() ?? ""), 0.75, def));
        }
      }
    }
  });
  return found;
}
