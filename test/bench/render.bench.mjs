#!/usr/bin/env node
// `npm run bench:render`: <social-directory> in headless Chromium on synthetic manifests of
// 10,000 and 100,000 people. Reports the load (validate + index, until social-load), the first
// render after it, the DOM size (elements in all shadow roots), and filter and typing updates
// (until the next frame), the first time and once warm. Targets: first render ≤ 150 ms, filter
// change ≤ 50 ms, DOM bounded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium, serveProject } from '../tools/browser.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const { server, url } = await serveProject();
const browser = await launchChromium();
const rows = [];
try {
  for (const size of SIZES) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${url}/test/bench/render.html`);
    await page.waitForFunction(() => window.ready === true);
    rows.push(await page.evaluate((n) => window.measure(n), size));
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
const f = (n) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const worst = (list) => Math.max(...list);
console.log('| people | load ms (validate + index) | first render ms | DOM elements | filter ms, worst (first pass / later) | typing ms, worst (first pass / later) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.size} | ${f(r.loadMs)} | ${f(r.firstRender)} | ${r.elements} | ${f(worst(r.cold.filterMs))} / ${f(worst(r.warm.filterMs))} | ${f(worst(r.cold.typingMs))} / ${f(worst(r.warm.typingMs))} |`,
  );
}
const checks = rows.flatMap((r) => [
  [`${r.size}: first render ≤ 150 ms`, r.firstRender <= 150, r.firstRender],
  [`${r.size}: filter change ≤ 50 ms (first pass)`, worst(r.cold.filterMs) <= 50, worst(r.cold.filterMs)],
  [`${r.size}: filter change ≤ 50 ms (later)`, worst(r.warm.filterMs) <= 50, worst(r.warm.filterMs)],
]);
for (const [label, ok, value] of checks) console.log(`${ok ? '✓' : '✗'} ${label} (${f(value)} ms)`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/render.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), rows, checks }, null, 2));
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
