// Finds code and project URLs (GitHub, GitLab, Bitbucket, Hugging Face, project pages) in a paper's text.

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'{}|\\^`]+/gi;
const CODE_HOSTS = /(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co|github\.io|gitlab\.io|sites\.google\.com|codeberg\.org)/i;

/** Trailing sentence punctuation and unbalanced closing brackets are not part of a URL. */
function clean(url: string): string {
  let u = url.replace(/[.,;:!?'"*]+$/, "");
  for (const [open, close] of [["(", ")"], ["[", "]"]]) {
    while (u.endsWith(close) && u.split(open).length < u.split(close).length) u = u.slice(0, -1).replace(/[.,;:!?]+$/, "");
  }
  return u;
}

/** Every URL mentioned, code hosts first, deduplicated in order of appearance; bare www. gains https://. */
export function findCodeUrls(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(URL)) {
    let url = clean(m[0]);
    if (url.startsWith("www.")) url = `https://${url}`;
    if (url.length > 10 && !found.includes(url)) found.push(url);
  }
  return [...found.filter((u) => CODE_HOSTS.test(u)), ...found.filter((u) => !CODE_HOSTS.test(u))];
}
