// What addPapers and removePaper answer: a status per input, and the graph diff the change made.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Entity } from "./entity.interface";
import { EdgeTypeEnum } from "./enums";
import { EvidenceSentence } from "./evidence.type";
import { Paper } from "./paper.type";

export enum PaperInputStatus {
  ADDED = "ADDED",
  UPDATED = "UPDATED",
  REJECTED = "REJECTED",
}

registerEnumType(PaperInputStatus, {
  name: "PaperInputStatus",
  description: "What happened to one input of addPapers.",
  valuesConfig: {
    ADDED: { description: "A new paper, stored and added to the graph." },
    UPDATED: { description: "Replaced an existing paper with the same id or normalised title." },
    REJECTED: { description: "Not stored: see reason, field and limit." },
  },
});

@ObjectType("PaperInputResult", { description: "The outcome for one input of addPapers, in input order." })
export class PaperInputResult {
  @Field(() => Int, { description: "Position of the input in the papers argument (0-based)." })
  index!: number;

  @Field(() => PaperInputStatus, { description: "Added, updated or rejected." })
  status!: PaperInputStatus;

  @Field(() => String, { nullable: true, description: "Why the input was rejected." })
  reason?: string;

  @Field(() => String, { nullable: true, description: "The offending field of a rejected input." })
  field?: string;

  @Field(() => String, { nullable: true, description: "The limit a rejected input broke (e.g. maxAbstractChars)." })
  limit?: string;

  @Field(() => Paper, { nullable: true, description: "The paper as now in the graph (null when rejected)." })
  paper?: Paper;
}

@ObjectType("AliasAdded", { description: "A surface form an existing entity gained." })
export class AliasAdded {
  @Field(() => Entity, { description: "The entity." })
  entity!: Entity;

  @Field(() => String, { description: "The new alias." })
  alias!: string;
}

@ObjectType("EdgeAdded", { description: "A new relation from a paper to an entity, with its evidence." })
export class EdgeAdded {
  @Field(() => ID, { description: "The edge's key." })
  id!: string;

  @Field(() => EdgeTypeEnum, { description: "The relation." })
  type!: EdgeTypeEnum;

  @Field(() => Paper, { description: "The paper." })
  paper!: Paper;

  @Field(() => Entity, { description: "The entity." })
  entity!: Entity;

  @Field(() => Boolean, { description: "Whether the entity was created by this change (false: it already existed, linking the paper to the rest of the graph)." })
  newEntity!: boolean;

  @Field(() => Float, { description: "0..1: how sure the extractor is of this link." })
  confidence!: number;

  @Field(() => Float, { description: "Strength of the link." })
  weight!: number;

  @Field(() => [EvidenceSentence], { description: "The supporting sentences." })
  evidence!: EvidenceSentence[];
}

@ObjectType("GraphDiff", { description: "What a change did to the graph." })
export class GraphDiffType {
  @Field(() => [ID], { description: "Global ids of papers added." })
  papersAdded!: string[];

  @Field(() => [ID], { description: "Global ids of papers replaced by a new version." })
  papersUpdated!: string[];

  @Field(() => [ID], { description: "Global ids of papers removed." })
  papersRemoved!: string[];

  @Field(() => [Entity], { description: "Entities created by this change." })
  entitiesCreated!: Entity[];

  @Field(() => [Entity], { description: "Entities that already existed and that the new papers were merged into (linked to)." })
  entitiesMerged!: Entity[];

  @Field(() => [AliasAdded], { description: "Aliases existing entities gained." })
  aliasesAdded!: AliasAdded[];

  @Field(() => [ID], { description: "Global ids of entities removed because no paper links to them any more." })
  entitiesRemoved!: string[];

  @Field(() => [EdgeAdded], { description: "Edges added, with their evidence." })
  edgesAdded!: EdgeAdded[];

  @Field(() => [ID], { description: "Keys of edges removed." })
  edgesRemoved!: string[];
}

@ObjectType("AddPapersPayload", { description: "The result of addPapers." })
export class AddPapersPayload {
  @Field(() => [PaperInputResult], { description: "One result per input, in input order." })
  results!: PaperInputResult[];

  @Field(() => Int, { description: "Inputs added as new papers." })
  added!: number;

  @Field(() => Int, { description: "Inputs that updated existing papers." })
  updated!: number;

  @Field(() => Int, { description: "Inputs rejected." })
  rejected!: number;

  @Field(() => String, { nullable: true, description: "Id of the corpus-store batch the accepted papers were written in (null when none was)." })
  batchId?: string;

  @Field(() => GraphDiffType, { description: "What the accepted papers changed in the graph." })
  diff!: GraphDiffType;
}

@ObjectType("RemovePaperPayload", { description: "The result of removePaper." })
export class RemovePaperPayload {
  @Field(() => ID, { description: "Global id of the removed paper." })
  id!: string;

  @Field(() => Boolean, { description: "Whether a paper was removed (false: there was no such paper)." })
  removed!: boolean;

  @Field(() => GraphDiffType, { description: "What the removal changed in the graph." })
  diff!: GraphDiffType;
}
