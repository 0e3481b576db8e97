/**
 * Preloaded (`node -r`) into a server under test by `npm run bench -- --cpu-profile`: each
 * SIGUSR2 toggles V8's sampling profiler in the process; stopping writes
 * <BENCH_CPU_PROFILE_DIR>/<pid>-<n>.cpuprofile, which Chrome DevTools opens and
 * cpu-profile-summary.ts condenses.
 */
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';

const dir = process.env.BENCH_CPU_PROFILE_DIR ?? '.';
const session = new inspector.Session();
session.connect();
let profiling = false;
let written = 0;

process.on('SIGUSR2', () => {
  if (!profiling) {
    profiling = true;
    session.post('Profiler.enable', () => session.post('Profiler.start'));
    return;
  }
  profiling = false;
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    written += 1;
    const file = path.join(dir, `${process.pid}-${written}.cpuprofile`);
    fs.writeFileSync(`${file}.partial`, JSON.stringify(result.profile));
    fs.renameSync(`${file}.partial`, file);
  });
});
