// Text inside URLs and repository paths ("hf.co/Org/Model-7B", "github.com/user/repo") names no entity of its own.
import type { Mention } from "./mention";

/** A host ends in a name ("hf.co/..."); "1.5/2.1" (two versions) is no path. */
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[A-Za-z][\w-]*\/\S+/gi;

/** Mentions whose span overlaps a URL are dropped. */
export function withoutUrls(sentences: string[], mentions: Mention[]): Mention[] {
  const ranges = sentences.map((text) => (text.includes("/") ? [...text.matchAll(URL_LIKE)].map((m) => [m.index!, m.index! + m[0].length]) : []));
  return mentions.filter((m) => !ranges[m.sentence].some(([s, e]) => m.start < e && s < m.end));
}
