// type-graphql passes every argument through an async validation step, even with validation off, so each resolver
// taking an argument returns a promise: a paper's detail resolves five of them, each with its microtask hops, a
// race against the execution deadline and their garbage. papergraph's resolvers use no middlewares, guards or
// validation, so each one whose parameters are plain (arguments, argument classes, context, root) is called
// directly instead, with the same parameters type-graphql would pass (arguments as given; argument classes as the
// arguments object). Resolvers outside that shape keep type-graphql's wrapper.
import { isInterfaceType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

interface ParamMetadata {
  kind: string;
  index: number;
  name?: string;
  propertyName?: string;
  validateSettings?: unknown;
  validateFn?: unknown;
}

interface HandlerMetadata {
  kind?: string;
  target: new () => Record<string, (...params: unknown[]) => unknown>;
  methodName: string;
  schemaName: string;
  params?: ParamMetadata[];
  middlewares?: unknown[];
  roles?: unknown[];
  getObjectType?: () => unknown;
}

interface Storage {
  queries: HandlerMetadata[];
  mutations: HandlerMetadata[];
  fieldResolvers: HandlerMetadata[];
  objectTypes: { target: unknown; name: string }[];
  interfaceTypes: { target: unknown; name: string }[];
}

const PLAIN_PARAMS = new Set(["arg", "args", "context", "root"]);

/** Replaces the resolvers it can with direct calls; returns how many fields it changed. */
export function makeResolversSynchronous(schema: GraphQLSchema): number {
  const storage = getMetadataStorage() as unknown as Storage;
  const instances = new Map<HandlerMetadata["target"], Record<string, (...params: unknown[]) => unknown>>();
  const instance = (target: HandlerMetadata["target"]) => {
    let made = instances.get(target);
    if (!made) instances.set(target, (made = new target()));
    return made;
  };
  let changed = 0;
  const assign = (typeNames: string[], handler: HandlerMetadata) => {
    const resolve = directCall(handler, instance);
    if (!resolve) return;
    for (const typeName of typeNames) {
      const type = schema.getType(typeName);
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[handler.schemaName] : undefined;
      if (!field) continue;
      field.resolve = resolve;
      changed++;
    }
  };
  for (const query of storage.queries) assign(["Query"], query);
  for (const mutation of storage.mutations) assign(["Mutation"], mutation);
  // Interface fields first (onto the interface and the types implementing it), then object types' own.
  const external = storage.fieldResolvers.filter((f) => f.kind === "external" && f.getObjectType);
  for (const field of external) {
    const iface = storage.interfaceTypes.find((t) => t.target === field.getObjectType!());
    const type = iface && schema.getType(iface.name);
    if (isInterfaceType(type)) assign([type.name, ...schema.getImplementations(type).objects.map((o) => o.name)], field);
  }
  for (const field of external) {
    const object = storage.objectTypes.find((t) => t.target === field.getObjectType!());
    if (object) assign([object.name], field);
  }
  return changed;
}

function directCall(
  handler: HandlerMetadata,
  instance: (target: HandlerMetadata["target"]) => Record<string, (...params: unknown[]) => unknown>,
): GraphQLFieldResolver<unknown, unknown> | undefined {
  const params = [...(handler.params ?? [])].sort((a, b) => a.index - b.index);
  const plain = params.every((p) => PLAIN_PARAMS.has(p.kind) && p.validateSettings === undefined && p.validateFn === undefined);
  if (!plain || (handler.middlewares?.length ?? 0) > 0 || handler.roles !== undefined) return undefined;
  const target = instance(handler.target);
  const method = target[handler.methodName];
  const read = params.map((p): ((root: unknown, args: Record<string, unknown>, context: unknown) => unknown) => {
    switch (p.kind) {
      case "arg":
        return (_root, args) => args[p.name!];
      case "args":
        return (_root, args) => args;
      case "context":
        return p.propertyName ? (_root, _args, context) => (context as Record<string, unknown>)[p.propertyName!] : (_root, _args, context) => context;
      default:
        return p.propertyName ? (root) => (root as Record<string, unknown>)[p.propertyName!] : (root) => root;
    }
  });
  return (root, args, context) => method.apply(target, read.map((r) => r(root, args as Record<string, unknown>, context)));
}
