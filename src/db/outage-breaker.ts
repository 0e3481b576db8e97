/**
 * Fails fast while Neo4j is gone. Once a call finds the database unavailable, further calls
 * are refused at once (SERVICE_UNAVAILABLE) instead of each spending the driver's connection
 * timeouts and retries; one call per interval is let through as a probe, and the first that
 * succeeds closes the breaker, so the API recovers by itself when the database is back.
 */
export class OutageBreaker {
  private down = false;
  private probing = false;
  private lastProbe = 0;

  constructor(private readonly probeEveryMs = 1_000) {}

  isDown(): boolean {
    return this.down;
  }

  /** Whether a call may go to the database now; false means: answer unavailable at once. */
  allow(): boolean {
    if (!this.down) return true;
    if (this.probing || Date.now() - this.lastProbe < this.probeEveryMs) return false;
    this.probing = true;
    this.lastProbe = Date.now();
    return true;
  }

  /** The database answered (with rows or with an error of its own). */
  reached(): void {
    this.down = false;
    this.probing = false;
  }

  unreachable(): void {
    this.down = true;
    this.probing = false;
    this.lastProbe = Date.now();
  }
}
