// What every resolver receives: the graph store of this server and the request's identity.
import type { GraphStore } from "../graph";
import type { CorpusStore } from "../store";
import type { IngestLimits } from "../domain";
import type { QueryBudget } from "./limits/query-budget";

export interface GraphQLContext {
  store: GraphStore;
  requestId?: string;
  /** The request's Authorization header, checked by mutations only (queries stay open). */
  authorization?: string;
  /** The key mutations require (PAPERGRAPH_API_KEY); mutations are disabled without one. */
  apiKey?: string;
  /** The durable corpus that mutations append to before changing the graph; mutations are disabled without one. */
  corpus?: CorpusStore;
  /** Limits on mutation input; DEFAULT_INGEST_LIMITS when absent. */
  ingestLimits?: IngestLimits;
  /** This operation's cost meter and execution deadline (set per request by the server's limits plugin). */
  budget?: QueryBudget;
  /** What the server records about this operation for its logs and metrics (filled by its plugins). */
  trace?: OperationTrace;
}

export interface OperationTrace {
  operationName?: string | null;
  /** extensions.code of each error in the response. */
  errorCodes: string[];
}
