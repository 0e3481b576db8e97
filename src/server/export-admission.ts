/**
 * Admission of the heaviest requests (the file exports and the whole-graph JSON-LD): at most
 * `maxConcurrent` are built at once, and none while API requests wait for the database, since
 * an export would only lengthen their wait. A refused one gets 429 with Retry-After.
 */
import { Response } from 'express';
import { ConcurrencyGate } from '../db/concurrency-gate';
import { Database } from '../db/database';
import { sendJsonError } from './route-errors';

/** Seconds a refused export is told to wait: about what a whole-graph export takes. */
const RETRY_AFTER_S = 2;

export class ExportAdmission {
  private readonly slots: ConcurrencyGate;

  constructor(
    private readonly db: Database,
    readonly maxConcurrent = 2,
  ) {
    this.slots = new ConcurrencyGate(maxConcurrent);
  }

  /** The slot's release, or null after answering 429. */
  admit(res: Response): (() => void) | null {
    const release = this.db.load.waiting > 0 ? null : this.slots.tryAcquire();
    if (!release) {
      res.set('Retry-After', String(RETRY_AFTER_S));
      sendJsonError(res, 429, {
        code: 'TOO_MANY_REQUESTS',
        message: `The server is busy (at most ${this.maxConcurrent} exports at once, and none while API requests wait for the database); try again in ${RETRY_AFTER_S} s.`,
        retryAfterSeconds: RETRY_AFTER_S,
      });
    }
    return release;
  }
}
