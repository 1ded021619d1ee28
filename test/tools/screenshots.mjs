#!/usr/bin/env node
// Screenshots of the demo in headless Chromium, light and dark, phone and desktop widths, for
// the README and docs/. Run after `npm run build`: node test/tools/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { launchChromium, serveProject } from './browser.mjs';

const { server, url } = await serveProject();
const browser = await launchChromium();
mkdirSync('docs/images', { recursive: true });
const desktop = { width: 1280, height: 900 };
const phone = { width: 360, height: 780 };
const both = (shot) => ['light', 'dark'].map((scheme) => ({ ...shot, name: `${shot.name}-${scheme}`, scheme }));
const shots = [
  ...both({ name: 'directory-desktop', page: 'index.html', tag: 'social-directory', ...desktop }),
  ...both({ name: 'directory-phone', page: 'index.html', tag: 'social-directory', ...phone }),
  // A person's page inside the directory, opened by its link (?person=, the demo has sync-url).
  ...both({
    name: 'person-page-desktop',
    page: 'index.html?person=priya-raghunathan',
    tag: 'social-directory',
    ...desktop,
  }),
  ...both({
    name: 'person-page-phone',
    page: 'index.html?person=priya-raghunathan',
    tag: 'social-directory',
    ...phone,
  }),
  {
    name: 'contact-finder-desktop-light',
    page: 'contact.html?question=my+order+never+arrived',
    tag: 'social-contact-finder',
    ...desktop,
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
  {
    name: 'profile-editor-desktop-light',
    page: 'profile.html',
    tag: 'social-profile-editor',
    ...desktop,
    scheme: 'light',
  },
  // The org chart page holds a tree, then a chart: each is shot on its own (`element`: which one).
  ...both({ name: 'org-chart-tree-desktop', page: 'org-chart.html', tag: 'social-org-chart', element: 0, ...desktop }),
  ...both({ name: 'org-chart-tree-phone', page: 'org-chart.html', tag: 'social-org-chart', element: 0, ...phone }),
  ...both({ name: 'org-chart-chart-desktop', page: 'org-chart.html', tag: 'social-org-chart', element: 1, ...desktop }),
  ...both({ name: 'org-chart-chart-phone', page: 'org-chart.html', tag: 'social-org-chart', element: 1, ...phone }),
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
  // Loaded: each element's shadow root shows something other than the loading skeleton.
  await page.waitForFunction(
    (tag) =>
      [...document.querySelectorAll(tag)].every(
        ({ shadowRoot: root }) =>
          root !== null && root.querySelector('[aria-busy="true"]') === null && root.childElementCount > 0,
      ),
    {},
    shot.tag,
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  const path = `docs/images/${shot.name}.png`;
  if (shot.element !== undefined) {
    // That element at the top of the viewport, with its heading above it.
    const element = (await page.$$(shot.tag))[shot.element];
    await element.evaluate((node) => (node.previousElementSibling ?? node).scrollIntoView());
  }
  await page.screenshot({ path });
  console.log(path);
  await page.close();
}
await browser.close();
await server.stop();
if (errors.length > 0) {
  console.error(`Console errors:\n${errors.join('\n')}`);
  process.exit(1);
}
