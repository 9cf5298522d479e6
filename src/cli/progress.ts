// Progress of long CLI work on stderr: a redrawn bar on a terminal, a plain line every tenth otherwise (logs stay readable).

export interface ProgressOptions {
  /** Prefix of the plain lines, e.g. "extract". */
  label: string;
  /** What is counted, e.g. "papers". */
  unit?: string;
  /** Below this total nothing is shown (short work needs no progress). */
  minTotal?: number;
  /** Where to write; process.stderr by default. */
  stream?: NodeJS.WriteStream;
}

/** Returns a function to call with the number done so far; it draws at most every 100 ms on a terminal. */
export function createProgress(total: number, options: ProgressOptions): (done: number) => void {
  const stream = options.stream ?? process.stderr;
  const unit = options.unit ?? "papers";
  if (total < (options.minTotal ?? 1)) return () => {};
  const tty = stream.isTTY === true;
  const step = Math.max(1, Math.ceil(total / 10));
  let lastDraw = 0;
  let lastStep = 0;
  return (done) => {
    if (tty) {
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${unit}`);
      if (done >= total) stream.write("\n");
    } else if (done < total && Math.floor(done / step) > lastStep) {
      lastStep = Math.floor(done / step);
      stream.write(`${options.label}: ${done}/${total} ${unit}\n`);
    }
  };
}
