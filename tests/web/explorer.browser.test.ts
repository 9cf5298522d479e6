// The explorer and the IDE in a real browser: Debian Chromium driven by playwright-core against the seed on a free port.
import "reflect-metadata";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildWeb } from "../../scripts/build-web";
import { analyticsFor } from "../../src/analytics";
import { EXPORT_ROUTES } from "../../src/server/export-routes";
import { PapergraphServer } from "../../src/server/http-server";
import { ideLandingPage } from "../../src/server/ide-landing-page";
import { StaticFiles, createStaticRoutes } from "../../src/server/static-routes";
import { seedStore } from "../helpers/seed";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = resolve(__dirname, "../..");
const ARTIFACTS = join(ROOT, "tests", "artifacts", "web");
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`tests/web: browser tests skipped: ${CHROMIUM} is missing. Install Debian's Chromium with \`apt-get install -y chromium\` (.ci/run does).`);
}

let server: PapergraphServer;
let base: string;
let browser: Browser;
let outDir: string;

/** Runs in the page (the test's own tsconfig has no DOM types): decodes a PNG and counts pixels with a clear hue. */
const COUNT_COLOURED_PIXELS = `async (base64) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(bitmap, 0, 0);
  const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 40) count++;
  }
  return count;
}`;

/** Pixels of the graph canvas with a clear hue (nodes), counted in the page from a screenshot with the overlays hidden. */
async function colouredPixels(page: Page): Promise<number> {
  const hide = await page.addStyleTag({ content: ".legend, .zoom, .status { visibility: hidden !important; }" });
  const png = await page.locator("#graph").screenshot();
  await hide.evaluate((element) => element.remove());
  return page.evaluate(`(${COUNT_COLOURED_PIXELS})(${JSON.stringify(png.toString("base64"))})`) as Promise<number>;
}

async function nodeCount(page: Page): Promise<number> {
  return Number(await page.getAttribute("#status", "data-nodes"));
}

