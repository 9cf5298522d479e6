// Keeps the one-way data flow honest: each layer imports only from layers to its left.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "../src");
const LAYERS = ["domain", "config", "ingest", "synthetic", "store", "extract", "graph", "analytics", "graphql", "server", "cli"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

function layerOf(path: string): string {
  const rel = relative(SRC, path).replace(/\\/g, "/");
  const top = rel.split("/")[0].replace(/\.ts$/, "");
  return top;
}

function imports(path: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(path, "utf8");
  const out: { spec: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gm)) out.push({ spec: m[3], typeOnly: !!m[2] });
  for (const m of text.matchAll(/^\s*import\s+"([^"]+)"/gm)) out.push({ spec: m[1], typeOnly: false });
  return out;
}

describe("architecture", () => {
  const all = files(SRC).filter((f) => layerOf(f) !== "web");

  it("imports point left only (domain <- ingest <- store <- extract <- graph <- analytics <- graphql <- server <- cli)", () => {
    const violations: string[] = [];
    for (const file of all) {
      const from = LAYERS.indexOf(layerOf(file));
      if (from < 0) violations.push(`${relative(SRC, file)} is in no known layer: add its folder to LAYERS`);
      for (const { spec, typeOnly } of imports(file)) {
        if (!spec.startsWith(".")) continue;
        const target = layerOf(resolve(join(file, ".."), spec) + ".ts");
        const to = LAYERS.indexOf(target);
        if (to < 0 || typeOnly) continue;
        if (to > from) violations.push(`${relative(SRC, file)} imports ${spec} (${target})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("extraction and ingest never touch graphology; analytics never touches type-graphql; resolvers never call graphology-metrics", () => {
    const violations: string[] = [];
    for (const file of all) {
      const layer = layerOf(file);
      for (const { spec } of imports(file)) {
        if ((layer === "extract" || layer === "ingest") && spec.startsWith("graphology")) violations.push(`${relative(SRC, file)}: ${spec}`);
        if (layer === "analytics" && (spec === "type-graphql" || spec.startsWith("@apollo"))) violations.push(`${relative(SRC, file)}: ${spec}`);
        if (layer === "graphql" && spec.startsWith("graphology-")) violations.push(`${relative(SRC, file)}: ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("the explorer (src/web) takes only types from the rest of the code: it talks to the server over HTTP", () => {
    const violations: string[] = [];
    for (const file of files(join(SRC, "web"))) {
      for (const { spec, typeOnly } of imports(file)) {
        if (spec.startsWith("../") && !typeOnly) violations.push(`${relative(SRC, file)} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
