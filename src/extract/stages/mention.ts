// The intermediate record every stage emits: one surface form in one sentence, with a guessed kind and role.
import type { EdgeType, EntityKind } from "../../domain";

/** Where a mention came from; decides precedence when two mentions overlap (lower rank wins). */
export type MentionSource = "contribution" | "acronym" | "vocabulary" | "pattern" | "name" | "head-noun" | "noun-phrase";

export const SOURCE_RANK: Record<MentionSource, number> = {
  contribution: 0,
  acronym: 1,
  vocabulary: 2,
  pattern: 3,
  name: 4,
  "head-noun": 5,
  "noun-phrase": 6,
};

export interface Mention {
  sentence: number;
  /** Offsets in the sentence text: sentence.slice(start, end) === surface. */
  start: number;
  end: number;
  surface: string;
  kind: EntityKind;
  relation: EdgeType;
  /** Canonical name when known (an acronym's long form, a vocabulary entry); else the surface is the name. */
  name?: string;
  /** Acronym defined for this mention's entity in this paper. */
  acronym?: string;
  confidence: number;
  source: MentionSource;
  /** A problem the paper is about (its title names it): the entity is a task even where the word is generic. */
  topic?: boolean;
  /** Right after a negation ("without any X", "no need for X"): what the paper does without (negated-mentions.ts). */
  negated?: boolean;
  /** Stated as the paper's problem ("the problem of X", "X is a fundamental problem"). */
  statement?: boolean;
  /** A conjunct expanded with the head it shares ("6D pose [and size] estimation"): its span, the whole coordination,
   * overlaps the other conjunct's, and both stand. */
  coordinated?: boolean;
  /** The task phrase of the title's purpose slot ("... in Long-context LLM Prefilling"): it stands beside the names of
   * other kinds inside it ("LLM"), which it does not compete with. */
  titleTask?: boolean;
  /** A task named by the noun after it ("compositional reinforcement learning problems", "MRI reconstruction tasks"): as
   * a title task, it stands beside the names of other kinds inside it ("reinforcement learning"). */
  framed?: boolean;
}
