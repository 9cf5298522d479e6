// Bundles the explorer and the GraphQL IDE into dist/web with esbuild: content-hashed assets, the HTML pages that load
// them, and gzip copies. Run by `npm run build`; the browser test calls buildWeb() directly.
import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export interface BuildWebOptions {
  /** The repository root (where src/web and schema/ are). */
  root?: string;
  /** Where the pages and assets go: <root>/dist/web by default. */
  outDir?: string;
  minify?: boolean;
}

export interface BuildWebResult {
  outDir: string;
  /** Asset file names by entry: explorer.js, explorer.css, ide.js, ide.css. */
  assets: Record<string, string>;
  ms: number;
}

const ENTRIES = { explorer: "src/web/main.ts", ide: "src/web/ide.ts" } as const;
const PAGES = { "index.html": "src/web/index.html", "ide.html": "src/web/ide.html" } as const;
/** Below this size a gzip copy is not worth a second file. */
const GZIP_MIN_BYTES = 1024;

export async function buildWeb(options: BuildWebOptions = {}): Promise<BuildWebResult> {
  const t0 = performance.now();
  const root = options.root ?? resolve(__dirname, "..");
  const outDir = options.outDir ?? join(root, "dist", "web");
  const assetsDir = join(outDir, "assets");
  rmSync(assetsDir, { recursive: true, force: true });
  mkdirSync(assetsDir, { recursive: true });
  const examples = readFileSync(join(root, "schema", "examples.graphql"), "utf8");
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(root, file)])),
    bundle: true,
    format: "iife",
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    minify: options.minify ?? true,
    sourcemap: "linked",
    outdir: assetsDir,
    entryNames: "[name]-[hash]",
    assetNames: "[name]-[hash]",
    loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".svg": "file", ".png": "file" },
    define: { "process.env.NODE_ENV": '"production"', __PAPERGRAPH_EXAMPLES__: JSON.stringify(examples) },
    legalComments: "linked",
    metafile: true,
    logLevel: "silent",
  });
  const assets: Record<string, string> = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    const entry = Object.entries(ENTRIES).find(([, source]) => resolve(root, output.entryPoint!) === resolve(root, source));
    if (!entry) continue;
    assets[`${entry[0]}.js`] = basename(file);
    if (output.cssBundle) assets[`${entry[0]}.css`] = basename(output.cssBundle);
  }
  for (const [page, source] of Object.entries(PAGES)) {
    const html = readFileSync(join(root, source), "utf8").replace(/\{\{([\w.]+)\}\}/g, (_, name: string) => {
      if (!assets[name]) throw new Error(`build-web: ${source} refers to {{${name}}}, which the bundle did not produce`);
      return `/assets/${assets[name]}`;
    });
    writeFileSync(join(outDir, page), html);
  }
  for (const file of readdirSync(assetsDir)) {
    const path = join(assetsDir, file);
    const data = readFileSync(path);
    if (data.length >= GZIP_MIN_BYTES && !file.endsWith(".gz") && !file.endsWith(".map")) writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  }
  return { outDir: relative(process.cwd(), outDir) || ".", assets, ms: Math.round(performance.now() - t0) };
}

if (typeof require !== "undefined" && typeof module !== "undefined" && require.main === module) {
  buildWeb().then(
    (r) => console.error(`build-web: ${Object.values(r.assets).join(", ")} -> ${r.outDir} in ${r.ms} ms`),
    (error: unknown) => {
      console.error(`build-web: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
