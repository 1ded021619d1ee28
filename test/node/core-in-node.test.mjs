// The headless SDK must run unchanged in Node (the CLI and servers use it): import the built
// `social-directory/core` entry through the package's own exports map.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const core = await import('social-directory/core');
const demo = JSON.parse(readFileSync(new URL('../../demo/northwind.social.json', import.meta.url), 'utf8'));

test('the core entry loads in Node without a DOM or lit', () => {
  assert.equal(typeof core.loadManifest, 'function');
  assert.equal(globalThis.document, undefined);
});

test('the demo manifest is valid, with no warnings, in strict mode', async () => {
  const { manifest, warnings } = await core.loadManifest(demo, { strict: true });
  assert.deepEqual(warnings, []);
  assert.ok(manifest.people.length >= 35, `demo has ${manifest.people.length} people`);
});

test('search works in Node', async () => {
  const { manifest } = await core.loadManifest(demo);
  const directory = core.createDirectory(manifest, { locale: 'en' });
  const first = directory.people[0];
  const hits = directory.search({ text: first.name.split(' ')[0] }).people;
  assert.ok(hits.some((p) => p.id === first.id));
});

test('a manifest URL that cannot be reached fails with a ManifestError (the cache is a no-op in Node)', async () => {
  const refused = () => Promise.reject(new TypeError('fetch failed'));
  await assert.rejects(
    core.loadManifest('https://intranet.northwind.example/social.json', { fetch: refused, retryDelay: 1 }),
    {
      name: 'ManifestError',
      code: 'network',
    },
  );
});
