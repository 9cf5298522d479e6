// Case-insensitive comparison of a token with a lowercase ASCII word, for the per-token tests of the stages: the same
// answer as /^word$/i (non-unicode /i folds an ASCII letter only to its other case), without running a regex.

/** Whether `text` is `lower` (lowercase ASCII letters) in any letter case: isWord("We", "we") is /^we$/i.test("We"). */
export function isWord(text: string, lower: string): boolean {
  const n = lower.length;
  if (text.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const w = lower.charCodeAt(i);
    if (c !== w && c !== w - 0x20) return false;
  }
  return true;
}

/** Whether `text` holds any of `parts` (plain string search: far cheaper than an alternation regex over the text). */
export function includesAny(text: string, parts: string[]): boolean {
  for (const part of parts) if (text.includes(part)) return true;
  return false;
}
