// The explicit list of CLI commands, in the order `papergraph --help` shows them.
import type { Command } from "../command";

export const COMMANDS: Command[] = [];
