// normalizeName for entity surface forms, remembered: building looks the same few thousand forms up millions of times
// (every link of every paper, every alias check), and normalising is a chain of regular expressions.
import { normalizeName } from "../domain";

/** Forms remembered at most; the memory is dropped whole when full (forms repeat, so it refills with the common ones). */
const MAX_FORMS = 200_000;
const memory = new Map<string, string>();

export function normalizedForm(form: string): string {
  let norm = memory.get(form);
  if (norm === undefined) {
    if (memory.size >= MAX_FORMS) memory.clear();
    norm = normalizeName(form);
    memory.set(form, norm);
  }
  return norm;
}
