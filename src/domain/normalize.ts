// Name normalisation used for entity identity: case, hyphen, punctuation and plural insensitive.

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

/** Singular of one lowercase word; conservative (keeps words ending in ss, us, is, and short words). */
export function singularize(word: string): string {
  if (IRREGULAR_SINGULAR[word]) return IRREGULAR_SINGULAR[word];
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (/(ss|us|is|ics)$/.test(word)) return word;
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + "y";
  if (/(ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/**
 * The identity form of a name: lowercase, unicode-folded, hyphens/underscores/slashes as spaces, other
 * punctuation dropped, each word singular. "Mixture-of-Experts" and "mixtures of experts" -> "mixture of expert".
 * Acronyms with digits keep them ("ResNet-50" -> "resnet 50").
 */
export function normalizeName(name: string): string {
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

/** A URL- and key-safe slug of a name: "Mixture-of-Experts" -> "mixture-of-expert". */
export function slugify(name: string): string {
  return (
    normalizeName(name)
      .replace(/[^\p{L}\p{N}+#.]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 120) || "untitled"
  );
}
