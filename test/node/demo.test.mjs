// Opens every demo page the way a newcomer sees it after `npm start`: served over HTTP, in
// headless Chromium. Each page must load without console errors, show its element with data,
// and pass axe with no violations. Needs the build (npm test builds first) and Chromium.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { chromiumPath, launchChromium, serveProject } from '../tools/browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = [
  { page: 'index.html', tag: 'social-directory', expect: 'Amara Okafor' },
  // A person's link: the directory opens on their page (sync-url), managers to the top.
  { page: 'index.html?person=priya-raghunathan', tag: 'social-directory', expect: 'Back to the directory' },
  { page: 'careers.html', tag: 'social-directory', expect: 'Ellen Park' },
  {
    page: 'contact.html?question=my+order+never+arrived',
    tag: 'social-contact-finder',
    expect: 'A problem with an order',
  },
  { page: 'signature.html', tag: 'social-signature', expect: 'Ellen Park' },
  { page: 'sdk.html', tag: null, expect: 'Ellen Park' },
  { page: 'org-chart.html', tag: 'social-org-chart', expect: 'Harriet Vance' },
  { page: 'profile.html', tag: 'social-profile-editor', expect: 'Directory entry of Ellen Park' },
  { page: 'theming.html', tag: 'social-directory', expect: 'personnes' },
  { page: 'esm.html', tag: 'social-directory', expect: 'Ellen Park' },
  // The large organization from its static index (test/tools/demo-index.mjs builds it first).
  { page: 'large.html', tag: 'social-directory', expect: '10,000 people' },
];

let server;
let base;
let browser;
before(async () => {
  ({ server, url: base } = await serveProject());
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Every <img> of the page, of every open shadow root in it and of every frame (the signature
 * previews are sandboxed srcdoc frames: read from an isolated world, as their own scripts may
 * not run), once loaded, that did not decode: `naturalWidth` 0.
 */
async function brokenImages(page) {
  const broken = [];
  for (const frame of page.frames()) {
    broken.push(
      ...(await frame.isolatedRealm().evaluate(async () => {
        const images = [];
        const collect = (root) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.localName === 'img') images.push(element);
            if (element.shadowRoot) collect(element.shadowRoot);
          }
        };
        collect(document);
        // decode() settles when the image has loaded or failed; a lazy image off screen may never start.
        const settled = Promise.all(images.map((img) => img.decode().catch(() => undefined)));
        await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 5000))]);
        // A card keeps an empty, hidden <img> for a photo it may get later: nothing is requested or shown.
        const shown = images.filter((img) => img.hasAttribute('src') || !img.hidden);
        return shown
          .filter((img) => img.naturalWidth === 0)
          .map((img) => `${location.href.slice(0, 40)}: <img src="${img.getAttribute('src')}" alt="${img.alt}">`);
      })),
    );
  }
  return broken;
}

for (const { page: path, tag, expect } of PAGES) {
  test(
    `demo/${path} loads without console errors, shows its data and passes axe`,
    { skip: !existsSync(chromiumPath) && 'no Chromium' },
    async () => {
      const page = await browser.newPage();
      // The pages' own Content-Security-Policy stays on: what it blocks (an inline style
      // attribute, a script) is logged as a console error and fails the test. axe is evaluated
      // through the DevTools protocol, which the policy does not govern.
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Every image the demo shows is served with it (no fictional hosts): any failed load is an error.
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${base}/demo/${path}`, { waitUntil: 'networkidle0' });
      const text = await page.waitForFunction(
        (tag, expected) => {
          // Text of the page including every open shadow root.
          const all = (root) =>
            [...root.querySelectorAll('*')].map((el) => (el.shadowRoot ? all(el.shadowRoot) : '')).join(' ') +
            root.textContent;
          if (tag !== null && document.querySelector(tag)?.shadowRoot?.querySelector('[part="error"]')) return 'error';
          const found = all(document.documentElement);
          return found.includes(expected) ? 'ok' : false;
        },
        { timeout: 10_000 },
        tag,
        expect,
      );
      assert.equal(await text.jsonValue(), 'ok', `${path} shows ${expect}`);
      // Reading the sandboxed frames makes Chromium log a blocked script: the page's own errors come first.
      const pageErrors = [...errors];
      assert.deepEqual(await brokenImages(page), [], `${path} shows no broken image`);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () =>
        (await window.axe.run(document)).violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      );
      assert.deepEqual(violations, []);
      assert.deepEqual(pageErrors, []);
      await page.close();
    },
  );
}
