// The shape of a CLI command: parsed arguments in, exit code out. Arguments are parsed in src/cli only.

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full help text printed by `papergraph <name> --help`, with examples. */
  help: string;
  run(argv: string[]): Promise<number>;
}

/** Thrown by a command's argument parsing: printed with the command's help hint, exit code 2. */
export class UsageError extends Error {}
