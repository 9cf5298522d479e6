// The explicit list of CLI commands, in the order `papergraph --help` shows them.
import type { Command } from "../command";
import { serveCommand } from "./serve";

export const COMMANDS: Command[] = [serveCommand];
