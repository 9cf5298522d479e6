// Apollo landing-page plugin: a browser's GET /graphql gets the bundled GraphiQL page instead of Apollo's CDN-hosted one.
import type { ApolloServerPlugin } from "@apollo/server";
import type { StaticFiles } from "./static-routes";

const MISSING_BUILD =
  '<!doctype html><meta charset="utf-8"><title>papergraph</title><pre>The GraphQL IDE has not been built: run `npm run build`, then reload.\nThe API answers POST /graphql.</pre>';

/** Apollo serves this page for GET /graphql with Accept: text/html; POST /graphql (the API) is unchanged. */
export function ideLandingPage<T extends object>(files: StaticFiles): ApolloServerPlugin<T> {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: async () => (await files.page("ide.html")) ?? MISSING_BUILD };
        },
      };
    },
  };
}
