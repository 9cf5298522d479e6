// The real server in a child process on loopback: time from process start to /readyz, then stop it by its pid.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { REPO } from "./corpora";

export interface RunningServer {
  url: string;
  /** Milliseconds from spawning the process to the first 200 from /readyz. */
  readyMs: number;
  /** The server's stdout and stderr so far (start-up lines, warnings, a crash's stack), the last 20,000 characters. */
  output: () => string;
  /** Whether the process is still running (a server must never die under load; the suite checks after each load). */
  alive: () => boolean;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Builds dist/ when it is missing or older than the sources, as `npm start` does (scripts/ensure-build.js). */
export function ensureBuild(): void {
  execFileSync(process.execPath, [path.join(REPO, "scripts/ensure-build.js")], { cwd: REPO, stdio: "inherit" });
}

export async function startServerProcess(corpus: string, dataDir: string, timeoutMs = 600_000): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    // As `npm start` runs it: the compiled dist/ (see src/cli/main.ts on the V8 flags). Compiling src/ on the fly
    // instead added about 0.35 s to every start.
    ["--no-memory-reducer", "--max-semi-space-size=64", path.join(REPO, "dist/cli/main.js"), "serve", "--corpus", corpus, "--port", String(port)],
    { cwd: REPO, env: { ...process.env, PAPERGRAPH_DATA_DIR: dataDir, NODE_ENV: "production", LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", (code, signal) => (keep(Buffer.from(`\n[server process exited: ${signal ?? `code ${code}`}]\n`)), resolve())));
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (performance.now() - started > timeoutMs) {
      child.kill("SIGKILL");
      throw new Error(`server not ready after ${timeoutMs} ms:\n${output}`);
    }
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const readyMs = performance.now() - started;
  return {
    url: `${base}/graphql`,
    readyMs,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
