#!/usr/bin/env node
// Business cards printed the way a person prints them: Chromium's "Save as PDF" of the print
// sheet the elements make (preparePrintSheet, the step before window.print()). Imported by
// test/node/business-card.test.mjs; run directly (after `npm run build`) it writes the PDFs'
// pictures for the docs: node test/tools/business-cards.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveProject } from './browser.mjs';

/** A page with other content, which must not print. Serve it with {@link printPageMiddleware}. */
const PRINT_PAGE = '/__business-cards.html';

/** Koa middleware for `serveProject` that serves the page cards are printed from. */
export const printPageMiddleware = (context, next) => {
  if (context.path !== PRINT_PAGE) return next();
  context.type = 'html';
  context.body =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cards</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/demo/demo.css"></head><body><p>Not printed.</p></body></html>';
};

/**
 * Prints business cards of the demo manifest to a PDF and returns its bytes. `people`: ids
 * (default: the public people); `paper`: card, a4 or letter; `audience`: internal or public.
 */
export async function printCardsPdf(browser, base, { people, paper = 'card', audience = 'internal', cardSize } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('ERR_NAME_NOT_RESOLVED')) errors.push(message.text());
  });
  await page.goto(`${base}${PRINT_PAGE}`);
  await page.evaluate(
    async (base, people, paper, audience, cardSize) => {
      const sdk = await import(`${base}/dist/social-directory.min.js`);
      const { manifest } = await sdk.loadManifest(`${base}/demo/northwind.social.json`);
      const directory = sdk.createDirectory(sdk.forAudience(manifest, audience), { locale: 'en' });
      const chosen =
        people === undefined
          ? directory.people.filter((p) => p.visibility === 'public')
          : people.map((id) => directory.person(id));
      await sdk.preparePrintSheet(
        chosen.map((person) => ({ person, department: person.department && directory.department(person.department) })),
        { organization: directory.organization, audience, paper, ...(cardSize ? { cardSize } : {}) },
      );
    },
    base,
    people,
    paper,
    audience,
    cardSize,
  );
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.close();
  if (errors.length > 0) throw new Error(`errors while printing: ${errors.join('; ')}`);
  return Buffer.from(pdf);
}

/** The size of each page of a PDF Chromium wrote, in points (its /MediaBox entries). */
export function pdfPageSizes(pdf) {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
    Number(m[3]) - Number(m[1]),
    Number(m[4]) - Number(m[2]),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { server, url } = await serveProject(0, [printPageMiddleware]);
  const browser = await launchChromium();
  const work = mkdtempSync(join(tmpdir(), 'business-cards-'));
  mkdirSync('docs/images', { recursive: true });
  try {
    for (const [name, options, dpi] of [
      ['business-card', { people: ['ellen-park'] }, 300],
      ['business-card-us', { people: ['ellen-park'], cardSize: 'us' }, 300],
      ['business-cards-a4', { paper: 'a4', audience: 'public' }, 60],
    ]) {
      const file = join(work, `${name}.pdf`);
      writeFileSync(file, await printCardsPdf(browser, url, options));
      // The first page only, as a person looks at the print preview.
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        String(dpi),
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        file,
        `docs/images/${name}`,
      ]);
      console.log(`docs/images/${name}.png`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    await browser.close();
    await server.stop();
  }
}
