// Argument parsing for commands: node's util.parseArgs in strict mode, its errors turned into usage errors.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./command";

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
