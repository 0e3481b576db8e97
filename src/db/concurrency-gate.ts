/**
 * Bounds how many transactions run on Neo4j at once. Past a few per core, more concurrent
 * transactions only share the CPU more thinly: every one gets slower, and after a restart
 * (empty query-plan cache) a crowd of identical cold queries can all hit the time limit
 * before any plan is cached. Transactions beyond the bound wait here, up to a deadline, taking
 * turns by request: a request's many statements do not hold up another's few.
 */
export class GateTimeout extends Error {}

/** How full a gate is: slots in use, callers queued for one, and the bound. */
export interface GateLoad {
  running: number;
  waiting: number;
  limit: number;
}

interface Waiter {
  owner: object;
  grant: () => void;
  timer: NodeJS.Timeout;
}

export class ConcurrencyGate {
  private running = 0;
  private waiters = 0;
  /** Each owner's callers waiting for a slot, oldest first. */
  private readonly queues = new Map<object, Waiter[]>();
  /**
   * Owners with callers waiting, in the order they get their next slot. A freed slot goes to
   * the next owner's oldest caller, not to the oldest caller overall: one request of thirty
   * statements would otherwise keep every other client's one-statement lookup waiting behind
   * all thirty (`npm run probe`, "evidence reads").
   */
  private readonly turns: object[] = [];

  constructor(private readonly limit: number) {}

  get load(): GateLoad {
    return { running: this.running, waiting: this.waiters, limit: this.limit };
  }

  /** A slot now, or null when all are taken: for callers that would rather refuse than queue. */
  tryAcquire(): (() => void) | null {
    if (this.running >= this.limit) return null;
    this.running += 1;
    return () => this.release();
  }

  /** A slot within `waitMs`; `owner` (a request) shares the waiting turns with its other callers. */
  async acquire(waitMs: number, owner: object = {}): Promise<() => void> {
    if (this.running < this.limit) {
      this.running += 1;
      return () => this.release();
    }
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        owner,
        grant: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.remove(waiter);
          reject(new GateTimeout(`waited ${waitMs} ms for a database slot`));
        }, waitMs),
      };
      const queue = this.queues.get(owner);
      if (queue) queue.push(waiter);
      else {
        this.queues.set(owner, [waiter]);
        this.turns.push(owner);
      }
      this.waiters += 1;
    });
    // The slot was handed over by release(): `running` already counts it.
    return () => this.release();
  }

  private remove(waiter: Waiter): void {
    const queue = this.queues.get(waiter.owner) ?? [];
    queue.splice(queue.indexOf(waiter), 1);
    this.waiters -= 1;
    if (queue.length === 0) {
      this.queues.delete(waiter.owner);
      this.turns.splice(this.turns.indexOf(waiter.owner), 1);
    }
  }

  private release(): void {
    const owner = this.turns[0];
    const next = owner === undefined ? undefined : this.queues.get(owner)?.[0];
    if (!next) {
      this.running -= 1;
      return;
    }
    this.remove(next);
    // Back to the end of the turns if it has more callers waiting.
    if (this.queues.has(next.owner))
      this.turns.push(this.turns.splice(this.turns.indexOf(next.owner), 1)[0] as object);
    next.grant();
  }
}
