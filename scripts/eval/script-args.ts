// Command-line options as the measurement scripts read them: a bad option ends the script through its `fail`, and
// --help prints the script's text and ends it quietly.
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O }>>["values"];

/** The parsed option values, or undefined once --help has printed `help` (the script then returns). */
export function parseScriptArgs<const O extends Options>(options: O, help: string, fail: (message: string) => never): Values<O> | undefined {
  let values: Values<O> | undefined;
  try {
    ({ values } = parseArgs({ options }));
  } catch (error) {
    fail((error as Error).message);
  }
  if ((values as { help?: boolean } | undefined)?.help) {
    process.stdout.write(`${help}\n`);
    return undefined;
  }
  return values;
}
