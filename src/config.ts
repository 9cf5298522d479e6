// The only reader of process.env: resolves papergraph's configuration, validates it, and fails fast naming the variable.
import { resolve } from "node:path";

export interface Config {
  /** HTTP port (PORT). */
  port: number;
  /** Interface to bind (HOST); loopback by default so a fresh start is not exposed. */
  host: string;
  /** Corpus files loaded at start (PAPERGRAPH_CORPUS, comma-separated); the embedded seed by default. */
  corpusFiles: string[];
  /** "production" masks internal errors and turns field suggestions off (NODE_ENV). */
  environment: "development" | "production" | "test";
  /** Log level for the JSON logger (LOG_LEVEL). */
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Key that mutations require as `Authorization: Bearer <key>`; mutations are refused when unset (PAPERGRAPH_API_KEY). */
  apiKey?: string;
  /** Where papergraph keeps its writable state (PAPERGRAPH_DATA_DIR, default ./var). */
  dataDir: string;
}

export const SEED_CORPUS = resolve(__dirname, "..", "data", "corpus", "daily-papers-sparse.txt");

export const DEFAULTS: Config = {
  port: 4000,
  host: "127.0.0.1",
  corpusFiles: [SEED_CORPUS],
  environment: "development",
  logLevel: "info",
  dataDir: resolve("var"),
};

export class ConfigError extends Error {}

function parsePort(value: string, variable: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 0 || n > 65535) {
    throw new ConfigError(`${variable} must be an integer from 0 to 65535, got "${value}"`);
  }
  return n;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], variable: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`${variable} must be one of ${allowed.join(", ")}, got "${value}"`);
  }
  return value as T;
}

/** Reads the environment (process.env by default) over DEFAULTS; throws ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const config: Config = { ...DEFAULTS };
  if (env.PORT !== undefined && env.PORT !== "") config.port = parsePort(env.PORT, "PORT");
  if (env.HOST) config.host = env.HOST;
  if (env.PAPERGRAPH_CORPUS) {
    config.corpusFiles = env.PAPERGRAPH_CORPUS.split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((p) => resolve(p));
  }
  if (env.NODE_ENV) {
    config.environment = oneOf(env.NODE_ENV, ["development", "production", "test"] as const, "NODE_ENV");
  }
  if (env.LOG_LEVEL) {
    config.logLevel = oneOf(
      env.LOG_LEVEL,
      ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const,
      "LOG_LEVEL",
    );
  }
  if (env.PAPERGRAPH_API_KEY !== undefined && env.PAPERGRAPH_API_KEY !== "") {
    if (env.PAPERGRAPH_API_KEY.length < 16 || /\s/.test(env.PAPERGRAPH_API_KEY)) {
      throw new ConfigError("PAPERGRAPH_API_KEY must be at least 16 characters without spaces");
    }
    config.apiKey = env.PAPERGRAPH_API_KEY;
  }
  if (env.PAPERGRAPH_DATA_DIR) config.dataDir = resolve(env.PAPERGRAPH_DATA_DIR);
  return { ...config, ...overrides };
}
