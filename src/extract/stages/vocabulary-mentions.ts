// Finds vocabulary entries in a sentence: longest match first, over normalised tokens (case, hyphen, plural free).
import type { Mention } from "./mention";
import type { Lexicon } from "./lexicon";
import type { Token } from "./tokens";
import { relationFor } from "./roles";
import { normOf } from "./tokens";

export function findVocabularyMentions(sentence: number, text: string, tokens: Token[], lexicon: Lexicon): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i].norm.split(" ")[0];
    if (!lexicon.firstWords.has(first)) continue;
    for (let n = Math.min(lexicon.maxWords, tokens.length - i); n >= 1; n--) {
      const last = tokens[i + n - 1];
      // Phrases do not run across punctuation other than spaces and hyphens.
      if (n > 1 && /[^\s-]/.test(text.slice(tokens[i].end, tokens[i + 1].start))) continue;
      let key = tokens[i].norm;
      for (let k = 1; k < n; k++) key += " " + tokens[i + k].norm;
      const entry = lexicon.entries.get(key);
      if (!entry) continue;
      if (n === 1 && entry.exactForms && !matchesExactForm(entry.exactForms, tokens[i].text)) continue;
      if (n > 1 && !phraseIsContiguous(text, tokens, i, n)) continue;
      const surface = text.slice(tokens[i].start, last.end);
      mentions.push({
        sentence,
        start: tokens[i].start,
        end: last.end,
        surface,
        kind: entry.kind,
        relation: relationFor(entry.kind),
        name: entry.canonical,
        confidence: 0.8,
        source: "vocabulary",
      });
      i += n - 1;
      break;
    }
  }
  // "Transformer-based detectors", "LoRA-style adapters": the name before an adjectival suffix is used.
  for (const t of tokens) {
    const base = adjectivalBase(t.text);
    if (!base) continue;
    const entry = lexicon.entries.get(normOf(base));
    if (!entry || entry.kind !== "METHOD" || (entry.exactForms && !matchesExactForm(entry.exactForms, base))) continue;
    mentions.push({ sentence, start: t.start, end: t.start + base.length, surface: base, kind: "METHOD", relation: "USES", name: entry.canonical, confidence: 0.75, source: "vocabulary" });
  }
  return mentions;
}

/** The name inside an adjective built on it: "Transformer-based" -> "Transformer", "MoE-style" -> "MoE". */
export function adjectivalBase(word: string): string | undefined {
  const m = word.match(/^(.+?)-(?:based|like|type|style|driven|guided|powered|augmented|enhanced|inspired|equipped|backed)$/);
  return m && /^[\p{L}\p{N}]/u.test(m[1]) ? m[1] : undefined;
}

function phraseIsContiguous(text: string, tokens: Token[], i: number, n: number): boolean {
  for (let k = i; k < i + n - 1; k++) if (!/^[\s-]*$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
  return true;
}

/** "Wikitext-103" is WikiText-103, but the lowercase English word "glue" is not GLUE. */
function matchesExactForm(forms: Set<string>, text: string): boolean {
  if (forms.has(text)) return true;
  if (text === text.toLowerCase()) return false;
  const lower = text.toLowerCase();
  // A case variant that is itself name-shaped ("FastText" for fastText, "LLAMA") is the name; "Glue" is not GLUE.
  const nameShaped = (text.match(/\p{Lu}/gu) ?? []).length >= 2;
  for (const f of forms) if (f.toLowerCase() === lower && (/[\d-]/.test(f) || nameShaped)) return true;
  return false;
}
