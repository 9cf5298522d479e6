// Static cost of an operation before it runs: how many objects it may resolve, with list fields sized by their
// arguments (first/limit) and traversals charged depth x budget — the model of GitHub's GraphQL node limit.
import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type FieldNode,
  type ValueNode,
} from "graphql";

export interface CostOptions {
  /** Size assumed for a list field with no size argument and no sized parent (e.g. Paper.methods). */
  defaultListSize: number;
  /** Size assumed when `first` is omitted and the schema gives no default. */
  defaultPageSize: number;
  /** Largest accepted value of a traversal's depth argument. */
  maxTraversalDepth: number;
}

export const DEFAULT_COST_OPTIONS: CostOptions = { defaultListSize: 10, defaultPageSize: 20, maxTraversalDepth: 3 };

/** Arguments that bound how many items a field returns; the first one a field declares counts. */
export const SIZE_ARGUMENTS = ["first", "limit", "k", "top"] as const;
/** Arguments that make a field a traversal, charged depth x budget. */
export const DEPTH_ARGUMENTS = ["depth", "maxDepth", "maxHops", "maxLength"] as const;
/** Depth arguments capped by maxTraversalDepth (a path's maxLength is a length, not a radius). */
const CAPPED_DEPTH_ARGUMENTS: readonly string[] = ["depth", "maxDepth", "maxHops"];

/** The largest count used in arithmetic, so that absurd arguments saturate instead of overflowing. */
const CEILING = 1e12;

export interface TraversalViolation {
  field: string;
  argument: string;
  max: number;
  found: number;
  node: FieldNode;
}

export interface CostEstimate {
  cost: number;
  /** The first traversal whose depth argument exceeds maxTraversalDepth. */
  traversal?: TraversalViolation;
}

type Variables = Record<string, unknown> | undefined;

export function estimateCost(
  schema: GraphQLSchema,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  operation: OperationDefinitionNode,
  variables: Variables,
  options: CostOptions = DEFAULT_COST_OPTIONS,
): CostEstimate {
  const root =
    operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return { cost: 0 };
  const defaults = new Map<string, unknown>();
  for (const def of operation.variableDefinitions ?? []) {
    if (def.defaultValue) defaults.set(def.variable.name.value, literal(def.defaultValue, undefined, undefined));
  }
  const state: State = { schema, fragments, variables, defaults, options, memo: new Map() };
  const cost = selectionCost(state, root, operation.selectionSet, undefined);
  return { cost: Math.min(Math.round(cost), CEILING), traversal: state.traversal };
}

interface State {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Variables;
  defaults: Map<string, unknown>;
  options: CostOptions;
  memo: Map<string, number>;
  traversal?: TraversalViolation;
}

/** Cost of a selection set for one parent object; `pending` is a page size a sized parent hands to its lists. */
function selectionCost(state: State, type: GraphQLCompositeType, set: SelectionSetNode, pending: number | undefined): number {
  let total = 0;
  const spread = new Set<string>();
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(state, type, selection, pending);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = selection.typeCondition ? state.schema.getType(selection.typeCondition.name.value) : type;
      if (inner && isCompositeType(inner)) total += selectionCost(state, inner, selection.selectionSet, pending);
    } else {
      const name = selection.name.value;
      if (spread.has(name)) continue; // spread twice in one set: merged by execution, counted once
      spread.add(name);
      total += fragmentCost(state, name, pending);
    }
    if (total >= CEILING) return CEILING;
  }
  return total;
}

function fragmentCost(state: State, name: string, pending: number | undefined): number {
  const key = `${name}|${pending ?? ""}`;
  const known = state.memo.get(key);
  if (known !== undefined) return known;
  state.memo.set(key, 0); // a cycle (refused by validation anyway) adds nothing
  const fragment = state.fragments.get(name);
  const type = fragment && state.schema.getType(fragment.typeCondition.name.value);
  const cost = fragment && type && isCompositeType(type) ? selectionCost(state, type, fragment.selectionSet, pending) : 0;
  state.memo.set(key, cost);
  return cost;
}

function fieldCost(state: State, parent: GraphQLCompositeType, node: FieldNode, pending: number | undefined): number {
  const name = node.name.value;
  if (name.startsWith("__")) return 0; // __typename and introspection: bounded by the depth limit instead
  if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
  const field = parent.getFields()[name];
  if (!field) return 0;
  const named = getNamedType(field.type);
  const list = isListType(getNullableType(field.type));
  const size = argumentNumber(state, field, node, SIZE_ARGUMENTS);
  const depth = argumentNumber(state, field, node, DEPTH_ARGUMENTS);
  if (depth) {
    // A traversal costs its walk even when it returns a leaf (an export as a string).
    if (CAPPED_DEPTH_ARGUMENTS.includes(depth.name) && depth.value > state.options.maxTraversalDepth && !state.traversal) {
      state.traversal = { field: `${parent.name}.${name}`, argument: depth.name, max: state.options.maxTraversalDepth, found: depth.value, node };
    }
    const budget = size?.value ?? state.options.defaultListSize;
    const walk = Math.max(1, depth.value) * budget;
    if (!isCompositeType(named) || !node.selectionSet) return saturate(walk);
    const items = list ? budget : 1;
    return saturate(walk + items * selectionCost(state, named, node.selectionSet, budget));
  }
  if (!isCompositeType(named) || !node.selectionSet) return 0; // leaves are free
  if (list) {
    const items = size?.value ?? pending ?? state.options.defaultListSize;
    return saturate(items * (1 + selectionCost(state, named, node.selectionSet, undefined)));
  }
  return saturate(1 + selectionCost(state, named, node.selectionSet, size?.value ?? pending));
}

/** The first of `names` the field declares, with its value: literal, variable, schema default, or page-size default. */
function argumentNumber(
  state: State,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  names: readonly string[],
): { name: string; value: number } | undefined {
  for (const name of names) {
    const arg = field.args.find((a) => a.name === name);
    if (!arg) continue;
    const given = node.arguments?.find((a) => a.name.value === name);
    const literalValue = given ? literal(given.value, state.variables, state.defaults) : undefined;
    const value =
      typeof literalValue === "number"
        ? literalValue
        : typeof arg.defaultValue === "number"
          ? arg.defaultValue
          : name === "first"
            ? state.options.defaultPageSize
            : state.options.defaultListSize;
    return { name, value: clampCount(value) };
  }
  return undefined;
}

function literal(value: ValueNode, variables: Variables, defaults: Map<string, unknown> | undefined): unknown {
  switch (value.kind) {
    case Kind.INT:
    case Kind.FLOAT:
      return Number(value.value);
    case Kind.VARIABLE: {
      const name = value.name.value;
      const given = variables?.[name];
      return given !== undefined && given !== null ? given : defaults?.get(name);
    }
    default:
      return undefined;
  }
}

function clampCount(n: number): number {
  if (!Number.isFinite(n)) return n > 0 ? CEILING : 0;
  return Math.min(Math.max(0, Math.floor(n)), CEILING);
}

function saturate(n: number): number {
  return n >= CEILING || !Number.isFinite(n) ? CEILING : n;
}
