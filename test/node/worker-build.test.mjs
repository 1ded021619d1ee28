// The directory worker's script is found in every build (docs/development.md, "The directory
// worker"): the npm build keeps `new URL('./directory-worker.js', import.meta.url)` beside the
// worker; the standalone and CDN builds point worker-source, wherever its code lands, at their
// self-contained worker (rollup.config.mjs, workerScript). And no worker script reaches lit or
// defines an element: a worker has no DOM and no `customElements`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { workerScript } from '../../rollup.config.mjs';

// An element's definition, or lit: imported by name (npm build) or as the CDN build's lit chunk.
const NOT_FOR_WORKERS = /customElements\.define|\bfrom\s*["'](?:lit|@lit)[/"']|["'][^"']*\/lit-[\w-]+\.js["']/;
const built = existsSync('dist/elements/internal/worker-source.js');

/** Every file a module imports, statically or dynamically, by relative specifier, itself included. */
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    seen.add(join(dirname(file), specifier));
    moduleGraph(join(dirname(file), specifier), seen);
  }
  return seen;
}

test('the npm build has the worker beside worker-source, named as an app’s bundler expects', { skip: !built }, () => {
  const source = readFileSync('dist/elements/internal/worker-source.js', 'utf8');
  assert.match(source, /new Worker\(new URL\('\.\/directory-worker\.js', import\.meta\.url\), \{ type: 'module' \}\)/);
  assert.ok(existsSync('dist/elements/internal/directory-worker.js'));
});

for (const worker of [
  'dist/elements/internal/directory-worker.js',
  'dist/social-directory-worker.min.js',
  'dist/cdn/directory-worker.js',
]) {
  test(`${worker} and what it imports define no element and import no lit`, { skip: !built }, () => {
    const graph = [...moduleGraph(worker)];
    for (const file of graph) {
      assert.ok(existsSync(file), `${worker} imports ${file}, which the build did not write`);
      const code = readFileSync(file, 'utf8');
      assert.doesNotMatch(code, NOT_FOR_WORKERS, `${relative('.', file)} is no module for a worker`);
    }
  });
}

test('the check above finds an element module', { skip: !built }, () => {
  const graph = [...moduleGraph('dist/cdn/elements/social-directory.js')];
  assert.ok(graph.some((file) => NOT_FOR_WORKERS.test(readFileSync(file, 'utf8'))));
  assert.match(readFileSync('dist/elements/base.js', 'utf8'), NOT_FOR_WORKERS);
});

test('workerScript points at the worker from wherever worker-source lands', () => {
  const source = readFileSync('src/elements/internal/worker-source.ts', 'utf8');
  const place = (file, chunkFileName) => {
    const plugin = workerScript(file);
    const errors = [];
    const context = { error: (message) => errors.push(message) };
    const { code } = plugin.transform.call(context, source, '/repo/src/elements/internal/worker-source.ts');
    assert.deepEqual(errors, []);
    const rendered = plugin.renderChunk(code, { fileName: chunkFileName }).code;
    assert.ok(!rendered.includes('__social_directory_worker_url__'), 'every reference to the worker is rewritten');
    return /new Worker\(new URL\("([^"]+)", import\.meta\.url\)/.exec(rendered)?.[1];
  };
  assert.equal(place('directory-worker.js', 'chunks/worker-source-abc123.js'), '../directory-worker.js');
  assert.equal(place('directory-worker.js', 'elements/social-directory.js'), '../directory-worker.js');
  assert.equal(place('social-directory-worker.min.js', 'social-directory.min.js'), './social-directory-worker.min.js');
  assert.equal(
    place('social-directory-worker.min.js', 'social-directory-person-page.min.js'),
    './social-directory-worker.min.js',
  );
});
