// One writer per data directory: a lock file holding the owner's pid, taken over when that process is gone.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";

export class StoreLockedError extends Error {
  constructor(
    readonly path: string,
    readonly pid: number,
  ) {
    super(
      `the corpus store ${path} is in use by process ${pid} (a running papergraph serve or ingest?); ` +
        "stop it, use another --data-dir, or send the papers through the addPapers mutation of that server",
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the lock or throws StoreLockedError. A lock left by a crashed process (SIGKILL, power loss) is stale and
 * taken over; compaction renames the log, so two writers on one directory could lose each other's records.
 */
export function acquireLock(path: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(path, "utf8").trim() === String(process.pid)) unlinkSync(path);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let owner = NaN;
      try {
        owner = Number(readFileSync(path, "utf8").trim());
      } catch {
        continue; // Removed between our open and read: try again.
      }
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) throw new StoreLockedError(path, owner);
      try {
        unlinkSync(path);
      } catch {
        // Another process took it over first; the next attempt decides.
      }
    }
  }
  throw new Error(`could not take the lock ${path}`);
}
