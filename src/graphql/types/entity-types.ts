// The four concrete entity types. They share the Entity fields; Method adds who proposed it.
import { ObjectType } from "type-graphql";
import { Entity } from "./entity.interface";
import { Node } from "./node.interface";

@ObjectType("Method", { implements: [Node, Entity], description: "A method, model, architecture or technique." })
export class Method extends Entity {}

@ObjectType("Dataset", { implements: [Node, Entity], description: "A dataset or benchmark." })
export class Dataset extends Entity {}

@ObjectType("Task", { implements: [Node, Entity], description: "A task or research problem." })
export class Task extends Entity {}

@ObjectType("Concept", { implements: [Node, Entity], description: "A key concept discussed by papers." })
export class Concept extends Entity {}
