/**
 * Makes an API's Database busy on purpose, without timing: a transaction of another connection
 * holds a write lock on a probe node, and the API's own write of that node then waits for the
 * lock inside one of its transaction slots. `occupy` takes a slot that way (resolving once it is
 * taken); `release` lets the waiting writes finish and removes the probe node.
 */
import { Database } from '../../src/db/database';
import { connectTestDatabase } from './test-api';

const PROBE = 'BusyProbe';

export class BusyDatabase {
  private readonly blocked: Promise<unknown>[] = [];
  private released = false;

  private constructor(
    private readonly holder: Database,
    private readonly releaseLock: () => void,
    private readonly holding: Promise<void>,
  ) {}

  /** Holds the probe node's lock until `release`. */
  static async lock(): Promise<BusyDatabase> {
    const holder = connectTestDatabase();
    await holder.write(`MERGE (:${PROBE} {id: 'probe'})`);
    let releaseLock!: () => void;
    const released = new Promise<void>((resolve) => (releaseLock = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holding = holder.writeTransaction(async (tx) => {
      await tx.run(`MATCH (p:${PROBE} {id: 'probe'}) SET p.holder = true`);
      locked();
      await released;
    });
    await lockTaken;
    return new BusyDatabase(holder, releaseLock, holding);
  }

  /** Takes one of `db`'s transaction slots with a write that waits for the lock. */
  async occupy(db: Database): Promise<void> {
    const before = db.load.running;
    this.blocked.push(db.write(`MATCH (p:${PROBE} {id: 'probe'}) SET p.waited = true`));
    while (db.load.running === before) await new Promise((resolve) => setImmediate(resolve));
  }

  /** Resolves once `request` (say, an API call) is queued behind the taken slots of `db`. */
  static async queued<T>(db: Database, request: () => Promise<T>): Promise<{ answer: Promise<T> }> {
    const answer = request();
    while (db.load.waiting === 0) await new Promise((resolve) => setImmediate(resolve));
    return { answer };
  }

  /** Idempotent, so a test can release in its body and again in a `finally`. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    this.releaseLock();
    await this.holding;
    await Promise.all(this.blocked);
    await this.holder.write(`MATCH (p:${PROBE}) DELETE p`);
    await this.holder.close();
  }
}
