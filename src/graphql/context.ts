// What every resolver receives: the graph store of this server and the request's identity.
import type { GraphStore } from "../graph";

export interface GraphQLContext {
  store: GraphStore;
  requestId?: string;
}
