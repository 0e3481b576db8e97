/**
 * Bounds how many transactions run on Neo4j at once. Past a few per core, more concurrent
 * transactions only share the CPU more thinly: every one gets slower, and after a restart
 * (empty query-plan cache) a crowd of identical cold queries can all hit the time limit
 * before any plan is cached. Requests beyond the bound wait here, in order, up to a deadline.
 */
export class GateTimeout extends Error {}

/** How full a gate is: slots in use, callers queued for one, and the bound. */
export interface GateLoad {
  running: number;
  waiting: number;
  limit: number;
}

export class ConcurrencyGate {
  private running = 0;
  private readonly waiting: { grant: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly limit: number) {}

  get load(): GateLoad {
    return { running: this.running, waiting: this.waiting.length, limit: this.limit };
  }

  /** A slot now, or null when all are taken: for callers that would rather refuse than queue. */
  tryAcquire(): (() => void) | null {
    if (this.running >= this.limit) return null;
    this.running += 1;
    return () => this.release();
  }

  async acquire(waitMs: number): Promise<() => void> {
    if (this.running < this.limit) {
      this.running += 1;
      return () => this.release();
    }
    await new Promise<void>((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(new GateTimeout(`waited ${waitMs} ms for a database slot`));
        }, waitMs),
      };
      this.waiting.push(entry);
    });
    // The slot was handed over by release(): `running` already counts it.
    return () => this.release();
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next.grant();
    else this.running -= 1;
  }
}
