// The only reader of process.env: resolves papergraph's configuration, validates it, and fails fast naming the variable.
import { resolve } from "node:path";
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from "./domain/ingest-limits";

/** What one GraphQL request may ask for; each is checked before execution (see README, "Limits"). */
export interface QueryLimits {
  /** Deepest field nesting, fragments flattened (PAPERGRAPH_MAX_DEPTH). */
  maxDepth: number;
  /** Aliased fields in one operation (PAPERGRAPH_MAX_ALIASES). */
  maxAliases: number;
  /** Lexical tokens in one document; the parser stops past it (PAPERGRAPH_MAX_TOKENS). */
  maxTokens: number;
  /** Directives in one operation (PAPERGRAPH_MAX_DIRECTIVES). */
  maxDirectives: number;
  /** Times one response name may repeat in a selection set, fragments flattened (PAPERGRAPH_MAX_REPEATED_FIELDS). */
  maxRepeatedFields: number;
  /** Estimated objects one operation may resolve: list fields count by first/limit, traversals by depth x limit (PAPERGRAPH_MAX_COST). */
  maxCost: number;
  /** Largest `depth` argument of a traversal such as neighborhood (PAPERGRAPH_MAX_TRAVERSAL_DEPTH). */
  maxTraversalDepth: number;
  /** Wall-clock budget of one operation's execution in ms; later fields fail with QUERY_TIMEOUT (PAPERGRAPH_QUERY_TIMEOUT_MS). */
  timeoutMs: number;
}

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
  /** Load the corpus files (the seed by default) under the corpus store (PAPERGRAPH_SEED=false serves the store alone). */
  seed: boolean;
  /** Limits on addPapers input (PAPERGRAPH_MAX_BATCH_SIZE, _MAX_TITLE_CHARS, _MAX_ABSTRACT_CHARS, _MAX_BATCH_BYTES). */
  ingestLimits: IngestLimits;
  /** Largest accepted request body in bytes (PAPERGRAPH_BODY_LIMIT). */
  bodyLimit: number;
  /** Origins allowed by CORS (PAPERGRAPH_CORS_ORIGINS, comma-separated, or *); empty turns CORS off. */
  corsOrigins: string[];
  /** How long a shutdown waits for in-flight requests before closing their connections (PAPERGRAPH_SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs: number;
  limits: QueryLimits;
}

export const SEED_CORPUS = resolve(__dirname, "..", "data", "corpus", "daily-papers-sparse.txt");

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 20,
  maxRepeatedFields: 10,
  maxCost: 10_000,
  maxTraversalDepth: 3,
  timeoutMs: 10_000,
};

export const DEFAULTS: Config = {
  port: 4000,
  host: "127.0.0.1",
  corpusFiles: [SEED_CORPUS],
  environment: "development",
  logLevel: "info",
  dataDir: resolve("var"),
  seed: true,
  ingestLimits: DEFAULT_INGEST_LIMITS,
  bodyLimit: 1_000_000,
  corsOrigins: [],
  shutdownTimeoutMs: 10_000,
  limits: DEFAULT_LIMITS,
};

export class ConfigError extends Error {}

function parsePort(value: string, variable: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 0 || n > 65535) {
    throw new ConfigError(`${variable} must be an integer from 0 to 65535, got "${value}"`);
  }
  return n;
}

function parseInteger(value: string, variable: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
    throw new ConfigError(`${variable} must be an integer from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], variable: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`${variable} must be one of ${allowed.join(", ")}, got "${value}"`);
  }
  return value as T;
}

function parseOrigins(value: string, variable: string): string[] {
  const origins = value.split(",").map((s) => s.trim()).filter(Boolean);
  for (const origin of origins) {
    if (origin === "*") continue;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(`${variable} must list origins such as https://example.org (or *), got "${origin}"`);
    }
    if (url.origin !== origin) throw new ConfigError(`${variable}: "${origin}" is not an origin; did you mean "${url.origin}"?`);
  }
  return origins;
}

/** Integer limits: environment variable, smallest and largest accepted value. */
const LIMIT_VARIABLES: Record<keyof QueryLimits, [string, number, number]> = {
  maxDepth: ["PAPERGRAPH_MAX_DEPTH", 2, 100],
  maxAliases: ["PAPERGRAPH_MAX_ALIASES", 0, 10_000],
  maxTokens: ["PAPERGRAPH_MAX_TOKENS", 100, 1_000_000],
  maxDirectives: ["PAPERGRAPH_MAX_DIRECTIVES", 0, 10_000],
  maxRepeatedFields: ["PAPERGRAPH_MAX_REPEATED_FIELDS", 1, 10_000],
  maxCost: ["PAPERGRAPH_MAX_COST", 1, 100_000_000],
  maxTraversalDepth: ["PAPERGRAPH_MAX_TRAVERSAL_DEPTH", 1, 10],
  timeoutMs: ["PAPERGRAPH_QUERY_TIMEOUT_MS", 1, 600_000],
};

