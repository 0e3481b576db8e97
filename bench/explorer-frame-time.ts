/**
 * The explorer's frame time while the whole seed graph is panned. Starts the API as `npm
 * start` does, on its own local Neo4j instance (`bench-explorer`, loaded from data/ when empty),
 * opens the explorer on the whole graph (`/#whole=1`) in headless Chromium through
 * playwright-core, waits for the layout to stop, then drags the canvas round a circle with the
 * mouse for --seconds at each width, recording requestAnimationFrame timestamps. WebGL is
 * software-rendered (SwiftShader through ANGLE: --use-angle=swiftshader; the renderer string is
 * printed). Prints per width: frames, p50/p95/max ms between frames, gaps that missed a
 * 60 Hz frame (over 20 ms) or a 30 Hz one (over 35 ms); how long sigma's renders took (main
 * thread); the median time of one placement of the labels. Asserts nothing.
 *
 *   npm run bench:explorer -- [--seconds 10] [--widths 1024,1600] [--bolt-port 7741]
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../src/config';
import { startServer, stopServer } from './servers';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (candidate): candidate is string => candidate !== undefined && fs.existsSync(candidate),
);

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

// rAF timestamps land on vsync (16.7 ms apart at 60 Hz) with jitter: a gap counts as a missed
// frame only past a margin, or every on-time frame of 16.68 ms would count.
const MISSED_60 = 20;
const MISSED_30 = 35;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as any).explorer?.still() === true, undefined, {
    timeout: 120_000,
  });
}

/**
 * Drags the canvas round a circle for `seconds`; returns the times between frames, the camera's
 * path (graph units), the label placements meanwhile and how long each sigma render took.
 */
async function pan(
  page: Page,
  seconds: number,
): Promise<{ gaps: number[]; travel: number; placements: number; renders: number[] }> {
  const box = (await page.locator('#graph').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const radius = Math.min(box.width, box.height) / 4;
  await page.evaluate(() => {
    const w = window as any;
    w.benchFrames = [];
    w.benchTravel = 0;
    w.benchRecording = true;
    const camera = w.explorer.sigma.getCamera();
    let last = camera.getState();
    const tick = (time: number) => {
      w.benchFrames.push(time);
      const now = camera.getState();
      w.benchTravel += Math.hypot(now.x - last.x, now.y - last.y);
      last = now;
      if (w.benchRecording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // How long each of sigma's renders takes on the main thread.
    w.benchRenders = [];
    const sigma = w.explorer.sigma;
    const render = sigma.render.bind(sigma);
    sigma.render = () => {
      const begin = performance.now();
      const result = render();
      w.benchRenders.push(performance.now() - begin);
      return result;
    };
    // Counts the label placements during the pan (a pan alone should cause none).
    w.benchPlacements = 0;
    const labels = w.explorer.view.labels;
    if (labels) {
      const place = labels.place.bind(labels);
      labels.place = () => {
        w.benchPlacements += 1;
        place();
      };
    }
  });
  await page.mouse.move(cx + radius, cy);
  await page.mouse.down();
  const until = Date.now() + seconds * 1000;
  // One turn every two seconds, as fast as the browser takes the pointer events.
  while (Date.now() < until) {
    const angle = ((Date.now() % 2000) / 2000) * 2 * Math.PI;
    await page.mouse.move(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
  }
  await page.mouse.up();
  const { frames, travel, placements, renders } = await page.evaluate(() => {
    const w = window as any;
    w.benchRecording = false;
    return {
      frames: w.benchFrames as number[],
      travel: w.benchTravel as number,
      placements: w.benchPlacements as number,
      renders: w.benchRenders as number[],
    };
  });
  const gaps = frames.slice(1).map((time, i) => time - frames[i]!);
  return { gaps, travel, placements, renders };
}

async function main(): Promise<void> {
  const seconds = Number(option('seconds', '10'));
  const widths = option('widths', '1024,1600').split(',').map(Number);
  const boltPort = option('bolt-port', '7741');
  if (!CHROMIUM) throw new Error('No Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
  const httpPort = await freePort();
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-frame-time-'));
  console.log(`starting the API on port ${httpPort}, its Neo4j (instance bench-explorer) on ${boltPort}…`);
  const server = await startServer(
    'api',
    path.join(PROJECT_ROOT, 'dist', 'src', 'main.js'),
    {
      PORT: String(httpPort),
      NEO4J_INSTANCE: 'bench-explorer',
      NEO4J_LOCAL_BOLT_PORT: boltPort,
      NEO4J_LOCAL_HEAP: process.env.NEO4J_LOCAL_HEAP ?? '768m',
      NEO4J_LOCAL_PAGECACHE: process.env.NEO4J_LOCAL_PAGECACHE ?? '256m',
      LOAD_ON_START: 'if-empty',
    },
    httpPort,
    logDir,
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  try {
    console.log(
      `node ${process.version}, ${browser.version()}, ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, ${new Date().toISOString()}`,
    );
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`http://127.0.0.1:${httpPort}/#whole=1`);
      await settled(page);
      const facts = await page.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl');
        const info = gl?.getExtension('WEBGL_debug_renderer_info');
        const { graph, sigma } = (window as any).explorer;
        return {
          renderer: info ? String(gl!.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown',
          nodes: graph.order as number,
          edges: graph.size as number,
          canvas: sigma.getDimensions() as { width: number; height: number },
          labels: sigma.getNodeDisplayedLabels().size as number,
        };
      });
      // What one placement of the labels costs (label-layout.ts; not run while panning).
      const placementMs = await page.evaluate(() => {
        const { labels } = (window as any).explorer.view;
        if (!labels) return NaN; // an explorer from before label-layout.ts
        const times: number[] = [];
        for (let i = 0; i < 21; i++) {
          const start = performance.now();
          labels.place();
          times.push(performance.now() - start);
        }
        return times.sort((a, b) => a - b)[10]!;
      });
      const { gaps, travel, placements, renders } = await pan(page, seconds);
      const renderSorted = [...renders].sort((a, b) => a - b);
      const sorted = [...gaps].sort((a, b) => a - b);
      const ms = (value: number) => value.toFixed(1);
      console.log(
        `${width} px (canvas ${facts.canvas.width}x${facts.canvas.height}, ${facts.nodes} nodes, ${facts.edges} edges, ${facts.labels} node labels at rest; WebGL: ${facts.renderer})\n` +
          `  label placement ${placementMs.toFixed(1)} ms (median of 21)\n` +
          `  ${gaps.length} frames in ${seconds} s of panning (camera path ${travel.toFixed(2)} graph units, ${placements} label placements) | ` +
          `ms between frames p50 ${ms(percentile(sorted, 50))} · p95 ${ms(percentile(sorted, 95))} · max ${ms(sorted.at(-1) ?? NaN)} | ` +
          `missed a 60 Hz frame (over 20 ms): ${gaps.filter((g) => g > MISSED_60).length} · missed a 30 Hz frame (over 35 ms): ${gaps.filter((g) => g > MISSED_30).length}\n` +
          `  ${renders.length} sigma renders, ms each: p50 ${ms(percentile(renderSorted, 50))} · p95 ${ms(percentile(renderSorted, 95))} · max ${ms(renderSorted.at(-1) ?? NaN)}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await stopServer(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
