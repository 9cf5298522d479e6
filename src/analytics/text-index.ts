// A TF-IDF index over the papers' titles, keywords and abstracts, built once so that a related-papers query
// only touches the postings of the query paper's most distinctive terms.
// Weights: (1 + ln tf) * ln(N / df), vectors normalised to unit length, so a dot product is a cosine (Salton & Buckley 1988).
import { singularize, type KnowledgeGraph } from "../domain";

export interface TextIndex {
  /** Paper node keys, indexed by document number. */
  readonly papers: readonly string[];
  readonly docOf: ReadonlyMap<string, number>;
  /** Per document: term ids (ascending) and their unit-normalised weights. */
  readonly docTerms: readonly Int32Array[];
  readonly docWeights: readonly Float64Array[];
  /** Per term id: the documents containing it and the term's weight in each. */
  readonly postingDocs: readonly Int32Array[];
  readonly postingWeights: readonly Float64Array[];
}

const STOPWORDS = new Set(
  (
    "a about above after again all also am an and any are as at be been before being below between both but by can " +
    "could did do does doing down during each few for from further had has have having here how i if in into is it " +
    "its itself just more most no nor not now of off on once only or other our out over own same should so some " +
    "such than that the their them then there these they this those through to too under until up very was we were " +
    "what when where which while who whom why will with would you your via using use used based show shows shown " +
    "propose proposed paper approach method methods result results new novel work task tasks model models"
  ).split(" "),
);

const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/** The indexed form of a lowercase word: plurals folded ("transformers" -> "transformer"); undefined for stopwords and bare numbers. */
function foldWord(word: string): string | undefined {
  if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) return undefined;
  return word.split("-").map(singularize).join("-");
}

/** Lowercase word tokens, stopwords and bare numbers dropped, plurals folded ("transformers" -> "transformer"). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const token = foldWord(match[0]);
    if (token !== undefined) out.push(token);
  }
  return out;
}

export function buildTextIndex(graph: KnowledgeGraph): TextIndex {
  const papers: string[] = [];
  // Each distinct word is folded once (the corpus repeats its words millions of times at 100k papers): word -> term
  // id, or -1 when it is not indexed. Term frequencies are counted in a column per term, reset after each document.
  const wordTerm = new Map<string, number>();
  const termIds = new Map<string, number>();
  const docFreq: number[] = [];
  const tf: number[] = [];
  const docTerms: Int32Array[] = [];
  const docCounts: Int32Array[] = [];
  graph.forEachNode((node, a) => {
    if (a.kind !== "PAPER") return;
    const touched: number[] = [];
    for (const match of `${a.title}\n${a.keywords.join(" ")}\n${a.abstract}`.toLowerCase().matchAll(WORD)) {
      let id = wordTerm.get(match[0]);
      if (id === undefined) {
        const token = foldWord(match[0]);
        id = token === undefined ? -1 : termIds.get(token);
        if (id === undefined) {
          id = docFreq.length;
          termIds.set(token!, id);
          docFreq.push(0);
          tf.push(0);
        }
        wordTerm.set(match[0], id);
      }
      if (id >= 0 && tf[id]++ === 0) touched.push(id);
    }
    const terms = Int32Array.from(touched).sort();
    docCounts.push(Int32Array.from(terms, (t) => tf[t]));
    for (const t of terms) {
      docFreq[t]++;
      tf[t] = 0;
    }
    papers.push(node);
    docTerms.push(terms);
  });

  const n = papers.length;
  const docWeights: Float64Array[] = [];
  const postingSize = new Int32Array(docFreq.length);
  docTerms.forEach((terms, doc) => {
    const counts = docCounts[doc];
    const weights = new Float64Array(terms.length);
    let norm = 0;
    terms.forEach((t, i) => {
      const w = (1 + Math.log(counts[i])) * Math.log(n / docFreq[t]);
      weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    terms.forEach((t) => postingSize[t]++);
    docWeights.push(weights);
  });
  const postingDocs = Array.from(postingSize, (size) => new Int32Array(size));
  const postingWeights = Array.from(postingSize, (size) => new Float64Array(size));
  const fill = new Int32Array(docFreq.length);
  docTerms.forEach((terms, doc) => {
    terms.forEach((t, i) => {
      postingDocs[t][fill[t]] = doc;
      postingWeights[t][fill[t]++] = docWeights[doc][i];
    });
  });
  return { papers, docOf: new Map(papers.map((p, i) => [p, i])), docTerms, docWeights, postingDocs, postingWeights };
}

/** Exact cosine similarity of two indexed papers (0 when either is unknown). */
export function textSimilarity(index: TextIndex, a: string, b: string): number {
  const da = index.docOf.get(a);
  const db = index.docOf.get(b);
  if (da === undefined || db === undefined) return 0;
  const ta = index.docTerms[da];
  const tb = index.docTerms[db];
  const wa = index.docWeights[da];
  const wb = index.docWeights[db];
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ta.length && j < tb.length) {
    if (ta[i] === tb[j]) dot += wa[i++] * wb[j++];
    else if (ta[i] < tb[j]) i++;
    else j++;
  }
  return dot;
}

/**
 * The partial cosine of `paper` with the documents sharing its `maxTerms` heaviest terms (a lower bound of the exact
 * cosine; the heaviest terms are the rarest, so their postings are short), as contributions: `add(doc, w)` once per
 * shared term, in term order, so summing them per document gives the partial cosine. The caller accumulates them
 * in its own columns (related papers does), with no second dense array here.
 */
export function forEachTextNeighbor(index: TextIndex, paper: string, add: (doc: number, contribution: number) => void, maxTerms = 32): void {
  const doc = index.docOf.get(paper);
  if (doc === undefined) return;
  const terms = index.docTerms[doc];
  const weights = index.docWeights[doc];
  const order = Array.from(terms.keys()).sort((x, y) => weights[y] - weights[x]).slice(0, maxTerms);
  for (const i of order) {
    const docs = index.postingDocs[terms[i]];
    const ws = index.postingWeights[terms[i]];
    for (let j = 0; j < docs.length; j++) if (docs[j] !== doc) add(docs[j], weights[i] * ws[j]);
  }
}
