// Largest contentful paint of the demo careers page, client-rendered (demo/careers.html: the
// script loads, fetches the public manifest, renders) and server-rendered
// (dist/demo/careers-ssr.html from `social-directory render`: the people are in the HTML).
// Run after `npm run build`: node test/bench/lcp.bench.mjs  (RUNS=7 for more pages each)
import { launchChromium, serveProject } from '../tools/browser.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const PAGES = { 'client-rendered': 'demo/careers.html', 'server-rendered': 'dist/demo/careers-ssr.html' };
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const { server, url } = await serveProject();
const browser = await launchChromium();
const results = {};
try {
  for (let run = 0; run < RUNS; run++) {
    // Alternate the pages, so a busy moment of the shared machine falls on both.
    for (const [name, path] of Object.entries(PAGES)) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      // As on a mid-range phone: 4× slower CPU, a fast 3G-like link (150 ms, 1.6 Mbps).
      // THROTTLE=0: the machine and loopback as they are.
      if (process.env.THROTTLE !== '0') {
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 150,
          downloadThroughput: 200_000,
          uploadThroughput: 90_000,
        });
      }
      await page.goto(`${url}/${path}`, { waitUntil: 'networkidle0' });
      const lcp = await page.evaluate(
        () =>
          new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              const last = entries[entries.length - 1];
              resolve({ time: last.startTime, element: last.element?.localName ?? last.element?.nodeName ?? '' });
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
      );
      (results[name] ??= []).push(lcp.time);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
for (const [name, times] of Object.entries(results)) {
  console.log(
    `${name}: LCP median ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
}
