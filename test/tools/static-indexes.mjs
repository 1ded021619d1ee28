#!/usr/bin/env node
// The static indexes the browser tests read (test/core/static-index-source.test.ts), built by the
// built CLI (`dist/cli.js index`, as users run it) into .test-results/static-index/<name>/, which
// web-test-runner serves as plain files. `npm test` runs this after the build; on its own:
// `npx rollup -c --silent && node test/tools/static-indexes.mjs`.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { generateManifest } from '../bench/generate.mjs';
import { buildDemoIndex, DEMO_INDEX } from './demo-index.mjs';

export const OUTPUT = '.test-results/static-index';

/** Has the built CLI write the static index of a manifest file, as users run it. */
export function writeStaticIndex(file, folder, audience = 'internal') {
  return promisify(execFile)(process.execPath, ['dist/cli.js', 'index', file, '-o', folder, '--audience', audience]);
}

/** The unit tests' fixture manifests (TypeScript), compiled by esbuild and imported. */
async function fixtures() {
  const { outputFiles } = await build({
    entryPoints: ['test/fixtures/manifests.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

export async function buildStaticIndexes() {
  const started = performance.now();
  const scratch = mkdtempSync(join(tmpdir(), 'social-directory-indexes-'));
  try {
    const { northwind } = await fixtures();
    const manifests = { northwind: northwind(), 'people-300': generateManifest(300) };
    mkdirSync(OUTPUT, { recursive: true });
    const runs = [];
    for (const [name, manifest] of Object.entries(manifests)) {
      const file = join(scratch, `${name}.social.json`);
      writeFileSync(file, JSON.stringify(manifest));
      for (const audience of ['internal', 'public']) {
        const folder = join(OUTPUT, audience === 'public' ? `${name}-public` : name);
        runs.push(writeStaticIndex(file, folder, audience));
      }
    }
    await Promise.all(runs);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return performance.now() - started;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ms = await buildStaticIndexes();
  process.stdout.write(`Static indexes for the browser tests in ${OUTPUT}/ (${(ms / 1000).toFixed(1)} s)\n`);
  // --demo: also the demo's large organization, which the demo pages' test opens.
  if (process.argv.includes('--demo')) {
    const demo = buildDemoIndex();
    process.stdout.write(
      demo === 0 ? `${DEMO_INDEX}/ is up to date\n` : `${DEMO_INDEX}/ built (${(demo / 1000).toFixed(1)} s)\n`,
    );
  }
}
