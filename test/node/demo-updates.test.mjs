// The demo's update endpoint (test/tools/demo-updates.mjs), served the way `npm start` serves
// it: valid updates are stored as files `social-directory merge` reads, anything else is refused
// with a status and the reasons. Needs the build (the endpoint checks with dist/core).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serveProject } from '../tools/browser.mjs';
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

const post = (body, type = 'application/json') => fetch(`${base}/api/updates`, { method: 'POST', headers: { 'Content-Type': type }, body });

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
