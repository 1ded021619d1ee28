import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { cli, demoManifest, fixture } from './run-cli.mjs';

test('validate accepts the demo manifest, exits 0 and prints a one-line summary', async () => {
  const { code, stdout } = await cli(['validate', demoManifest]);
  assert.equal(code, 0);
  assert.match(stdout, /^\S+northwind\.social\.json: valid \(41 people, 9 departments, 20 topics\), 0 warnings\n$/);
});

test('validate reports a JSON syntax error with its line and column and exits 1', async () => {
  const file = fixture('not-json.social.json');
  const { code, stdout } = await cli(['validate', file]);
  assert.equal(code, 1);
  assert.match(
    stdout,
    new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:6:5: error: not valid JSON: a comma is missing\\.`),
  );
  assert.match(stdout, /invalid, 1 error, 0 warnings\n$/);
});

test('validate lists each problem the loader works around as a warning with path, line and column', async () => {
  const { code, stdout } = await cli(['validate', 'test/cli/fixtures/schema-problems.social.json']);
  assert.equal(code, 0);
  const lines = stdout.trim().split('\n');
  assert.ok(
    lines.includes(
      'test/cli/fixtures/schema-problems.social.json:5:5: warning: organization.website: must be a full http(s) URL, like https://northwind.example/ (field left out)',
    ),
    stdout,
  );
  assert.ok(
    lines.includes(
      'test/cli/fixtures/schema-problems.social.json:20:27: warning: people[0].profiles[0].handle: X handles are 1–15 letters, digits or _ (profile left out)',
    ),
    stdout,
  );
  assert.ok(
    lines.some((l) =>
      l.startsWith(
        'test/cli/fixtures/schema-problems.social.json:11:61: warning: topics[0].people[0]: no person has the id "nobody-here"',
      ),
    ),
    stdout,
  );
  assert.equal(
    lines.at(-1),
    'test/cli/fixtures/schema-problems.social.json: valid (2 people, 1 department, 1 topic), 6 warnings',
  );
});

test('validate --strict turns every problem into an error and exits 1', async () => {
  const { code, stdout } = await cli(['validate', '--strict', 'test/cli/fixtures/schema-problems.social.json']);
  assert.equal(code, 1);
  assert.match(stdout, /:18:7: error: people\[0\]\.email: is not an email address/);
  assert.doesNotMatch(stdout, /warning:/);
  assert.match(stdout, /invalid, 5 errors, 0 warnings\n$/);
});

test('validate reports a problem nothing can be left out for as an error at the object that lacks it', async () => {
  const { code, stdout } = await cli(['validate', 'test/cli/fixtures/fatal.social.json']);
  assert.equal(code, 1);
  assert.match(stdout, /fatal\.social\.json:3:19: error: organization\.name: is required\n/);
});

test('validate --json prints findings with severity, path, line and column for CI', async () => {
  const { code, stdout } = await cli(['validate', '--json', 'test/cli/fixtures/schema-problems.social.json']);
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.equal(report.valid, true);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.counts, { people: 2, departments: 1, topics: 1 });
  assert.deepEqual(
    report.warnings.find((w) => w.at === 'people[0].email'),
    {
      severity: 'warning',
      path: ['people', 0, 'email'],
      at: 'people[0].email',
      message: 'is not an email address (like ellen@northwind.example) (field left out)',
      line: 18,
      column: 7,
    },
  );
});

test('validate loads a manifest from a URL and still gives line numbers', async (t) => {
  const body = readFileSync(fixture('schema-problems.social.json'));
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const url = `http://127.0.0.1:${server.address().port}/social.json`;
  const { code, stdout } = await cli(['validate', url]);
  assert.equal(code, 0);
  assert.ok(stdout.includes(`${url}:18:7: warning: people[0].email`), stdout);
});

test('validate exits 2 with a clear message when the file does not exist', async () => {
  const { code, stdout, stderr } = await cli(['validate', 'no-such-manifest.json']);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.equal(stderr, 'social-directory: no-such-manifest.json: no such file.\n');
});

test('validate exits 2 for an unknown option without a stack trace', async () => {
  const { code, stderr } = await cli(['validate', '--fix', demoManifest]);
  assert.equal(code, 2);
  assert.match(stderr, /^social-directory: Unknown option '--fix'/);
  assert.doesNotMatch(stderr, /\n\s+at /);
});