const INGEST_LIMIT_VARIABLES: Record<keyof IngestLimits, [string, number, number]> = {
  maxBatchSize: ["PAPERGRAPH_MAX_BATCH_SIZE", 1, 100_000],
  maxTitleChars: ["PAPERGRAPH_MAX_TITLE_CHARS", 10, 100_000],
  maxAbstractChars: ["PAPERGRAPH_MAX_ABSTRACT_CHARS", 100, 10_000_000],
  maxBatchBytes: ["PAPERGRAPH_MAX_BATCH_BYTES", 1_000, 1_000_000_000],
};

/** Reads the environment (process.env by default) over DEFAULTS; throws ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const config: Config = { ...DEFAULTS, limits: { ...DEFAULT_LIMITS } };
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
  if (env.PAPERGRAPH_BODY_LIMIT) config.bodyLimit = parseInteger(env.PAPERGRAPH_BODY_LIMIT, "PAPERGRAPH_BODY_LIMIT", 1024, 1_000_000_000);
  if (env.PAPERGRAPH_CORS_ORIGINS) config.corsOrigins = parseOrigins(env.PAPERGRAPH_CORS_ORIGINS, "PAPERGRAPH_CORS_ORIGINS");
  if (env.PAPERGRAPH_SHUTDOWN_TIMEOUT_MS) {
    config.shutdownTimeoutMs = parseInteger(env.PAPERGRAPH_SHUTDOWN_TIMEOUT_MS, "PAPERGRAPH_SHUTDOWN_TIMEOUT_MS", 0, 600_000);
  }
  for (const [key, [variable, min, max]] of Object.entries(LIMIT_VARIABLES) as [keyof QueryLimits, [string, number, number]][]) {
    const value = env[variable];
    if (value !== undefined && value !== "") config.limits[key] = parseInteger(value, variable, min, max);
  }
  if (env.PAPERGRAPH_SEED !== undefined && env.PAPERGRAPH_SEED !== "") {
    config.seed = oneOf(env.PAPERGRAPH_SEED, ["true", "false", "1", "0"] as const, "PAPERGRAPH_SEED") === "true" || env.PAPERGRAPH_SEED === "1";
  }
  config.ingestLimits = { ...DEFAULT_INGEST_LIMITS };
  for (const [key, [variable, min, max]] of Object.entries(INGEST_LIMIT_VARIABLES) as [keyof IngestLimits, [string, number, number]][]) {
    const value = env[variable];
    if (value !== undefined && value !== "") config.ingestLimits[key] = parseInteger(value, variable, min, max);
  }
  return {
    ...config,
    ...overrides,
    limits: { ...config.limits, ...overrides.limits },
    ingestLimits: { ...config.ingestLimits, ...overrides.ingestLimits },
  };
}
