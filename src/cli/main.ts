#!/usr/bin/env -S node --no-memory-reducer --max-semi-space-size=64
// papergraph's command-line entry point: dispatches to one module per command.
// V8 flags (also in package.json's start and dev scripts and the benchmark's server):
// --no-memory-reducer: the memory reducer shrinks the heap of a process that looks idle by full garbage
//   collections with compaction; on a server holding a large graph that is several seconds of main-thread work in
//   the first minute after start (three collections of a 1.5 GB heap at 100k papers), during which requests wait.
// --max-semi-space-size=64 (MiB, default 16): a request's objects live as long as the requests interleaved with
//   it; a larger young generation collects them four times less often, so fewer survive into the old generation
//   that full collections must mark.
import "reflect-metadata";
import type { Command } from "./command";
import { UsageError } from "./command";
import { COMMANDS } from "./commands";

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "papergraph — a GraphQL knowledge graph of research papers",
    "",
    "Usage: papergraph <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `papergraph <command> --help` for a command's options and examples.",
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(overview());
    return 0;
  }
  const command: Command | undefined = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`papergraph: unknown command "${name}".\n\n${overview()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`papergraph ${name}: ${error.message}\nRun \`papergraph ${name} --help\` for usage.`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
