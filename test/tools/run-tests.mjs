#!/usr/bin/env node
// `npm test`: every suite in order, one summary line at the end ("N passed, N failed") that
// CI reads. Suites: type check (src + tests), lint and format (ESLint, Prettier), build, API reference,
// API report, Node tests (size budgets, the core in Node, docs and lock file checks, the CLI), browser
// tests in headless Chromium (reading static indexes the built CLI writes first).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = [];

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function section(title) {
  process.stdout.write(`\n=== ${title}\n`);
}

/** Finds Chromium, or installs Debian's package when we can; otherwise says exactly what to run. */
function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (hasApt && isRoot) {
    process.stdout.write(
      "No Chromium found: installing Debian's chromium package (npm cannot download browsers here)…\n",
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  process.stderr.write(
    '\nThe browser tests need Chromium and none was found.\n' +
      (hasApt ? '  Install it with:  sudo apt-get install -y chromium\n' : '  Install Chromium or Chrome.\n') +
      '  Or point to one:  CHROME_PATH=/path/to/chrome npm test\n',
  );
  return undefined;
}

section('Type check (tsc --noEmit over src and test)');
const typecheck = await run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
results.push({ suite: 'typecheck', passed: typecheck.code === 0 ? 1 : 0, failed: typecheck.code === 0 ? 0 : 1 });

section('Lint and format (eslint, prettier --check)');
const eslint = await run('npx', ['eslint', '.']);
const prettier = await run('npx', ['prettier', '--check', '--log-level', 'warn', '.']);
results.push({
  suite: 'lint',
  passed: (eslint.code === 0 ? 1 : 0) + (prettier.code === 0 ? 1 : 0),
  failed: (eslint.code === 0 ? 0 : 1) + (prettier.code === 0 ? 0 : 1),
});
if (prettier.code !== 0)
  process.stdout.write('Formatting differs in the files above: `npm run format` rewrites them.\n');

section('Build (rollup)');
const build = await run('npm', ['run', '--silent', 'build']);
results.push({ suite: 'build', passed: build.code === 0 ? 1 : 0, failed: build.code === 0 ? 0 : 1 });

section('Static indexes for the browser tests and the demo (dist/cli.js index)');
const indexes = await run('node', ['test/tools/static-indexes.mjs', '--demo']);
results.push({ suite: 'indexes', passed: indexes.code === 0 ? 1 : 0, failed: indexes.code === 0 ? 0 : 1 });

section('API reference (typedoc, warnings are errors)');
const docs = await run('npx', ['typedoc', '--logLevel', 'Warn']);
results.push({ suite: 'docs', passed: docs.code === 0 ? 1 : 0, failed: docs.code === 0 ? 0 : 1 });

section('API report (api-extractor: the exports against docs/api-report/)');
const api = await run('node', ['test/tools/api-report.mjs']);
results.push({ suite: 'api', passed: api.code === 0 ? 1 : 0, failed: api.code === 0 ? 0 : 1 });

// Found (or installed) before the Node tests: the demo test opens the demo pages in it too.
const chromium = findChromium();

section('Node tests (node --test: test/node, test/cli)');
const node = await run(
  'node',
  ['--test', '--test-reporter=spec', 'test/node/', 'test/cli/'],
  chromium === undefined ? {} : { CHROME_PATH: chromium },
);
const count = (label) => Number(node.output.match(new RegExp(`ℹ ${label} (\\d+)`))?.[1] ?? 0);
results.push({
  suite: 'node',
  passed: count('pass'),
  failed: count('fail') + (node.code !== 0 && count('fail') === 0 ? 1 : 0),
});

section('Browser tests (web-test-runner, headless Chromium)');
if (chromium === undefined) {
  results.push({ suite: 'browser', passed: 0, failed: 1 });
} else {
  mkdirSync('.test-results', { recursive: true });
  rmSync('.test-results/browser.json', { force: true });
  const browser = await run('npx', ['wtr'], { CHROME_PATH: chromium });
  let summary = { passed: 0, failed: 0 };
  if (existsSync('.test-results/browser.json'))
    summary = JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
  if (browser.code !== 0 && summary.failed === 0) summary.failed = 1;
  results.push({ suite: 'browser', ...summary });
}

process.stdout.write('\n');
for (const r of results) process.stdout.write(`${r.suite.padEnd(10)} ${r.passed} passed, ${r.failed} failed\n`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
