// Option validation shared by the analytics: each check throws InvalidInputError naming the option and what it expects.
import { EDGE_TYPES, InvalidInputError, NODE_KINDS, isEdgeType, type EdgeType, type NodeKind } from "../domain";

export function checkInteger(fn: string, option: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(
      `${fn}: option "${option}" must be an integer between ${min} and ${max}, got ${JSON.stringify(value)}`,
      { option, value, min, max },
    );
  }
  return value;
}

export function checkNumber(fn: string, option: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    throw new InvalidInputError(
      `${fn}: option "${option}" must be a finite number between ${min} and ${max}, got ${JSON.stringify(value)}`,
      { option, value, min, max },
    );
  }
  return value;
}

/** An optional list of edge types; undefined or empty means "every type". */
export function checkEdgeTypes(fn: string, value: readonly string[] | undefined): ReadonlySet<EdgeType> | undefined {
  if (value === undefined || value.length === 0) return undefined;
  for (const t of value) {
    if (!isEdgeType(t)) {
      throw new InvalidInputError(
        `${fn}: option "edgeTypes" must list values among ${EDGE_TYPES.join(", ")}, got ${JSON.stringify(t)}`,
        { option: "edgeTypes", value: t },
      );
    }
  }
  return new Set(value as readonly EdgeType[]);
}

/** An optional list of node kinds; undefined or empty means "every kind". */
export function checkNodeKinds(
  fn: string,
  option: string,
  value: readonly string[] | undefined,
): ReadonlySet<NodeKind> | undefined {
  if (value === undefined || value.length === 0) return undefined;
  for (const k of value) {
    if (!(NODE_KINDS as readonly string[]).includes(k)) {
      throw new InvalidInputError(
        `${fn}: option "${option}" must list values among ${NODE_KINDS.join(", ")}, got ${JSON.stringify(k)}`,
        { option, value: k },
      );
    }
  }
  return new Set(value as readonly NodeKind[]);
}

/** A Map, or a read-only map of another class (a restored snapshot's columns, column-map.ts). */
export function checkMap(fn: string, option: string, value: unknown): void {
  const mapLike = value instanceof Map || (typeof value === "object" && value !== null && typeof (value as ReadonlyMap<unknown, unknown>).get === "function" && typeof (value as ReadonlyMap<unknown, unknown>).has === "function");
  if (value !== undefined && !mapLike) {
    throw new InvalidInputError(`${fn}: option "${option}" must be a Map, got ${typeof value}`, { option });
  }
}

/** Defaults overridden by the options that are actually set (an explicit `undefined` keeps the default). */
export function withDefaults<O extends object, K extends keyof O>(
  defaults: { readonly [P in K]-?: NonNullable<O[P]> },
  options: O,
): O & { [P in K]-?: NonNullable<O[P]> } {
  const out: Record<string, unknown> = { ...defaults };
  for (const [k, v] of Object.entries(options)) if (v !== undefined) out[k] = v;
  return out as O & { [P in K]-?: NonNullable<O[P]> };
}
