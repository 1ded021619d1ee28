#!/usr/bin/env node
// `npm run bench:worker`: loading a generated manifest (BENCH_SIZES, default 1,000, 2,000, 10,000
// and 100,000 people) from a URL in headless Chromium, through the worker source (fetch,
// validation and index in a module Web Worker) and on the main thread (loadManifest and the
// Directory, as the elements load today). Reports, median run / worst run of RUNS fresh pages:
// the longest main-thread task (PerformanceObserver 'longtask') from the start of the load to the
// first search's answer, the time until the head and until that first answer, and a typed
// query's answer once loaded. Issue 18's target: no main-thread task over 50 ms while a
// 100,000-person manifest loads. The page compiles src/ on the fly (esbuild, as the browser tests
// do): the worker source is not in a built entry until an element imports it. The worker's own
// script is the built one (dist/social-directory-worker.min.js), so build first.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { launchChromium, serveGeneratedManifests, serveTypeScriptForJs } from '../tools/browser.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,2000,10000,100000').split(',').filter(Boolean).map(Number);
const RUNS = Number(process.env.RUNS ?? 3);
/** The page: nothing but the measuring module. */
const servePage = async (context, next) => {
  if (context.path !== '/bench/worker.html') return next();
  context.type = 'text/html';
  context.body =
    '<!doctype html><title>worker benchmark</title><script type="module" src="/test/bench/worker-page.mjs"></script>';
};
/**
 * The worker's script as pages get it: the standalone build's self-contained worker (minified,
 * one file), not src/ compiled module by module, whose hundreds of requests made the worker's
 * start ~0.8 s slower than any build.
 */
const serveBuiltWorker = async (context, next) => {
  if (context.path === '/src/elements/internal/directory-worker.js')
    context.url = '/dist/social-directory-worker.min.js';
  return next();
};
if (!existsSync('dist/social-directory-worker.min.js')) throw new Error('Build first: npm run build');
const server = await startDevServer({
  config: {
    rootDir: '.',
    port: 0,
    hostname: '127.0.0.1',
    nodeResolve: { exportConditions: ['browser', 'production'] },
    watch: false,
    middleware: [servePage, serveBuiltWorker, serveGeneratedManifests, serveTypeScriptForJs],
    plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const url = `http://127.0.0.1:${server.server.address().port}`;
// Made before any page asks: generating 100,000 people takes seconds, which the first load
// would otherwise wait for (and loadManifest gives up after 10 s).
for (const size of SIZES) await (await fetch(`${url}/generated/people-${size}.json`)).arrayBuffer();
const browser = await launchChromium();
const rows = [];
try {
  for (const size of SIZES) {
    for (const thread of ['worker', 'main']) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage();
        await page.goto(`${url}/bench/worker.html`);
        await page.waitForFunction(() => window.ready === true);
        runs.push(await page.evaluate((src, on) => window.measure(src, on), `/generated/people-${size}.json`, thread));
        await page.close();
      }
      rows.push({ size, thread, runs });
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
const f = (n) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const cell = (runs, of) => `${f(median(runs.map(of)))} / ${f(Math.max(...runs.map(of)))}`;
console.log(`${RUNS} runs each: median run / worst run, in ms.`);
console.log(
  '| people | thread | longest main-thread task | head | first answer (total + 60 rows) | typed query, loaded |',
);
console.log('| ---: | --- | ---: | ---: | ---: | ---: |');
for (const { size, thread, runs } of rows) {
  console.log(
    `| ${size} | ${thread} | ${cell(runs, (r) => r.longestTask)} | ${cell(runs, (r) => r.head)} | ${cell(runs, (r) => r.firstAnswer)} | ${cell(runs, (r) => r.typedAnswer)} |`,
  );
}
const checks = rows
  .filter((r) => r.thread === 'worker' && r.size >= 100_000)
  .map((r) => [
    `${r.size}: no main-thread task over 50 ms while loading through the worker, median run`,
    median(r.runs.map((x) => x.longestTask)) <= 50,
  ]);
for (const [label, ok] of checks) console.log(`${ok ? '✓' : '✗'} ${label}`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/worker.json', import.meta.url),
  JSON.stringify({ date: new Date().toISOString(), rows }, null, 2),
);
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
