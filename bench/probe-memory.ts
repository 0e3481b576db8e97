/**
 * The API process's resident memory (VmRSS), sampled every 250 ms for the whole run, so each
 * probe category gets the peak it caused and the run its before / peak / after.
 */
import { rssMb } from './servers';

const SAMPLE_MS = 250;

export class RssSampler {
  private peakSince = 0;
  private overallPeak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number | undefined) {
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
  }

  sample(): number {
    const mb = rssMb(this.pid);
    if (!Number.isNaN(mb)) {
      this.peakSince = Math.max(this.peakSince, mb);
      this.overallPeak = Math.max(this.overallPeak, mb);
    }
    return mb;
  }

  /** The peak since the last call (or the start), and starts a new window. */
  takePeak(): number {
    const peak = Math.max(this.peakSince, this.sample());
    this.peakSince = 0;
    return peak;
  }

  get peak(): number {
    return this.overallPeak;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
