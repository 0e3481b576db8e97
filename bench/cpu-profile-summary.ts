/**
 * Condenses a V8 .cpuprofile into where a server's CPU time went: self time by package
 * (node_modules/<name>), by the project's own code, by Node internals, idle and GC.
 */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function bucket(frame: ProfileNode['callFrame']): string {
  if (frame.functionName === '(idle)') return '(idle)';
  if (frame.functionName === '(garbage collector)') return '(garbage collector)';
  if (frame.functionName === '(program)') return '(program)';
  const url = frame.url;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.includes('/dist/src/')) return 'this project (dist/src)';
  if (url.includes('/dist/bench/')) return 'bench harness';
  if (url.startsWith('node:') || url === '') return 'node internals';
  return url;
}

/** Share of the sampled time per bucket, highest first; shares are of the non-idle time. */
export function summarizeCpuProfile(file: string, top = 8): { bucket: string; ms: number; share: number }[] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const key = bucket(node.callFrame);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const busy = [...totals].filter(([key]) => key !== '(idle)').reduce((n, [, ms]) => n + ms, 0);
  return [...totals]
    .filter(([key]) => key !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => ({
      bucket: key,
      ms: Math.round(ms),
      share: Math.round((ms / Math.max(1, busy)) * 1000) / 10,
    }));
}
