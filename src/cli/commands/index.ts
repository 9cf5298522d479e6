// The explicit list of CLI commands, in the order `papergraph --help` shows them.
import type { Command } from "../command";
import { serveCommand } from "./serve";
import { extractCommand } from "./extract";
import { ingestCommand } from "./ingest";
import { generateCommand } from "./generate";

export const COMMANDS: Command[] = [serveCommand, extractCommand, ingestCommand, generateCommand];
