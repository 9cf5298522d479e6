// Where a worker thread's script is: the compiled JS beside the calling module under dist/, or its TypeScript source
// (run through swc) when papergraph runs from src/ (tests, npm run dev).
import { existsSync } from "node:fs";
import { join } from "node:path";

export interface WorkerEntry {
  file: string;
  execArgv: string[];
}

/** The script `name` (without extension) in `dir`, or undefined when neither form exists. */
export function workerEntry(dir: string, name: string): WorkerEntry | undefined {
  const js = join(dir, `${name}.js`);
  if (existsSync(js)) return { file: js, execArgv: [] };
  const ts = join(dir, `${name}.ts`);
  if (existsSync(ts)) {
    // The worker compiles the sources with swc. Its native binding is loaded here first: when a worker thread is the
    // first to load it, the binding is unloaded as that worker exits, and that crashes the process (seen under
    // vitest, whose own threads do not load it).
    require("@swc/core");
    return { file: ts, execArgv: ["-r", "@swc-node/register"] };
  }
  return undefined;
}
