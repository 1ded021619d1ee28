#!/usr/bin/env node
// Screenshots of the demo in headless Chromium, light and dark, phone and desktop widths, for
// the README and docs/. Run after `npm run build`: node test/tools/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1', nodeResolve: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
mkdirSync('docs/images', { recursive: true });
const shots = [
  { name: 'directory-desktop-light', width: 1280, height: 900, scheme: 'light' },
  { name: 'directory-desktop-dark', width: 1280, height: 900, scheme: 'dark' },
  { name: 'directory-phone-light', width: 360, height: 780, scheme: 'light' },
  { name: 'directory-phone-dark', width: 360, height: 780, scheme: 'dark' },
];
const errors = [];
for (const shot of shots) {
  const page = await browser.newPage();
  // The demo's photos live on a fictional host: their failed loads are expected (the cards show initials).
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('ERR_NAME_NOT_RESOLVED')) errors.push(`${shot.name}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${shot.name}: ${error.message}`));
  await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.scheme }]);
  await page.goto(`http://127.0.0.1:${port}/demo/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('social-directory')?.shadowRoot?.querySelector('[part="status"]'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.screenshot({ path: `docs/images/${shot.name}.png` });
  console.log(`docs/images/${shot.name}.png`);
  await page.close();
}
await browser.close();
await server.stop();
if (errors.length > 0) {
  console.error(`Console errors:\n${errors.join('\n')}`);
  process.exit(1);
}
