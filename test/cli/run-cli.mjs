// Runs the built CLI (dist/cli.js) as users do, in a child process. `npm test` builds first;
// on its own: `npx rollup -c --silent && node --test test/cli/`.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = join(root, 'dist/cli.js');
export const fixture = (name) => join(root, 'test/cli/fixtures', name);
export const demoManifest = join(root, 'demo/northwind.social.json');

if (!existsSync(cliPath)) throw new Error('dist/cli.js is missing: run `npx rollup -c --silent` first');

/** Runs `social-directory ...args`; resolves with { code, stdout, stderr } (never rejects on exit codes). */
export function cli(args, { cwd = root } = {}) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cliPath, ...args], { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const scratchDirs = [];
process.on('exit', () => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh temporary folder for output files, removed when the test file ends. */
export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'social-directory-cli-'));
  scratchDirs.push(dir);
  return dir;
}
