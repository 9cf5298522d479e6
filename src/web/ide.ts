// The offline GraphQL IDE: GraphiQL bundled from npm, schema docs open, the named examples of schema/examples.graphql loaded.
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL, type GraphiQLProps } from "graphiql";
import "graphiql/graphiql.css";

/** schema/examples.graphql, inlined by the build. */
declare const __PAPERGRAPH_EXAMPLES__: string;

const fetcher: GraphiQLProps["fetcher"] = async (params) => {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(params),
  });
  return response.json();
};

const logo = createElement(GraphiQL.Logo, null, createElement("a", { href: "/", title: "Back to the explorer", className: "ide-brand" }, "papergraph"));

createRoot(document.getElementById("ide")!).render(
  createElement(
    GraphiQL,
    {
      fetcher,
      defaultQuery: __PAPERGRAPH_EXAMPLES__,
      visiblePlugin: "Documentation Explorer",
      defaultEditorToolsVisibility: false,
      shouldPersistHeaders: false,
    },
    logo,
  ),
);
