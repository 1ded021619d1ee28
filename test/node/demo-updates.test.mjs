// The demo's update endpoint (test/tools/demo-updates.mjs), served the way `npm start` serves
// it: valid updates are stored as files `social-directory merge` reads, anything else is refused
// with a status and the reasons. Needs the build (the endpoint checks with dist/core).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromiumPath, launchChromium, serveProject } from '../tools/browser.mjs';
import { updatesEndpoint, UPDATE_BODY_LIMIT } from '../tools/demo-updates.mjs';

const update = {
  version: 1,
  person: 'ellen-park',
  submittedAt: '2026-12-02T09:30:00Z',
  changes: { pronouns: 'she/they', profiles: [{ network: 'mastodon', handle: '@ellen@fosstodon.org' }] },
};

let server;
let base;
let folder;
before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'demo-updates-'));
  ({ server, url: base } = await serveProject(0, [await updatesEndpoint({ folder })]));
});
after(async () => {
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

const post = (body, type = 'application/json') =>
  fetch(`${base}/api/updates`, { method: 'POST', headers: { 'Content-Type': type }, body });

test('stores a valid update as a file and answers 201 with its name', async () => {
  const response = await post(JSON.stringify(update));
  assert.equal(response.status, 201);
  const { stored } = await response.json();
  assert.match(stored, /ellen-park\.json$/);
  assert.deepEqual(readdirSync(folder), [stored]);
  assert.deepEqual(JSON.parse(readFileSync(join(folder, stored), 'utf8')), update);
  // A second one is a second file, listed after the first.
  const again = await (await post(JSON.stringify({ ...update, submittedAt: '2026-12-02T10:00:00Z' }))).json();
  assert.deepEqual(readdirSync(folder).sort(), [stored, again.stored]);
});

test('refuses an update that changes a field HR owns, with the reasons, and stores nothing', async () => {
  const before = readdirSync(folder).length;
  const response = await post(JSON.stringify({ ...update, changes: { title: 'CEO' } }));
  assert.equal(response.status, 400);
  const { errors } = await response.json();
  assert.equal(errors[0].at, 'changes.title');
  assert.match(errors[0].message, /HR system/);
  assert.equal(readdirSync(folder).length, before);
});

test('refuses a body that is not JSON, too large, or not declared as JSON', async () => {
  const notJson = await post('{ "version": 1,');
  assert.equal(notJson.status, 400);
  assert.match((await notJson.json()).errors[0].message, /^not JSON/);
  const large = await post(JSON.stringify({ ...update, padding: 'x'.repeat(UPDATE_BODY_LIMIT) }));
  assert.equal(large.status, 413);
  const form = await post('version=1', 'application/x-www-form-urlencoded');
  assert.equal(form.status, 415);
  const get = await fetch(`${base}/api/updates`);
  assert.equal(get.status, 405);
  assert.equal(get.headers.get('allow'), 'POST');
});

test('leaves every other path to the static server', async () => {
  const response = await fetch(`${base}/demo/profile.html`);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /<social-profile-editor[^>]+action="\/api\/updates"/);
});

test(
  'demo/profile.html sends an edit that lands in the folder, ready for merge',
  { skip: !existsSync(chromiumPath) && 'no Chromium' },
  async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/demo/profile.html`, { waitUntil: 'networkidle0' });
      const editor = await page.waitForFunction(
        () => document.querySelector('social-profile-editor')?.shadowRoot?.querySelector('input[name="pronouns"]'),
        { timeout: 10_000 },
      );
      await editor.evaluate((input) => {
        input.value = 'she/they';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      });
      const before = new Set(readdirSync(folder));
      await page.evaluate(() =>
        document.querySelector('social-profile-editor').shadowRoot.querySelector('button[type="submit"]').click(),
      );
      await page.waitForFunction(
        () =>
          document
            .querySelector('social-profile-editor')
            .shadowRoot.querySelector('[role="status"]')
            .textContent.startsWith('Sent'),
        { timeout: 10_000 },
      );
      const added = readdirSync(folder).filter((name) => !before.has(name));
      assert.equal(added.length, 1);
      const stored = JSON.parse(readFileSync(join(folder, added[0]), 'utf8'));
      assert.equal(stored.person, 'ellen-park');
      assert.deepEqual(stored.changes, { pronouns: 'she/they' });
    } finally {
      await browser.close();
    }
  },
);
