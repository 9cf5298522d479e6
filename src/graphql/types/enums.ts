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
