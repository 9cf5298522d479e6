// How the measurement scripts end on a bad argument: one line naming the problem, a hint, exit code 2.

export function failWith(script: string): (message: string) => never {
  return (message) => {
    process.stderr.write(`${script}: ${message}\n(see --help)\n`);
    process.exit(2);
  };
}
