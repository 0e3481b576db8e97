/**
 * What one probe category got back: answers by HTTP status and by error code, the largest
 * answer, and every answer the rerun exists to catch (HTTP 500, INTERNAL_SERVER_ERROR).
 */
import { Answer } from './probe-http';

export interface TallyFigures {
  sent: number;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  largestAnswerBytes: number;
  /** Up to five answers that are a failure of the API, with what was asked. */
  failures: string[];
}

const NO_ANSWER = 'no answer';

export class Tally {
  private readonly figures: TallyFigures = {
    sent: 0,
    byStatus: {},
    byCode: {},
    largestAnswerBytes: 0,
    failures: [],
  };
  private failureCount = 0;

  add(answer: Answer, what: string): Answer {
    const f = this.figures;
    f.sent += 1;
    const status =
      answer.status === null ? `${NO_ANSWER} (${answer.error ?? 'closed'})` : String(answer.status);
    f.byStatus[status] = (f.byStatus[status] ?? 0) + 1;
    for (const code of answer.codes) f.byCode[code] = (f.byCode[code] ?? 0) + 1;
    f.largestAnswerBytes = Math.max(f.largestAnswerBytes, answer.bytes);
    if (answer.status === 500 || answer.codes.some((code) => code.startsWith('INTERNAL_SERVER_ERROR'))) {
      this.failureCount += 1;
      if (f.failures.length < 5)
        f.failures.push(`${what}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
    }
    return answer;
  }

  /** Counts a status seen on a raw socket (the slow-client probes speak HTTP by hand). */
  addRaw(status: string, codes: string[] = []): void {
    this.add(
      {
        status: /^\d+$/.test(status) ? Number(status) : null,
        codes,
        bytes: 0,
        ms: 0,
        text: '',
        error: status,
      },
      'raw socket',
    );
  }

  get failed(): number {
    return this.failureCount;
  }

  result(): TallyFigures {
    return this.figures;
  }
}
