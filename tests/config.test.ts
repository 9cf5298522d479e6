// Configuration: defaults, every variable read, and fail-fast errors naming the variable.
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULTS, DEFAULT_LIMITS, loadConfig } from "../src/config";

describe("loadConfig", () => {
  it("gives the documented defaults with an empty environment", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, host: "127.0.0.1", environment: "development", logLevel: "info", bodyLimit: 1_000_000, corsOrigins: [], shutdownTimeoutMs: 10_000 });
    expect(c.apiKey).toBeUndefined();
    expect(c.limits).toEqual({
      maxDepth: 12,
      maxAliases: 30,
      maxTokens: 5000,
      maxDirectives: 20,
      maxRepeatedFields: 10,
      maxCost: 10_000,
      maxTraversalDepth: 3,
      timeoutMs: 10_000,
    });
    expect(c.dataDir).toMatch(/var$/);
  });

  it("reads every variable", () => {
    const c = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      PAPERGRAPH_API_KEY: "0123456789abcdef-key",
      PAPERGRAPH_DATA_DIR: "/tmp/pg-data",
      PAPERGRAPH_BODY_LIMIT: "50000",
      PAPERGRAPH_CORS_ORIGINS: "https://a.example, http://localhost:5173",
      PAPERGRAPH_SHUTDOWN_TIMEOUT_MS: "2500",
      PAPERGRAPH_MAX_DEPTH: "8",
      PAPERGRAPH_MAX_ALIASES: "5",
      PAPERGRAPH_MAX_TOKENS: "1000",
      PAPERGRAPH_MAX_DIRECTIVES: "3",
      PAPERGRAPH_MAX_REPEATED_FIELDS: "4",
      PAPERGRAPH_MAX_COST: "500",
      PAPERGRAPH_MAX_TRAVERSAL_DEPTH: "2",
      PAPERGRAPH_QUERY_TIMEOUT_MS: "750",
    });
    expect(c).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      environment: "production",
      logLevel: "warn",
      apiKey: "0123456789abcdef-key",
      dataDir: "/tmp/pg-data",
      bodyLimit: 50_000,
      corsOrigins: ["https://a.example", "http://localhost:5173"],
      shutdownTimeoutMs: 2500,
      limits: { maxDepth: 8, maxAliases: 5, maxTokens: 1000, maxDirectives: 3, maxRepeatedFields: 4, maxCost: 500, maxTraversalDepth: 2, timeoutMs: 750 },
    });
  });

  it.each([
    [{ PORT: "70000" }, "PORT"],
    [{ PORT: "abc" }, "PORT"],
    [{ NODE_ENV: "prod" }, "NODE_ENV"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ PAPERGRAPH_API_KEY: "short" }, "PAPERGRAPH_API_KEY"],
    [{ PAPERGRAPH_BODY_LIMIT: "-1" }, "PAPERGRAPH_BODY_LIMIT"],
    [{ PAPERGRAPH_MAX_DEPTH: "1" }, "PAPERGRAPH_MAX_DEPTH"],
    [{ PAPERGRAPH_MAX_COST: "lots" }, "PAPERGRAPH_MAX_COST"],
    [{ PAPERGRAPH_MAX_TRAVERSAL_DEPTH: "11" }, "PAPERGRAPH_MAX_TRAVERSAL_DEPTH"],
    [{ PAPERGRAPH_QUERY_TIMEOUT_MS: "1.5" }, "PAPERGRAPH_QUERY_TIMEOUT_MS"],
    [{ PAPERGRAPH_CORS_ORIGINS: "not a url" }, "PAPERGRAPH_CORS_ORIGINS"],
    [{ PAPERGRAPH_CORS_ORIGINS: "https://a.example/path" }, "PAPERGRAPH_CORS_ORIGINS"],
  ])("fails fast on %o, naming %s", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it("treats empty variables as unset and lets overrides win, limits merged key by key", () => {
    expect(loadConfig({ PORT: "", PAPERGRAPH_API_KEY: "", PAPERGRAPH_MAX_COST: "" }).port).toBe(4000);
    const c = loadConfig({ PAPERGRAPH_MAX_COST: "500" }, { port: 0, limits: { ...DEFAULT_LIMITS, maxDepth: 5 } });
    expect(c.port).toBe(0);
    expect(c.limits.maxDepth).toBe(5);
    expect(DEFAULTS.limits).toEqual(DEFAULT_LIMITS);
    expect(() => loadConfig({ PAPERGRAPH_CORS_ORIGINS: "*" })).not.toThrow();
  });

  it("reads the seed switch and the ingest limits, naming a bad variable", () => {
    const config = loadConfig({ PAPERGRAPH_SEED: "false", PAPERGRAPH_MAX_BATCH_SIZE: "10", PAPERGRAPH_MAX_ABSTRACT_CHARS: "5000" });
    expect(config.seed).toBe(false);
    expect(config.ingestLimits).toMatchObject({ maxBatchSize: 10, maxAbstractChars: 5000, maxTitleChars: 500 });
    expect(loadConfig({}).seed).toBe(true);
    expect(() => loadConfig({ PAPERGRAPH_SEED: "maybe" })).toThrow(/PAPERGRAPH_SEED/);
    expect(() => loadConfig({ PAPERGRAPH_MAX_BATCH_SIZE: "0" })).toThrow(/PAPERGRAPH_MAX_BATCH_SIZE/);
  });
});
