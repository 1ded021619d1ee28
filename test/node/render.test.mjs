// The server-rendered careers page (`social-directory render`): people in the HTML for readers
// that run no script, and a page that hydrates into the live element without a flash, a second
// fetch of the manifest or a console error. Needs the build and Chromium.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromiumPath, launchChromium, serveProject } from '../tools/browser.mjs';
import { cli, root } from '../cli/run-cli.mjs';

const skip = !existsSync(chromiumPath) && 'no Chromium';
const publicManifest = join(root, 'dist/demo/northwind.public.json');
const people = JSON.parse(readFileSync(publicManifest, 'utf8')).people;
// Written where the project server serves it, next to the scripts it loads.
const pagePath = 'dist/demo/render-test.html';

let server;
let base;
let browser;
before(async () => {
  const { code, stderr } = await cli([
    'render',
    publicManifest,
    '-o',
    join(root, pagePath),
    '--script',
    '../social-directory-hydrate.min.js',
    '--page-url',
    'https://northwind.example/careers',
  ]);
  assert.equal(code, 0, stderr);
  if (skip) return;
  ({ server, url: base } = await serveProject());
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

// The HTML's text as a parser reads it (the character references lit writes, decoded).
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (html) => html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name) => ENTITIES[name]);

test('the rendered page has every public person, their title and profile links in its HTML', () => {
  const html = readFileSync(join(root, pagePath), 'utf8');
  // The shadow roots are declarative: <template shadowrootmode="open"> inside the elements.
  const rendered = html.slice(html.indexOf('<social-directory'));
  assert.match(rendered, /<template[^>]* shadowrootmode="open"/);
  const shadow = decode(rendered);
  for (const person of people) {
    assert.ok(shadow.includes(`>${person.name}<`), `${person.name} is in the HTML`);
    if (person.title) assert.ok(shadow.includes(person.title), `${person.title} is in the HTML`);
    for (const profile of person.profiles)
      assert.ok(shadow.includes(`href="${profile.url}"`), `${profile.url} is in the HTML`);
  }
  assert.match(html, /<script type="application\/ld\+json" data-social-directory>/);
  assert.match(html, /<script type="application\/json" id="social-directory-manifest">/);
});

test('the rendered page shows every public person without running scripts', { skip }, async () => {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(`${base}/${pagePath}`, { waitUntil: 'load' });
  const text = await page.evaluate(() => {
    const all = (node) =>
      [...node.querySelectorAll('*')].map((el) => (el.shadowRoot ? all(el.shadowRoot) : '')).join(' ') +
      node.textContent;
    return all(document);
  });
  await page.close();
  for (const person of people) assert.ok(text.includes(person.name), `${person.name} is shown without scripts`);
});

test('the page hydrates into the live element: same nodes, no second fetch, no console error', { skip }, async () => {
  const page = await browser.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Failed loads are checked by URL below (the browser's own /favicon.ico request is not the page's).
    if (['error', 'warning'].includes(message.type()) && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== '/favicon.ico')
      errors.push(`${response.status()} ${url.pathname}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  // Hold the script back until the server's HTML is marked, then let it hydrate.
  await page.setRequestInterception(true);
  let release;
  const released = new Promise((resolve) => (release = resolve));
  page.on('request', (request) => {
    if (request.url().endsWith('social-directory-hydrate.min.js')) released.then(() => request.continue());
    else request.continue();
  });
  // The held module script holds DOMContentLoaded back too: wait for the server's HTML instead.
  const navigation = page.goto(`${base}/${pagePath}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      document.querySelector('social-directory')?.shadowRoot?.querySelector('social-person-card')?.shadowRoot != null,
  );
  await page.evaluate(() => {
    const root = document.querySelector('social-directory').shadowRoot;
    root.querySelector('social-person-card').shadowRoot.querySelector('[part="name"]').dataset.serverNode = '1';
  });
  release();
  await navigation;
  await page.waitForFunction(() => document.querySelector('social-directory').hasUpdated === true);
  const after = await page.evaluate(async () => {
    const el = document.querySelector('social-directory');
    await el.updateComplete;
    const card = el.shadowRoot.querySelector('social-person-card');
    const kept = card.shadowRoot.querySelector('[part="name"]').dataset.serverNode === '1';
    // Live: typing filters the list.
    const input = el.shadowRoot.querySelector('input[type="search"]');
    input.value = card.person.name;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    return { kept, status: el.shadowRoot.querySelector('[part="status"]').textContent.trim() };
  });
  await page.close();
  assert.deepEqual(errors, []);
  assert.equal(after.kept, true, 'the server-rendered card was hydrated, not drawn again');
  assert.match(after.status, /^1 (person|people)/);
  assert.deepEqual(
    requests.filter((url) => url.endsWith('.json')),
    [],
    'no second fetch of the manifest',
  );
});

test('a person’s link on the rendered page hydrates the list, then opens their page', { skip }, async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type()) && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  const person = people[0];
  await page.goto(`${base}/${pagePath}?person=${encodeURIComponent(person.id)}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => document.querySelector('social-directory')?.shadowRoot?.querySelector('#person-page-heading') != null,
  );
  const shown = await page.evaluate(async () => {
    const el = document.querySelector('social-directory');
    await el.updateComplete;
    return {
      heading: el.shadowRoot.querySelector('#person-page-heading').textContent.trim(),
      listHidden: el.shadowRoot.querySelector('.listing').hidden,
    };
  });
  await page.close();
  // Lit reports a first client render that differs from the server's as a console error.
  assert.deepEqual(errors, []);
  assert.deepEqual(shown, { heading: person.name, listHidden: true });
});
