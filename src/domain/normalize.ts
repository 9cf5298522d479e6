// Name normalisation used for entity identity: case, hyphen, punctuation and plural insensitive.
// normalizeName and singularize run for every token of every abstract; both have a character-code fast path for
// ASCII input that returns exactly what the reference (regex) implementation returns (tests/domain/normalize.test.ts).

const IRREGULAR_SINGULAR: Record<string, string> = {
  indices: "index",
  matrices: "matrix",
  vertices: "vertex",
  analyses: "analysis",
  hypotheses: "hypothesis",
  criteria: "criterion",
  phenomena: "phenomenon",
  data: "data",
};

/**
 * The words for which IRREGULAR_SINGULAR[word] can be defined: its own keys and what a plain object inherits
 * ("constructor", ...). Only these take the property lookup, which for a fresh string costs a string-table probe.
 */
const IRREGULAR_OR_INHERITED = new Set([...Object.keys(IRREGULAR_SINGULAR), ...Object.getOwnPropertyNames(Object.prototype)]);

const A = 0x61;
const Z = 0x7a;

/** Singular of one lowercase word; conservative (keeps words ending in ss, us, is, and short words). */
export function singularize(word: string): string {
  if (IRREGULAR_OR_INHERITED.has(word) && IRREGULAR_SINGULAR[word]) return IRREGULAR_SINGULAR[word];
  const n = word.length;
  if (n <= 3) return word;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < A || c > Z) return word; // not /^[a-z]+$/
  }
  const last = word.charCodeAt(n - 1);
  if (last !== 0x73) return word; // every rule below needs a final "s"
  const c2 = word.charCodeAt(n - 2);
  const c3 = word.charCodeAt(n - 3);
  // /(ss|us|is|ics)$/
  if (c2 === 0x73 || c2 === 0x75 || c2 === 0x69 || (c2 === 0x63 && c3 === 0x69)) return word;
  if (c2 === 0x65) {
    // /ies$/ (longer than four letters)
    if (c3 === 0x69 && n > 4) return word.slice(0, -3) + "y";
    // /(ches|shes|xes|sses|zes)$/
    const c4 = word.charCodeAt(n - 4);
    if (c3 === 0x78 || c3 === 0x7a || (c3 === 0x68 && (c4 === 0x63 || c4 === 0x73)) || (c3 === 0x73 && c4 === 0x73)) return word.slice(0, -2);
  }
  return word.slice(0, -1);
}

/**
 * The identity form of a name: lowercase, unicode-folded, hyphens/underscores/slashes as spaces, other
 * punctuation dropped, each word singular. "Mixture-of-Experts" and "mixtures of experts" -> "mixture of expert".
 * Acronyms with digits keep them ("ResNet-50" -> "resnet 50").
 */
export function normalizeName(name: string): string {
  const fast = normalizeAscii(name);
  return fast ?? normalizeNameReference(name);
}

/** The specification of normalizeName, kept for text outside ASCII and to test the fast path against. */
export function normalizeNameReference(name: string): string {
  const folded = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[-_/\u2010-\u2015]+/g, " ")
    .replace(/[^\p{L}\p{N}+#. ]+/gu, " ")
    .replace(/\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return folded
    .split(" ")
    .filter(Boolean)
    .map(singularize)
    .join(" ");
}

/**
 * normalizeName for printable ASCII in one pass (undefined for anything else): NFKD and accent stripping do nothing
 * there; letters are lowercased; digits, "+" and "#" are kept; "." is kept before a digit; every other character
 * separates words; each word is singularised. A plain lowercase word comes back as the same string object.
 */
function normalizeAscii(name: string): string | undefined {
  const n = name.length;
  let plain = true; // only a-z so far: the word is its own folded form
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return undefined;
    if (c < A || c > Z) plain = false;
  }
  if (plain) return n === 0 ? "" : singularWord(name);
  let out = "";
  let word = "";
  for (let i = 0; i < n; i++) {
    let c = name.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20; // A-Z
    const keep = (c >= A && c <= Z) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x23 || (c === 0x2e && i + 1 < n && isDigit(name.charCodeAt(i + 1)));
    if (keep) {
      word += String.fromCharCode(c);
    } else if (word) {
      out = out ? `${out} ${singularWord(word)}` : singularWord(word);
      word = "";
    }
  }
  if (word) out = out ? `${out} ${singularWord(word)}` : singularWord(word);
  return out;
}

/** singularize as Array.join would print it: "constructor" maps to an inherited function, which join turns into text. */
function singularWord(word: string): string {
  const s = singularize(word);
  return typeof s === "string" ? s : String(s);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A URL- and key-safe slug of a name: "Mixture-of-Experts" -> "mixture-of-expert". */
export function slugify(name: string): string {
  const norm = normalizeName(name);
  // A normalised ASCII name is words of [a-z0-9+#.] joined by single spaces: only the spaces need replacing (the
  // Unicode-class regex below costs microseconds a call, and building calls this for every new entity).
  const slug = /^[a-z0-9+#. ]*$/.test(norm) ? norm.replaceAll(" ", "-") : norm.replace(/[^\p{L}\p{N}+#.]+/gu, "-").replace(/^-+|-+$/g, "");
  return slug.slice(0, 120) || "untitled";
}
