// Slices an ordered key list into a Relay connection page; cursors are opaque encodings of node keys.
import { InvalidInputError } from "../domain";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./args/pagination.args";

export function encodeCursor(key: string): string {
  return Buffer.from(key, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, "base64url").toString("utf8");
  if (!key || encodeCursor(key) !== cursor) {
    throw new InvalidInputError(`after: "${cursor.slice(0, 80)}" is not a cursor returned by this API`, { argument: "after" });
  }
  return key;
}

/** Validates `first` (argument `name`) against 0..max and applies the default. */
export function resolveFirst(first: number | undefined | null, max = MAX_PAGE_SIZE, name = "first", fallback = DEFAULT_PAGE_SIZE): number {
  if (first === undefined || first === null) return Math.min(fallback, max);
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw new InvalidInputError(`${name} must be an integer from 0 to ${max}, got ${first}`, { argument: name, max });
  }
  return first;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string; endCursor?: string };
  totalCount: number;
}

/**
 * Positions of the keys of a long list, indexed the second time the same list is paged (the store caches its
 * lists until the graph changes; a list built for one request is scanned once instead).
 */
const positions = new WeakMap<readonly string[], Map<string, number>>();
const pagedOnce = new WeakSet<readonly string[]>();

function positionOf(keys: readonly string[], key: string): number {
  let index = positions.get(keys);
  if (!index) {
    if (keys.length < 1000 || !pagedOnce.has(keys)) {
      pagedOnce.add(keys);
      return keys.indexOf(key);
    }
    index = new Map();
    keys.forEach((k, i) => index!.set(k, i));
    positions.set(keys, index);
  }
  return index.get(key) ?? -1;
}

/** Pages through `keys` (already ordered), resuming after the `after` cursor's key. */
export function paginate<T>(keys: readonly string[], args: { first?: number | null; after?: string | null }, map: (key: string) => T): Page<T> {
  const first = resolveFirst(args.first);
  let start = 0;
  if (args.after) {
    const key = decodeCursor(args.after);
    const i = positionOf(keys, key);
    if (i < 0) throw new InvalidInputError(`after: the cursor's item is no longer in this list`, { argument: "after" });
    start = i + 1;
  }
  const slice = keys.slice(start, start + first);
  const edges = slice.map((key) => ({ cursor: encodeCursor(key), node: map(key) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: start + first < keys.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor,
      endCursor: edges[edges.length - 1]?.cursor,
    },
    totalCount: keys.length,
  };
}
