#!/usr/bin/env node
// The large organization of the demo (demo/large.html): 10,000 generated people as the static
// index the built CLI writes (`dist/cli.js index`, as users run it), in demo/large-org/ (not
// committed). `npm start` and `npm test` (for the demo pages' test) build it when it is missing
// or another CLI wrote it (a fingerprint of dist/cli.js is kept next to it); on its own:
// `npx rollup -c --silent && node test/tools/demo-index.mjs`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateManifest } from '../bench/generate.mjs';

export const DEMO_INDEX = 'demo/large-org';
const PEOPLE = 10_000;
const CLI = 'dist/cli.js';

/** Builds the demo's index unless this CLI already did; returns the ms spent (0: up to date). */
export function buildDemoIndex() {
  const stamp = join(DEMO_INDEX, '.cli-sha256');
  const cli = createHash('sha256').update(readFileSync(CLI)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === cli) return 0;
  const started = performance.now();
  const manifest = generateManifest(PEOPLE);
  // The generated photos name hosts that do not exist: a demo shows no broken image, so the
  // cards show initials instead.
  for (const person of manifest.people) delete person.photo;
  const scratch = mkdtempSync(join(tmpdir(), 'social-directory-demo-'));
  try {
    const file = join(scratch, 'large-org.social.json');
    writeFileSync(file, JSON.stringify(manifest));
    execFileSync(process.execPath, [CLI, 'index', file, '-o', DEMO_INDEX], { stdio: ['ignore', 'ignore', 'inherit'] });
    writeFileSync(stamp, cli);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return performance.now() - started;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ms = buildDemoIndex();
  process.stdout.write(
    ms === 0
      ? `${DEMO_INDEX}/ is up to date\n`
      : `${DEMO_INDEX}/: ${PEOPLE} people indexed in ${(ms / 1000).toFixed(1)} s\n`,
  );
}
