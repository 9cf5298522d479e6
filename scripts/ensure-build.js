// Builds dist/ before `npm start` when it is missing or older than the sources, so a fresh clone starts with one command.
const { statSync, readdirSync, existsSync } = require("node:fs");
const { join } = require("node:path");
const { execSync } = require("node:child_process");

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const root = join(__dirname, "..");
const marker = join(root, "dist", "cli", "main.js");
const web = join(root, "dist", "web", "index.html");
const stale =
  !existsSync(marker) ||
  !existsSync(web) ||
  Math.max(newest(join(root, "src")), statSync(join(root, "schema", "examples.graphql")).mtimeMs) > Math.min(statSync(marker).mtimeMs, statSync(web).mtimeMs);
if (stale) {
  console.error("papergraph: building dist/ (first start or sources changed) ...");
  execSync("npm run build --silent", { cwd: root, stdio: "inherit" });
}
