// Word tests for the stages without running a regex: a token against a lowercase ASCII word in any case (the same
// answer as /^word$/i: non-unicode /i folds an ASCII letter only to its other case), and a phrase as whole words.

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

/** Whether `phrase` occurs in `text` as whole words (case as written). */
export function containsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if ((at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1])) && (end === text.length || !/[\p{L}\p{N}]/u.test(text[end]))) return true;
  }
  return false;
}
