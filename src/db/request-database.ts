/**
 * The database as one request sees it: every statement counts toward the request's
 * `extensions.roundTrips` and shares its deadline, without a counter passed from hand to hand.
 */
import { Database, Params, QueryCounter, Row, WriteTransaction } from './database';

export class RequestDatabase {
  readonly counter = new QueryCounter();

  constructor(readonly database: Database) {
    this.counter.deadline = database.requestDeadline();
  }

  read(query: string, params: Params = {}): Promise<Row[]> {
    return this.database.read(query, params, this.counter);
  }

  writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.database.writeTransaction(work, this.counter);
  }

  /** Statements run so far for this request. */
  get statements(): number {
    return this.counter.count;
  }
}
