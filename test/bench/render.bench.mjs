#!/usr/bin/env node
// `npm run bench:render`: <social-directory> in headless Chromium on synthetic manifests of
// 10,000 and 100,000 people. Reports the load (validate + index, until social-load), the first
// render after it, the DOM size (elements in all shadow roots), and filter and typing updates
// (until the next frame), the first time and once warm. Targets: first render ≤ 150 ms, filter
// change ≤ 50 ms, DOM bounded. Each size runs in RUNS fresh pages (default 5): the table gives
// the median run and, after a slash, the worst; the checks use the median run, since one page
// on a shared machine can lose a frame to something else.
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { launchChromium, serveProject } from '../tools/browser.mjs';

/**
 * A 112 × 112 PNG (a 56 px avatar at 2×) with a gradient: each person's photo, as an intranet
 * serves them. The generated manifest names a host that does not exist, and photos that all
 * fail to load measured something no real directory does.
 */
function photoPng() {
  const size = 112;
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) rows.set([80 + x, 120 + y, 200 - x / 2], y * (1 + size * 3) + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
const photo = photoPng();
const servePhotos = async (context, next) => {
  if (!context.path.startsWith('/photos/')) return next();
  context.type = 'image/png';
  context.set('Cache-Control', 'max-age=3600');
  context.body = photo;
};

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 5);
const { server, url } = await serveProject(0, [servePhotos]);
const browser = await launchChromium();
const rows = [];
try {
  for (const size of SIZES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(`${url}/test/bench/render.html`);
      await page.waitForFunction(() => window.ready === true);
      runs.push(await page.evaluate((n) => window.measure(n), size));
      await page.close();
    }
    rows.push({ size, runs });
  }
} finally {
  await browser.close();
  await server.stop();
}
const f = (n) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const worst = (list) => Math.max(...list);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
// Each metric per run, then its median run and worst run.
const metrics = {
  load: (r) => r.loadMs,
  firstRender: (r) => r.firstRender,
  elements: (r) => r.elements,
  filterCold: (r) => worst(r.cold.filterMs),
  filterWarm: (r) => worst(r.warm.filterMs),
  typingCold: (r) => worst(r.cold.typingMs),
  typingWarm: (r) => worst(r.warm.typingMs),
};
const stats = rows.map(({ size, runs }) => ({
  size,
  ...Object.fromEntries(Object.entries(metrics).map(([name, of]) => [name, { median: median(runs.map(of)), worst: worst(runs.map(of)) }])),
}));
const cell = ({ median: m, worst: w }) => `${f(m)} / ${f(w)}`;
console.log(`${RUNS} runs each: median run / worst run. Filter and typing: the slowest change of the run, the first time and later.`);
console.log('| people | load ms (validate + index) | first render ms | DOM elements | filter ms, first time | filter ms, later | typing ms, first time | typing ms, later |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of stats) {
  console.log(`| ${r.size} | ${cell(r.load)} | ${cell(r.firstRender)} | ${cell(r.elements)} | ${cell(r.filterCold)} | ${cell(r.filterWarm)} | ${cell(r.typingCold)} | ${cell(r.typingWarm)} |`);
}
const checks = stats.flatMap((r) => [
  [`${r.size}: first render ≤ 150 ms, median run`, r.firstRender.median <= 150, r.firstRender.median],
  [`${r.size}: filter change ≤ 50 ms the first time, median run`, r.filterCold.median <= 50, r.filterCold.median],
  [`${r.size}: filter change ≤ 50 ms later, median run`, r.filterWarm.median <= 50, r.filterWarm.median],
  [`${r.size}: DOM bounded (≤ 1,000 elements), worst run`, r.elements.worst <= 1000, r.elements.worst],
]);
for (const [label, ok, value] of checks) console.log(`${ok ? '✓' : '✗'} ${label}: ${f(value)}`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/render.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), stats, checks, rows }, null, 2));
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
