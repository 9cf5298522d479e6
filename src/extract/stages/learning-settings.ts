// Tasks named with their learning setting: "unsupervised representation learning", "few-shot image classification",
// "self-supervised depth estimation". The setting is part of how a researcher tags the paper (Papers with Code keeps
// such tasks apart), so a task mention right after a setting word is widened to include it; the paper's bare uses
// of the same task ("anomaly detection" in a paper on unsupervised anomaly detection) are its shorthand and join it.
import type { Lexicon } from "./lexicon";
import type { Mention } from "./mention";
import { normOf } from "./tokens";

/** Supervision and data regimes that qualify a task (general ML vocabulary). */
const SETTING_BEFORE = /(?:^|[\s("'“])((?:un|self-|semi-|weakly[- ]|partially[- ])supervised|few-shot|zero-shot|one-shot|low-shot|multi-shot|continual|lifelong|class-incremental|task-incremental|incremental|federated|open-set|open-world|open-vocabulary|cross-domain|cross-lingual|multilingual|long-tailed|source-free|test-time|online|offline)\s+$/i;

/** Widens task mentions over a setting word before them and merges a paper's bare uses into the qualified task. */
export function qualifyLearningSettings(sentences: string[], mentions: Mention[], lexicon: Lexicon): Mention[] {
  const qualified = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== "TASK" || m.topic || m.source === "contribution") continue;
    const text = sentences[m.sentence];
    const setting = SETTING_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (!setting) continue;
    const base = m.name ?? m.surface;
    // "semi-supervised learning": the setting alone is a name the vocabulary may already hold.
    const widened = `${setting[1].toLowerCase()} ${/\p{Lu}{2}/u.test(base) ? base : base.toLowerCase()}`;
    const key = normOf(widened);
    const known = lexicon.entries.get(key);
    if (known && known.kind !== "TASK") continue;
    const from = m.start - setting[0].length + setting[0].indexOf(setting[1]);
    m.start = from;
    m.surface = text.slice(from, m.end);
    m.name = known?.canonical ?? widened;
    const baseKey = normOf(base);
    if (!qualified.has(baseKey)) qualified.set(baseKey, new Set());
    qualified.get(baseKey)!.add(m.name);
  }
  // "Forecasting events" in a paper titled "... Forecasting Spatiotemporal Events", "adversarial robustness" in one
  // stating "the problem of certified adversarial robustness": a shorter task ending the same way is its shorthand.
  // A vocabulary task stands under its written form here: "MRI reconstruction" is no longer form of "image reconstruction".
  const stated = new Set<string>();
  for (const m of mentions) if (m.kind === "TASK" && !m.topic && (m.sentence === 0 || m.statement)) stated.add(m.source === "vocabulary" ? m.surface : m.name ?? m.surface);
  for (const m of mentions) {
    if (m.kind !== "TASK" || m.topic || m.sentence === 0) continue;
    const key = ` ${normOf(m.name ?? m.surface)}`;
    // "3D reconstruction" in a paper stating "3D Scene Reconstruction": the same task with an inner modifier left out.
    const longer = [...stated].filter((n) => normOf(n) !== key.trim() && (` ${normOf(n)}`.endsWith(key) || innerOmission(key.trim(), normOf(n))));
    if (longer.length === 1) m.name = longer[0];
  }
  if (qualified.size === 0) return mentions;
  for (const m of mentions) {
    if (m.kind !== "TASK" || m.topic) continue;
    const names = qualified.get(normOf(m.name ?? m.surface));
    // One qualified form only: a paper on both supervised and unsupervised X keeps its bare X apart.
    if (names && names.size === 1) m.name = [...names][0];
  }
  return mentions;
}

/** Whether `short` is `long` with inner words left out: the same first and last word, the rest in order ("3d
 * reconstruction" of "3d scene reconstruction"). */
export function innerOmission(short: string, long: string): boolean {
  const space = short.indexOf(" ");
  if (space < 0 || long.length <= short.length || !long.startsWith(short.slice(0, space + 1)) || !long.endsWith(short.slice(short.lastIndexOf(" ")))) return false;
  const a = short.split(" ");
  const b = long.split(" ");
  if (a.length < 2 || b.length <= a.length || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  let j = 1;
  for (let k = 1; k < a.length - 1; k++) {
    while (j < b.length - 1 && b[j] !== a[k]) j++;
    if (j >= b.length - 1) return false;
    j++;
  }
  return true;
}
