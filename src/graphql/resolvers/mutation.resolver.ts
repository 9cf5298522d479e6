// Mutations that grow or shrink the graph: validate, extract, append durably to the corpus store, then update the graph incrementally.
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { ExtractionResult, Paper } from "../../domain";
import { InvalidInputError, paperKey, slugify } from "../../domain";
import { extractPaper } from "../../extract";
import { PaperRecordError, validatePaperRecord } from "../../ingest/jsonl";
import type { GraphQLContext } from "../context";
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from "../../domain";
import { mergeDiffs, toGraphDiff } from "../map-graph-diff";
import { toPaper } from "../mappers";
import { requireApiKey } from "../require-api-key";
import { PaperInput } from "../inputs/paper.input";
import { AddPapersPayload, PaperInputResult, PaperInputStatus, RemovePaperPayload } from "../types/add-papers-payload.type";

type Checked = { index: number; paper: Paper } | { index: number; rejected: Omit<PaperInputResult, "index" | "status"> };

/** One input against the JSON Lines record rules and the length limits; a failure rejects only this input. */
function check(input: PaperInput, index: number, limits: IngestLimits): Checked {
  if (input.title.length > limits.maxTitleChars) {
    return { index, rejected: { field: "title", limit: "maxTitleChars", reason: `title has ${input.title.length} characters; the limit maxTitleChars is ${limits.maxTitleChars}` } };
  }
  if ((input.abstract?.length ?? 0) > limits.maxAbstractChars) {
    return {
      index,
      rejected: { field: "abstract", limit: "maxAbstractChars", reason: `abstract has ${input.abstract!.length} characters; the limit maxAbstractChars is ${limits.maxAbstractChars}` },
    };
  }
  try {
    const { givenId, ...fields } = validatePaperRecord({ ...input });
    const paper: Paper = { id: givenId ?? slugify(fields.title), ...fields, source: "api:addPapers" };
    for (const k of ["url", "published", "venue"] as const) if (paper[k] === undefined) delete paper[k];
    return { index, paper };
  } catch (error) {
    if (!(error instanceof PaperRecordError)) throw error;
    return { index, rejected: { field: error.field, reason: error.message } };
  }
}

@Resolver()
export class MutationResolver {
  @Mutation(() => AddPapersPayload, {
    description:
      "Adds papers (or updates those with the same id or normalised title): each valid input is stored durably, extracted and merged into the graph; " +
      "invalid ones are rejected individually. Requires `Authorization: Bearer <PAPERGRAPH_API_KEY>`.",
  })
  async addPapers(
    @Arg("papers", () => [PaperInput], { description: "The papers, at most maxBatchSize (100 by default) per call." }) papers: PaperInput[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<AddPapersPayload> {
    const corpus = requireApiKey(ctx, "addPapers");
    const limits = ctx.ingestLimits ?? DEFAULT_INGEST_LIMITS;
    if (papers.length > limits.maxBatchSize) {
      throw new InvalidInputError(`addPapers: ${papers.length} papers; the limit maxBatchSize is ${limits.maxBatchSize} per call`, {
        argument: "papers",
        limit: "maxBatchSize",
      });
    }
    const bytes = Buffer.byteLength(JSON.stringify(papers), "utf8");
    if (bytes > limits.maxBatchBytes) {
      throw new InvalidInputError(`addPapers: ${bytes} bytes of paper data; the limit maxBatchBytes is ${limits.maxBatchBytes} per call`, {
        argument: "papers",
        limit: "maxBatchBytes",
      });
    }
    const checked = papers.map((input, i) => check(input, i, limits));
    // Extraction is pure and runs first, so a paper the graph cannot take never reaches the store.
    const accepted: { index: number; result: ExtractionResult }[] = [];
    for (const c of checked) if ("paper" in c) accepted.push({ index: c.index, result: extractPaper(c.paper) });
    const receipt = accepted.length > 0 ? await corpus.append(accepted.map((a) => a.result.paper)) : undefined;
    // Acknowledged by the store (fsynced): now the graph, incrementally; the search index follows in addAll.
    const diffs = ctx.store.addAll(accepted.map((a) => a.result));
    const byIndex = new Map(accepted.map((a, i) => [a.index, diffs[i]]));
    const results: PaperInputResult[] = checked.map((c) => {
      if ("rejected" in c) return { index: c.index, status: PaperInputStatus.REJECTED, ...c.rejected };
      const diff = byIndex.get(c.index)!;
      const key = diff.papersUpdated[0] ?? diff.papersAdded[0] ?? paperKey(c.paper.id);
      const attrs = ctx.store.paper(key);
      return {
        index: c.index,
        status: diff.papersUpdated.length > 0 ? PaperInputStatus.UPDATED : PaperInputStatus.ADDED,
        paper: attrs ? toPaper(key, attrs) : undefined,
      };
    });
    const count = (s: PaperInputStatus) => results.filter((r) => r.status === s).length;
    return {
      results,
      added: count(PaperInputStatus.ADDED),
      updated: count(PaperInputStatus.UPDATED),
      rejected: count(PaperInputStatus.REJECTED),
      batchId: receipt?.batchId,
      diff: toGraphDiff(ctx.store, mergeDiffs(diffs)),
    };
  }

  @Mutation(() => RemovePaperPayload, {
    description: "Removes a paper (a tombstone in the corpus store) and the entities only it linked to. Requires `Authorization: Bearer <PAPERGRAPH_API_KEY>`.",
  })
  async removePaper(
    @Arg("id", () => ID, { description: "Global id (paper:...) or the paper's own id." }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RemovePaperPayload> {
    const corpus = requireApiKey(ctx, "removePaper");
    const key = ctx.store.resolvePaperKey(id);
    const paper = key ? ctx.store.paper(key) : undefined;
    if (!key || !paper) return { id: id.startsWith("paper:") ? id : paperKey(id), removed: false, diff: toGraphDiff(ctx.store, mergeDiffs([])) };
    await corpus.remove([paper.id], { titles: [paper.title] });
    const diff = ctx.store.removePaper(paper.id);
    return { id: key, removed: true, diff: toGraphDiff(ctx.store, diff) };
  }
}
