// Coordinated modifiers share the head noun written once: "6D pose and size estimation" names 6D pose estimation as
// well as size estimation, "linear and sparse attention" linear attention as well as sparse attention. The first
// conjunct has no span of its own, so its evidence is the whole coordination. Only expansions the vocabulary knows
// are kept: a free one ("sparse and low-rank decomposition") more often names a variant than a thing of its own.
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import type { TaggedToken } from "./tagger";
import { DATASET_HEADS, LEADING_STOPWORDS, METHOD_HEADS, TASK_HEADS } from "./heads";
import { normOf } from "./tokens";

const MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN"]);
/** How a task or technique is done, not which: "fast and accurate detection" shares no head. */
const EVALUATIVE = /^(?:accurate|efficient|effective|fast|robust|scalable|reliable|stable|simple|flexible|interpretable|controllable|generalizable|precise|practical|lightweight|joint|unified|end-to-end)$/i;
const MAX_WORDS = 3;

/** Whether a token can end the first conjunct: a singular modifier noun or adjective that names nothing by itself. */
function endsConjunct(t: TaggedToken, lexicon: Lexicon): boolean {
  const w = t.text.toLowerCase();
  if (!MODIFIER_POS.has(t.pos) || LEADING_STOPWORDS.has(w) || EVALUATIVE.test(w) || lexicon.genericHeads.has(w)) return false;
  if (TASK_HEADS.has(w) || METHOD_HEADS.has(w) || DATASET_HEADS.test(w)) return false;
  // A plural stands alone ("transformers and image generation").
  return !(t.pos === "NOUN" && /[^su]s$/.test(w));
}

/**
 * For each two-word task or technique "B head" right after "A and" / "A or", the expansion "A head" spanning the
 * coordination "A and B head" (A: up to three modifier words after a determiner, a preposition or a comma), when
 * the vocabulary knows "A head" as an entity of the same kind.
 */
export function findSharedHeads(sentences: string[], tagged: TaggedToken[][], mentions: Mention[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if ((m.kind !== "TASK" && m.kind !== "METHOD") || m.sentence === 0 || m.relation === "PROPOSES" || m.start < 6) continue;
    // The cheap test first: most mentions do not follow "and " or "or ".
    const text = sentences[m.sentence];
    if (text.charCodeAt(m.start - 1) !== 0x20 || !(text.startsWith(" and", m.start - 5) || text.startsWith(" or", m.start - 4))) continue;
    const words = m.surface.split(" ");
    if (words.length !== 2) continue;
    const head = words[1].toLowerCase();
    if (!TASK_HEADS.has(head) && !METHOD_HEADS.has(head)) continue;
    const tokens = tagged[m.sentence];
    const at = tokens.findIndex((t) => t.start === m.start);
    if (at < 2 || !endsConjunct(tokens[at - 2], lexicon)) continue;
    let first = at - 2;
    while (first > 0 && at - 2 - first + 1 < MAX_WORDS && (MODIFIER_POS.has(tokens[first - 1].pos) || tokens[first - 1].pos === "NUM") && !LEADING_STOPWORDS.has(tokens[first - 1].text.toLowerCase())) first--;
    const start = tokens[first].start;
    const modifier = text.slice(start, tokens[at - 2].end);
    const expansion = `${modifier} ${words[1]}`;
    const entry = lexicon.entries.get(normOf(expansion));
    if (!entry || entry.kind !== m.kind) continue;
    out.push({ ...m, start, surface: text.slice(start, m.end), name: entry.canonical, acronym: undefined, coordinated: true });
  }
  out.push(...sharedModifiers(sentences, mentions, lexicon));
  return out;
}

const HEAD_AFTER = /^\s+(?:and|or)\s+([a-z][a-z-]*)\b/;

/**
 * The mirror case, a modifier shared by coordinated heads: "natural language modeling and generation" names natural
 * language generation as well. The second conjunct has no span of its own, so its evidence is the whole
 * coordination; only an expansion the vocabulary knows as an entity of the same kind is kept.
 */
function sharedModifiers(sentences: string[], mentions: Mention[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if ((m.kind !== "TASK" && m.kind !== "METHOD") || m.sentence === 0 || m.relation === "PROPOSES" || m.surface.indexOf(" ") < 0) continue;
    const text = sentences[m.sentence];
    // The cheap test first: most mentions are not followed by "and " or "or ".
    if (!(text.startsWith(" and ", m.end) || text.startsWith(" or ", m.end))) continue;
    const next = HEAD_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!next || !(TASK_HEADS.has(next[1]) || METHOD_HEADS.has(next[1]))) continue;
    const modifier = m.surface.slice(0, m.surface.lastIndexOf(" "));
    const before = text.slice(Math.max(0, m.start - 40), m.start).match(/((?:[\p{L}\p{N}-]+\s+){0,2})$/u)?.[1] ?? "";
    const words = [...before.matchAll(/[\p{L}\p{N}-]+/gu)];
    const end = m.end + next[0].length;
    // The longest known expansion: "natural language generation" before "language generation".
    for (let k = 0; k <= words.length; k++) {
      const lead = words.slice(k).map((w) => w[0]);
      if (lead.some((w) => LEADING_STOPWORDS.has(w.toLowerCase()))) continue;
      const entry = lexicon.entries.get(normOf([...lead, modifier, next[1]].join(" ")));
      if (!entry || entry.kind !== m.kind) continue;
      const start = m.start - (k < words.length ? before.length - words[k].index! : 0);
      out.push({ ...m, start, end, surface: text.slice(start, end), name: entry.canonical, acronym: undefined, coordinated: true });
      break;
    }
  }
  return out;
}
