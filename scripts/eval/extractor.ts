// Loads the extractor under evaluation at run time, so the scripts can explain its absence instead of crashing.
import { existsSync } from "node:fs";
import path from "node:path";
import type { ExtractionResult } from "../../src/domain/extraction";
import type { Paper } from "../../src/domain/paper";

export type ExtractPaper = (paper: Paper) => ExtractionResult;

export const PIPELINE_MODULE = path.resolve(__dirname, "../../src/extract/pipeline");

/**
 * extractPaper from the pipeline (or from another module exporting it, to compare extractors), or undefined
 * when the module does not exist yet.
 */
export function loadExtractor(modulePath: string = PIPELINE_MODULE): ExtractPaper | undefined {
  const base = path.resolve(modulePath).replace(/\.(ts|js)$/, "");
  if (!existsSync(`${base}.ts`) && !existsSync(`${base}.js`)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(base) as { extractPaper?: unknown };
  if (typeof mod.extractPaper !== "function") {
    throw new Error(`${base}: expected an exported function extractPaper(paper)`);
  }
  return mod.extractPaper as ExtractPaper;
}
