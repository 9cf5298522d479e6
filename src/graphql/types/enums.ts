// GraphQL enums mirroring the domain vocabulary.
import { registerEnumType } from "type-graphql";

export enum EntityKindEnum {
  METHOD = "METHOD",
  DATASET = "DATASET",
  TASK = "TASK",
  CONCEPT = "CONCEPT",
}

export enum EdgeTypeEnum {
  PROPOSES = "PROPOSES",
  USES = "USES",
  COMPARES_WITH = "COMPARES_WITH",
  EVALUATES_ON = "EVALUATES_ON",
  INTRODUCES = "INTRODUCES",
  ADDRESSES = "ADDRESSES",
  MENTIONS = "MENTIONS",
}

registerEnumType(EntityKindEnum, {
  name: "EntityKind",
  description: "The kinds of entity extracted from papers.",
  valuesConfig: {
    METHOD: { description: "A method, model, architecture or established technique." },
    DATASET: { description: "A dataset or benchmark." },
    TASK: { description: "A task or problem that papers address." },
    CONCEPT: { description: "A key concept (noun phrase) of a paper." },
  },
});

registerEnumType(EdgeTypeEnum, {
  name: "EdgeType",
  description: "Typed relations from a paper to an entity.",
  valuesConfig: {
    PROPOSES: { description: "The paper introduces this method (its named contribution)." },
    USES: { description: "The paper uses or builds on this method." },
    COMPARES_WITH: { description: "The paper compares with this method as a baseline." },
    EVALUATES_ON: { description: "The paper reports results on this dataset or benchmark." },
    INTRODUCES: { description: "The paper releases this dataset or benchmark." },
    ADDRESSES: { description: "The paper addresses this task." },
    MENTIONS: { description: "The paper discusses this concept." },
  },
});

export enum ColorByEnum {
  KIND = "KIND",
  COMMUNITY = "COMMUNITY",
}

export enum EntityOrderEnum {
  PAPER_COUNT = "PAPER_COUNT",
  NAME = "NAME",
  PAGERANK = "PAGERANK",
}

export enum EntityRankingEnum {
  PAGERANK = "PAGERANK",
  DEGREE = "DEGREE",
  PAPER_COUNT = "PAPER_COUNT",
}

export enum ExportFormatEnum {
  GRAPHOLOGY_JSON = "GRAPHOLOGY_JSON",
  CYTOSCAPE_JSON = "CYTOSCAPE_JSON",
  GEXF = "GEXF",
}

registerEnumType(ColorByEnum, {
  name: "ColorBy",
  description: "How nodes are coloured in graph payloads.",
  valuesConfig: {
    KIND: { description: "One colour per node kind." },
    COMMUNITY: { description: "One colour per Louvain community." },
  },
});

registerEnumType(EntityOrderEnum, {
  name: "EntityOrder",
  description: "Orderings of entity lists.",
  valuesConfig: {
    PAPER_COUNT: { description: "Most linked papers first, then by name." },
    NAME: { description: "Alphabetical by name." },
    PAGERANK: { description: "Most central first (PageRank over the paper-entity graph)." },
  },
});

registerEnumType(EntityRankingEnum, {
  name: "EntityRanking",
  description: "Measures to rank entities by.",
  valuesConfig: {
    PAGERANK: { description: "PageRank over the undirected paper-entity graph." },
    DEGREE: { description: "Number of distinct neighbours." },
    PAPER_COUNT: { description: "Number of linked papers." },
  },
});

registerEnumType(ExportFormatEnum, {
  name: "ExportFormat",
  description: "Serialisations of the graph for other tools.",
  valuesConfig: {
    GRAPHOLOGY_JSON: { description: "graphology's serialized JSON (`graph.import()` reads it; sigma.js draws it)." },
    CYTOSCAPE_JSON: { description: "Cytoscape.js `elements` JSON with positions." },
    GEXF: { description: "GEXF 1.3 XML with viz positions, sizes and colours, for Gephi." },
  },
});
