// Replacing a function Apollo Server looks up on a module object at each call (its request pipeline calls
// `(0, module_1.fn)(...)`), once per process: how papergraph swaps in its own versions of Apollo internals.
import path from "node:path";

const outcomes = new Map<string, boolean>();

/**
 * Puts make(original) in place of the function exported as `name` by `request`, resolved from Apollo Server's own
 * directory (a path relative to it, or a package it depends on). Done once per module and name; returns whether it
 * is in place (false, leaving Apollo as it is, when the module or the function is missing).
 */
export function replaceApolloExport<F extends (...args: never[]) => unknown>(request: string, name: string, make: (original: F) => F): boolean {
  const key = `${request}#${name}`;
  const known = outcomes.get(key);
  if (known !== undefined) return known;
  outcomes.set(key, false);
  let module: Record<string, unknown>;
  try {
    module = require(require.resolve(request, { paths: [path.dirname(require.resolve("@apollo/server"))] }));
  } catch {
    return false;
  }
  const original = module[name];
  if (typeof original !== "function") return false;
  module[name] = make(original as F);
  outcomes.set(key, true);
  return true;
}