describe.skipIf(!hasChromium)("the explorer in Chromium", () => {
  beforeAll(async () => {
    // A fresh bundle of the current sources, so the test never runs against a stale dist/ (and needs no `npm run build`).
    outDir = mkdtempSync(join(tmpdir(), "papergraph-web-"));
    await buildWeb({ root: ROOT, outDir, minify: false });
    const store = seedStore();
    analyticsFor(store).refreshNow();
    const files = new StaticFiles(outDir);
    server = new PapergraphServer({ routes: [...EXPORT_ROUTES, ...createStaticRoutes(files)], plugins: [ideLandingPage(files)] });
    await server.listen(0, "127.0.0.1");
    server.setStore(store);
    base = server.baseUrl();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-unsafe-swiftshader"],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("draws the overview, finds an entity, shows its papers and evidence, and expands a node", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${base}/`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    await page.waitForTimeout(500);

    // The overview is drawn: nodes in the state and coloured pixels on the canvas.
    const overview = await nodeCount(page);
    expect(overview).toBeGreaterThan(20);
    expect(await colouredPixels(page)).toBeGreaterThan(500);
    expect(await page.locator(".legend .legend-item").count()).toBe(5);

    // Search "pruning" and pick an entity (not a paper) from the suggestions.
    await page.locator(".topbar .search-input").fill("pruning");
    const entity = page.locator(".topbar .suggestion").filter({ hasNot: page.locator(".suggestion-kind", { hasText: /^paper$/ }) }).first();
    await entity.waitFor({ timeout: 10_000 });
    const picked = (await entity.locator(".suggestion-label").textContent())!;
    await entity.click();

    // The side panel shows the entity, its papers, and evidence sentences with the mention marked.
    await page.waitForSelector("#panel.open .evidence-item", { timeout: 15_000 });
    expect(await page.locator(".panel-title").textContent()).toBe(picked);
    expect(await page.locator("#panel .paper-list .node-link").count()).toBeGreaterThan(0);
    const sentence = page.locator("#panel .evidence-item .sentence").first();
    const mark = (await sentence.locator("mark").textContent())!;
    expect(mark.length).toBeGreaterThan(0);
    expect((await sentence.textContent())!).toContain(mark);
    expect(decodeURIComponent(new URL(page.url()).hash)).toMatch(/^#node=\w+:/);
    await page.waitForTimeout(400);
    expect(await colouredPixels(page)).toBeGreaterThan(300);

    // Select one of its papers from the panel, then expand it: its neighbours join the view. A paper whose
    // neighbours are all drawn already adds none (the status says so); then the next paper of the entity is tried.
    const papers = await page.locator("#panel .paper-list .node-link").count();
    let grew = false;
    for (let i = 0; i < Math.min(papers, 6) && !grew; i++) {
      if (i > 0) {
        await page.goBack();
        await page.waitForFunction(`document.querySelector(".panel-title")?.textContent === ${JSON.stringify(picked)}`, undefined, { timeout: 15_000 });
      }
      await page.locator("#panel .paper-list .node-link").nth(i).click();
      await page.locator(".kind-badge", { hasText: /^paper$/ }).waitFor({ timeout: 15_000 });
      const before = await nodeCount(page);
      // Blank the status line: the page rewrites it when the expansion lands, with what it added.
      await page.evaluate(`document.querySelector("#status").textContent = ""`);
      await page.locator("#expand-button").click();
      await page.waitForFunction(`/Added|already drawn|Error/.test(document.querySelector("#status").textContent)`, undefined, { timeout: 15_000 });
      grew = (await nodeCount(page)) > before;
    }
    expect(grew).toBe(true);

    // The camera moved onto the selected paper: the canvas must still show the graph.
    await page.waitForTimeout(600);
    expect(await colouredPixels(page)).toBeGreaterThan(300);
    await page.screenshot({ path: join(ARTIFACTS, "explorer.png") });

    // The PNG export composes sigma's layers: a real image, not an empty canvas.
    await page.click(".menu summary");
    const [png] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const pngPath = join(ARTIFACTS, "explorer-export.png");
    await png.saveAs(pngPath);
    expect(statSync(pngPath).size).toBeGreaterThan(20_000);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it("restores the selected node from the URL", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/#node=${encodeURIComponent("method:sparse-attention")}`);
    await page.waitForSelector("#panel.open .panel-title", { timeout: 30_000 });
    expect(await page.locator(".panel-title").textContent()).toBe("sparse attention");
    await page.close();
  }, 60_000);

  it("serves the GraphQL IDE with every request to the local server, the schema docs and the examples loaded", async () => {
    for (const path of ["/ide", "/graphql"]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(`${base}${path}`);
      // The docs explorer lists the root types once the schema has been introspected.
      await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).first().waitFor({ timeout: 30_000 });
      expect(await page.locator(".graphiql-query-editor").textContent()).toContain("query PaperCount");
      if (path === "/ide") {
        // The examples run by name (GraphiQL offers a menu when the editor holds several operations)...
        await page.click(".graphiql-execute-button");
        await page.locator("[role=menuitem]", { hasText: /^PaperCount$/ }).click();
        await page.locator(".result-window", { hasText: '"totalCount": 135' }).waitFor({ timeout: 15_000 });
        // ...and the editor completes field names from the schema.
        await page.click(".graphiql-query-editor .CodeMirror");
        await page.keyboard.press("Control+End");
        await page.keyboard.type("\nquery Typed { grap");
        await page.locator(".CodeMirror-hints li", { hasText: "graphStats" }).waitFor({ timeout: 10_000 });
        await page.screenshot({ path: join(ARTIFACTS, "ide.png") });
      }
      const remote = requests.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith("data:") && !url.startsWith("blob:"));
      expect(remote).toEqual([]);
      expect(requests.some((url) => url === `${base}/graphql`)).toBe(true);
      await page.close();
    }
  }, 90_000);
});
