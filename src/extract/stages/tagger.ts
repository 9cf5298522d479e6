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
  return result.map(joinDigitInitial);
}

/**
 * wink splits a digit-initial word into a number and the rest ("3D" -> "3" "D", "8B" -> "8" "B", "3DGS" -> "3" "DGS");
 * the pieces are glued back into one token so that "3D captioning" does not lose its "3". "3D"/"2D" modifies
 * (ADJ), a longer name stays a name ("3DGS"), a size stays a number ("8B").
 */
function joinDigitInitial(tokens: TaggedToken[]): TaggedToken[] {
  if (!tokens.some((t) => t.pos === "NUM")) return tokens;
  const out: TaggedToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (next && next.start === t.end && /^\d+(?:\.\d+)?$/.test(t.text) && /^\p{L}[\p{L}\p{N}]*$/u.test(next.text)) {
      const text = t.text + next.text;
      const pos = /^\d+D$/i.test(text) ? "ADJ" : /^\d+x\d+$/i.test(text) ? "NUM" : next.pos === "PROPN" && /^\p{Lu}[\p{Lu}\p{N}]/u.test(next.text) ? "PROPN" : /^\d+(?:\.\d+)?[BMKT]$/.test(text) ? "NUM" : next.pos === "NOUN" ? "NOUN" : "ADJ";
      out.push({ text, start: t.start, end: next.end, pos });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}
