// What one change did to the graph: returned by the builder so callers can report it.

export interface AliasChange {
  entity: string;
  alias: string;
}

export interface GraphDiff {
  papersAdded: string[];
  papersUpdated: string[];
  papersRemoved: string[];
  entitiesCreated: string[];
  entitiesRemoved: string[];
  aliasesAdded: AliasChange[];
  edgesAdded: string[];
  edgesRemoved: string[];
}

export function emptyDiff(): GraphDiff {
  return {
    papersAdded: [],
    papersUpdated: [],
    papersRemoved: [],
    entitiesCreated: [],
    entitiesRemoved: [],
    aliasesAdded: [],
    edgesAdded: [],
    edgesRemoved: [],
  };
}
