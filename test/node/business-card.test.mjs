// The business cards printed to PDF in headless Chromium: the page sizes a printer gets.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromiumPath, launchChromium, serveProject } from '../tools/browser.mjs';
import { pdfPageSizes, printCardsPdf, printPageMiddleware } from '../tools/business-cards.mjs';

const skip = !existsSync(chromiumPath) && 'no Chromium';
const MM = 72 / 25.4;
let server;
let base;
let browser;
before(async () => {
  if (skip) return;
  ({ server, url: base } = await serveProject(0, [printPageMiddleware]));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Asserts every page is width × height points, to a point (Chromium rounds A4 to 595 × 842). */
function assertPages(pdf, [width, height], count) {
  const pages = pdfPageSizes(pdf);
  if (count !== undefined) assert.equal(pages.length, count, `${pages.length} pages`);
  for (const [w, h] of pages) {
    assert.ok(
      Math.abs(w - width) < 1 && Math.abs(h - height) < 1,
      `a page is ${(w / MM).toFixed(1)} × ${(h / MM).toFixed(1)} mm, not ${(width / MM).toFixed(1)} × ${(height / MM).toFixed(1)}`,
    );
  }
}

test('a business card prints on one page of 85 × 55 mm', { skip }, async () => {
  assertPages(await printCardsPdf(browser, base, { people: ['ellen-park'] }), [85 * MM, 55 * MM], 1);
});

test('a US business card prints on one page of 3.5 × 2 in', { skip }, async () => {
  assertPages(await printCardsPdf(browser, base, { people: ['ellen-park'], cardSize: 'us' }), [3.5 * 72, 2 * 72], 1);
});

test('a sheet of the public people prints ten cards to an A4 page', { skip }, async () => {
  const pdf = await printCardsPdf(browser, base, { paper: 'a4', audience: 'public' });
  const pages = pdfPageSizes(pdf).length;
  assertPages(pdf, [210 * MM, 297 * MM]);
  // The demo has 22 public people: three pages of ten.
  assert.equal(pages, 3);
});

test('a sheet prints on Letter paper too', { skip }, async () => {
  assertPages(await printCardsPdf(browser, base, { paper: 'letter', audience: 'public' }), [8.5 * 72, 11 * 72], 3);
});
