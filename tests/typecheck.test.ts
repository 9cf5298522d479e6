// The whole tree type-checks (sources, tests, scripts, and the explorer with its DOM types): vitest strips types
// without checking them, so this is where a type error fails the suite.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = resolve(__dirname, "..");
const TSC = resolve(ROOT, "node_modules/typescript/bin/tsc");

describe("type-check", () => {
  for (const project of ["tsconfig.json", "src/web/tsconfig.json"]) {
    it(`${project} has no type errors`, async () => {
      const result = await run(process.execPath, [TSC, "-p", project, "--noEmit"], { cwd: ROOT }).then(
        () => "",
        (error: { stdout?: string }) => error.stdout ?? String(error),
      );
      expect(result).toBe("");
    }, 180_000);
  }
});
