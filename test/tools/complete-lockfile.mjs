#!/usr/bin/env node
// `npm run lockfile`: refresh package-lock.json, then record every optional dependency the
// registry we install from does not serve (rollup's binaries for other platforms).
//
// Why: npm leaves optional packages it could not resolve out of the lock, and then `npm ci`
// refuses that very lock ("Missing: @rollup/rollup-darwin-x64@ from lock file"; npm/cli#9846).
// An entry with its version and `optional: true` is what a complete lock records; on a platform
// that does not need the package npm skips it, as it skips every optional package that fails.
import { readFileSync, writeFileSync } from 'node:fs';

export function missingOptionalEntries(lock) {
  const missing = [];
  for (const entry of Object.values(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      if (lock.packages[`node_modules/${name}`] === undefined) missing.push({ name, version, dev: entry.dev === true });
    }
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const missing = missingOptionalEntries(lock);
  for (const { name, version, dev } of missing) {
    lock.packages[`node_modules/${name}`] = { version, ...(dev ? { dev } : {}), optional: true };
  }
  writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: recorded ${missing.length} optional package(s) the registry does not serve.`);
}
