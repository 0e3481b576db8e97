/**
 * Fails fast while Neo4j is gone. Once a call finds the database unavailable, further calls
 * are refused at once (SERVICE_UNAVAILABLE) instead of each spending the driver's connection
 * timeouts and retries; one call per interval is let through as a probe, and the first that
 * succeeds closes the breaker, so the API recovers by itself when the database is back.
 *
 * Every admitted probe must be settled (reached, unreachable or inconclusive): a probe left
 * open would refuse every later call for good, which is why `settleProbe` exists and
 * Database calls it in a `finally`.
 */
export type Admission = 'pass' | 'probe' | 'refuse';

export class OutageBreaker {
  private down = false;
  private probing = false;
  private lastProbe = 0;

  constructor(private readonly probeEveryMs = 1_000) {}

  isDown(): boolean {
    return this.down;
  }

  /** Whether a call may go to the database now: as usual, as the one probe, or not at all. */
  admit(): Admission {
    if (!this.down) return 'pass';
    if (this.probing || Date.now() - this.lastProbe < this.probeEveryMs) return 'refuse';
    this.probing = true;
    this.lastProbe = Date.now();
    return 'probe';
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

  /**
   * A probe that ended without proving either way (it timed out, say, on a server that accepts
   * connections but does not answer yet): the breaker stays open and the next probe is due
   * after the interval.
   */
  settleProbe(): void {
    if (this.probing) this.unreachable();
  }
}
