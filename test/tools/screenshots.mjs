#!/usr/bin/env node
// Screenshots of the demo in headless Chromium, light and dark, phone and desktop widths, for
// the README and docs/. Run after `npm run build`: node test/tools/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { launchChromium, serveProject } from './browser.mjs';

const { server, url } = await serveProject();
const browser = await launchChromium();
mkdirSync('docs/images', { recursive: true });
const shots = [
  {
    name: 'directory-desktop-light',
    page: 'index.html',
    tag: 'social-directory',
    width: 1280,
    height: 900,
    scheme: 'light',
  },
  {
    name: 'directory-desktop-dark',
    page: 'index.html',
    tag: 'social-directory',
    width: 1280,
    height: 900,
    scheme: 'dark',
  },
  {
    name: 'directory-phone-light',
    page: 'index.html',
    tag: 'social-directory',
    width: 360,
    height: 780,
    scheme: 'light',
  },
  {
    name: 'directory-phone-dark',
    page: 'index.html',
    tag: 'social-directory',
    width: 360,
    height: 780,
    scheme: 'dark',
  },
  {
    name: 'contact-finder-desktop-light',
    page: 'contact.html?question=my+order+never+arrived',
    tag: 'social-contact-finder',
    width: 1280,
    height: 900,
    scheme: 'light',
  },
  {
    name: 'signature-desktop-light',
    page: 'signature.html',
    tag: 'social-signature',
    width: 1280,
    height: 1100,
    scheme: 'light',
  },
];
const errors = [];
for (const shot of shots) {
  const page = await browser.newPage();
  // Every image of the demo is served with it: a failed load is an error.
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${shot.name}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${shot.name}: ${error.message}`));
  await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.scheme }]);
  await page.goto(`${url}/demo/${shot.page}`, { waitUntil: 'networkidle0' });
  // Loaded: the element's shadow root shows something other than the loading skeleton.
  await page.waitForFunction(
    (tag) => {
      const root = document.querySelector(tag)?.shadowRoot;
      return (
        root !== undefined &&
        root !== null &&
        root.querySelector('[aria-busy="true"]') === null &&
        root.childElementCount > 0
      );
    },
    {},
    shot.tag,
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
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
