// One operation's budget: the static cost estimate, the objects actually resolved, and the execution deadline.
import { QueryTimeoutError } from "./limit-error";

export interface CostReport {
  /** Estimated before execution: objects the operation may resolve (lists sized by first/limit, traversals by depth x limit). */
  requested: number;
  /** Objects resolved while executing (list items and single objects). */
  actual: number;
  /** The most an operation may request (maxCost). */
  limit: number;
}

export class QueryBudget {
  requested = 0;
  actual = 0;
  /** Set once the cost object has been written into the response. */
  reported = false;
  private deadline = Number.POSITIVE_INFINITY;
  private timer?: NodeJS.Timeout;
  private expiry?: Promise<never>;
  private cut = false;

  constructor(
    readonly limit: number,
    readonly timeoutMs: number,
  ) {}

  /** Starts the execution clock. */
  start(now = performance.now()): void {
    this.deadline = now + this.timeoutMs;
  }

  /** Whether the deadline has passed (fields starting now are cut). */
  expired(): boolean {
    if (this.cut) return true;
    if (performance.now() >= this.deadline) this.cut = true;
    return this.cut;
  }

  /** Milliseconds left before the deadline (Infinity before the clock starts). */
  remainingMs(now = performance.now()): number {
    return this.deadline - now;
  }

  /** Whether a field has been cut by the deadline. */
  get timedOut(): boolean {
    return this.cut;
  }

  /** A promise that rejects at the deadline (created on first use: synchronous operations never arm a timer). */
  expiryPromise(): Promise<never> {
    if (!this.expiry) {
      this.expiry = new Promise<never>((_, reject) => {
        const wait = Math.max(0, this.deadline - performance.now());
        this.timer = setTimeout(() => {
          this.cut = true;
          reject(new QueryTimeoutError(this.timeoutMs));
        }, wait);
        this.timer.unref();
      });
      this.expiry.catch(() => undefined);
    }
    return this.expiry;
  }

  /** Stops the clock (the response is on its way). */
  finish(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  report(): CostReport {
    return { requested: this.requested, actual: this.actual, limit: this.limit };
  }
}
