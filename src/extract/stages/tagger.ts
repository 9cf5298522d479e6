// Part-of-speech tags from wink-nlp, one readDoc per paper, mapped back onto our sentence offsets.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface TaggedToken {
  text: string;
  /** Offsets inside the sentence. */
  start: number;
  end: number;
  pos: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** The model loads once per process (~100 ms); sentence boundaries are ours, so only POS is asked for. */
function instance(): Nlp {
  nlp ??= winkNLP(model, ["pos"]);
  return nlp;
}

/**
 * Tags all sentences with one readDoc: they are joined with blank lines, token offsets are recovered from the
 * tokens' preceding spaces, and each token is handed to the sentence that contains it.
 */
export function tagSentences(sentences: string[]): TaggedToken[][] {
  const w = instance();
  const its = w.its;
  const starts: number[] = [];
  let joined = "";
  for (const s of sentences) {
    if (joined) joined += "\n\n";
    starts.push(joined.length);
    joined += s;
  }
  const doc = w.readDoc(joined);
  const texts = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const result: TaggedToken[][] = sentences.map(() => []);
  let cursor = 0;
  let si = 0;
  for (let i = 0; i < texts.length; i++) {
    let at = cursor + spaces[i].length;
    if (joined.startsWith(texts[i], at) === false) {
      // wink normalises a few characters; resynchronise by searching forward.
      const found = joined.indexOf(texts[i], cursor);
      if (found < 0) continue;
      at = found;
    }
    cursor = at + texts[i].length;
    while (si + 1 < starts.length && at >= starts[si + 1]) si++;
    const local = at - starts[si];
    if (local + texts[i].length > sentences[si].length) continue;
    result[si].push({ text: texts[i], start: local, end: local + texts[i].length, pos: pos[i] });
  }
  return result;
}
