// Browser tests: TypeScript compiled by esbuild (no type check here: `npm test` runs tsc first),
// executed in real headless Chromium. npm cannot download browsers on our machines, so we point
// puppeteer-core at Debian's Chromium (or $CHROME_PATH); test/tools/run-tests.mjs installs it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { OUTPUT, writeStaticIndex } from './test/tools/static-indexes.mjs';
import { serveGeneratedManifests, serveTypeScriptForJs } from './test/tools/browser.mjs';

const require = createRequire(import.meta.url);
// msw's service worker must be served from the root scope; serve it straight from the package
// so the copy always matches the installed msw version (nothing generated to commit).
const mswWorker = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');

// Writes the pass/fail totals where test/tools/run-tests.mjs sums every suite.
function totalsReporter() {
  const countTests = (suite) =>
    suite.tests.reduce(
      (n, t) => ({ passed: n.passed + (t.passed ? 1 : 0), failed: n.failed + (t.passed || t.skipped ? 0 : 1) }),
      { passed: 0, failed: 0 },
    );
  const walk = (suite) =>
    suite.suites
      .map(walk)
      .reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }), countTests(suite));
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        if (session.testResults) {
          const t = walk(session.testResults);
          totals.passed += t.passed;
          totals.failed += t.failed;
        }
        // A file that failed to load or threw outside a test counts as one failure.
        if (session.errors?.length) totals.failed += 1;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify(totals));
    },
  };
}

/**
 * The `build-static-index` command (`executeServerCommand('build-static-index', { manifest,
 * audience })` in a test): the built CLI (`dist/cli.js index`, as users run it) writes the
 * manifest's static index into .test-results/static-index/built-<hash>/, served as plain files;
 * answers its URL. The same manifest and audience are built once per run (never reused from an
 * earlier run, which another CLI may have written).
 */
function staticIndexCommand() {
  const built = new Map();
  return {
    name: 'build-static-index',
    async executeCommand({ command, payload }) {
      if (command !== 'build-static-index') return undefined;
      const { manifest, audience = 'internal' } = payload;
      const text = JSON.stringify(manifest);
      const hash = createHash('sha256').update(`${audience}\n${text}`).digest('hex').slice(0, 16);
      const folder = `${OUTPUT}/built-${hash}`;
      if (!built.has(hash)) {
        built.set(
          hash,
          (async () => {
            mkdirSync(OUTPUT, { recursive: true });
            const file = `${folder}.social.json`;
            writeFileSync(file, text);
            await writeStaticIndex(file, folder, audience);
          })(),
        );
      }
      await built.get(hash);
      return `/${folder}/`;
    },
  };
}

export default {
  reporters: [defaultReporter(), totalsReporter()],
  files: ['test/**/*.test.ts', '!test/csp/**'],
  groups: [
    {
      // A page under a strict CSP (no 'unsafe-eval', no inline styles): proves the core never needs
      // eval and the elements never write a style attribute. The runner's own bootstrap script
      // gets the nonce; nothing else may run inline.
      name: 'csp',
      files: 'test/csp/**/*.test.ts',
      testRunnerHtml: (testFramework) => `<!doctype html>
<html><head>
<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-wtr'; style-src 'self'; object-src 'none'">
</head><body>
<script type="module" nonce="wtr">import '${testFramework}';</script>
</body></html>`,
    },
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), staticIndexCommand()],
  middleware: [
    function serveMswWorker(ctx, next) {
      if (ctx.path === '/mockServiceWorker.js') {
        ctx.type = 'application/javascript';
        ctx.body = mswWorker;
        return;
      }
      return next();
    },
    serveTypeScriptForJs,
    serveGeneratedManifests,
    // The server answers as a CDN does (CORS for everyone), so a test can load the worker source
    // from another origin (127.0.0.1 for localhost), as a page loads the CDN build.
    function actAsCdn(ctx, next) {
      ctx.set('Access-Control-Allow-Origin', '*');
      return next();
    },
  ],
};
