// `npm ci` on a fresh machine refuses a lock that lacks any optional dependency (npm/cli#9846),
// and a plain `npm install` here drops those the registry does not serve: `npm run lockfile` fixes it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { missingOptionalEntries } from '../tools/complete-lockfile.mjs';

test('package-lock.json records every optional dependency, so npm ci accepts it', () => {
  const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
  const missing = missingOptionalEntries(lock).map(({ name, version }) => `${name}@${version}`);
  assert.deepEqual(missing, [], 'run `npm run lockfile`');
});
