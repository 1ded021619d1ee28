// The React entry (social-directory/react), used as a React app uses it: bundled with the
// app (esbuild here) and rendered by react-dom in Chromium. Props reach the element's
// properties (an object manifest included) and onSocial* props receive its events.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { chromiumPath, launchChromium } from '../tools/browser.mjs';

const app = `
  import { createElement } from 'react';
  import { createRoot } from 'react-dom/client';
  import { SocialDirectory } from 'social-directory/react';
  window.seen = [];
  const manifest = {
    version: 1,
    organization: { name: 'Northwind Press' },
    people: [
      { id: 'ellen-park', name: 'Ellen Park', title: 'Marketing Director', profiles: [{ network: 'mastodon', handle: '@ellen@mastodon.social' }] },
      { id: 'zoe-lambert', name: 'Zoë Lambert', title: 'Editor' },
    ],
  };
  createRoot(document.getElementById('root')).render(
    createElement(SocialDirectory, {
      manifest,
      query: 'zoe',
      onSocialLoad: (event) => window.seen.push('load:' + event.detail.directory.people.length),
      onSocialSelect: (event) => window.seen.push('select:' + event.detail.person.id),
    }),
  );
`;

let browser;
before(async () => {
  if (existsSync(chromiumPath)) browser = await launchChromium();
});
after(() => browser?.close());

test(
  'the React component renders the element, passes props and receives events',
  { skip: !existsSync(chromiumPath) && 'no Chromium' },
  async () => {
    const bundle = await build({
      stdin: { contents: app, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><div id="root"></div>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    await page.waitForFunction(() =>
      document.querySelector('social-directory')?.shadowRoot?.querySelector('[part="status"]'),
    );
    const shown = await page.evaluate(async () => {
      const el = document.querySelector('social-directory');
      await el.updateComplete;
      const card = el.shadowRoot.querySelector('social-person-card');
      await card.updateComplete;
      card.shadowRoot.querySelector('[part="name"]').click();
      return { status: el.shadowRoot.querySelector('[part="status"]').textContent.trim(), name: card.person.name };
    });
    assert.deepEqual(shown, { status: '1 person', name: 'Zoë Lambert' });
    assert.deepEqual(await page.evaluate(() => window.seen), ['load:2', 'select:zoe-lambert']);
    assert.deepEqual(errors, []);
    await page.close();
  },
);
