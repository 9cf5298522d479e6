// A validation rule bounding how often one response name repeats in a selection set (fragments flattened): graphql-js
// compares every pair of same-named fields to check they merge, so 500 copies of one field cost ~100 ms to validate.
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from "graphql";

export interface RepeatedFieldsOptions {
  max: number;
  onReject: (context: ValidationContext, error: GraphQLError, found: number) => void;
}

export function repeatedFieldsRule(options: RepeatedFieldsOptions) {
  return (context: ValidationContext): ASTVisitor => {
    const fragmentCounts = new Map<string, Map<string, number>>();
    let reported = false;

    /** Response name -> occurrences directly in this set, through inline fragments and spreads. */
    const countsOf = (set: SelectionSetNode, visiting: Set<string>): Map<string, number> => {
      const counts = new Map<string, number>();
      const add = (name: string, n: number) => counts.set(name, (counts.get(name) ?? 0) + n);
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) add((selection.alias ?? selection.name).value, 1);
        else if (selection.kind === Kind.INLINE_FRAGMENT) for (const [k, n] of countsOf(selection.selectionSet, visiting)) add(k, n);
        else {
          const name = selection.name.value;
          if (visiting.has(name)) continue;
          let inner = fragmentCounts.get(name);
          if (!inner) {
            const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
            if (!fragment) continue;
            visiting.add(name);
            inner = countsOf(fragment.selectionSet, visiting);
            visiting.delete(name);
            fragmentCounts.set(name, inner);
          }
          for (const [k, n] of inner) add(k, n);
        }
      }
      return counts;
    };

    return {
      SelectionSet(node) {
        if (reported) return false;
        for (const [name, n] of countsOf(node, new Set())) {
          if (n > options.max) {
            reported = true;
            options.onReject(context, new GraphQLError(`Field "${name.slice(0, 100)}" is selected ${n} times in one selection set, more than the limit of ${options.max} (maxRepeatedFields).`, { nodes: [node] }), n);
            return false;
          }
        }
        return undefined;
      },
    };
  };
}
