// The seed corpus built once per test file: the same pipeline `npm start` runs.
import { loadCorpus } from "../../src/graph/load-corpus";
import { SEED_CORPUS } from "../../src/config";
import type { GraphStore } from "../../src/graph";

let cached: ReturnType<typeof loadCorpus> | undefined;

export function seed(): ReturnType<typeof loadCorpus> {
  cached ??= loadCorpus([SEED_CORPUS]);
  return cached;
}

export function seedStore(): GraphStore {
  return seed().store;
}
