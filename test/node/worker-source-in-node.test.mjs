// The worker source on the server (`social-directory render`, SSR): Node has no Worker, so it
// loads on the main thread and answers as memorySource does. Needs the build.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { generateManifest } from '../bench/generate.mjs';

const built = existsSync('dist/elements/internal/worker-source.js');

test(
  'without Worker, workerSource loads on the main thread with memorySource’s answers',
  { skip: !built },
  async () => {
    assert.equal(typeof globalThis.Worker, 'undefined');
    const { workerSource, MAIN_THREAD_PEOPLE } = await import('../../dist/elements/internal/worker-source.js');
    const manifest = generateManifest(MAIN_THREAD_PEOPLE + 500);
    const loaded = await workerSource(manifest, { audience: 'internal', locale: 'en' });
    assert.equal(loaded.thread, 'main');
    assert.equal(loaded.source.head.people, MAIN_THREAD_PEOPLE + 500);
    assert.equal(loaded.source.directory?.people.length, MAIN_THREAD_PEOPLE + 500);
    const results = loaded.source.search({ text: 'ma' });
    assert.ok(results.total > 0 && results.row(0) !== undefined);
    loaded.release();
  },
);
