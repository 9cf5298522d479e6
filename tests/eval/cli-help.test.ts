// The eval CLI's help: how to pick the gold file, and how to get JSON without npm's banner.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const REPO = path.resolve(__dirname, "../..");

describe("eval-extraction --help", () => {
  const run = spawnSync(process.execPath, ["-r", "@swc-node/register", "scripts/eval-extraction.ts", "--help"], {
    cwd: REPO,
    encoding: "utf8",
  });

  it("exits cleanly with the usage on stdout", () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run eval:extraction/);
  });
  it("documents --gold with the held-out set", () => {
    expect(run.stdout).toContain("--gold PATH");
    expect(run.stdout).toContain("tests/fixtures/gold/heldout-gold.jsonl");
  });
  it("documents silent npm for --json output", () => {
    expect(run.stdout).toContain("npm run -s eval:extraction -- ");
    expect(run.stdout).toMatch(/--json[^\n]*\n[^\n]*npm run -s/);
  });
});
