// Random and mutated manifests and CSV files fed to every command of the built CLI: whatever
// the input, the exit code is 0, 1 or 2 and the output holds no stack trace. Bounded runs
// (20 processes: under a minute on an idle machine) so the file stays under a minute on a busy machine.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { cli, demoManifest, fixture, scratch } from './run-cli.mjs';

const demo = JSON.parse(readFileSync(demoManifest, 'utf8'));
const hrExport = readFileSync(fixture('hr-export.csv'));
const dir = scratch();
let files = 0;
const save = (content, ext) => {
  const path = join(dir, `input-${++files}.${ext}`);
  writeFileSync(path, content);
  return path;
};

// Text that attackers and broken tools produce: controls, bidi overrides, lone surrogates, markup.
const nastyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('\u001b[2J', '\u202e', '\ud800', '<script>', 'a@b.example?cc=x', '', ' ', '\u0000', '"', '\\'),
);
const anyJson = fc.jsonValue({ maxDepth: 4 });

/** A copy of the demo with one value somewhere replaced by something else. */
const mutatedManifest = fc.tuple(fc.nat(), fc.oneof(anyJson, nastyText), fc.nat()).map(([where, value, extra]) => {
  const copy = structuredClone(demo);
  const paths = [];
  const walk = (node, path) => {
    if (node !== null && typeof node === 'object')
      for (const key of Object.keys(node)) {
        paths.push([...path, key]);
        walk(node[key], [...path, key]);
      }
  };
  walk(copy, []);
  const path = paths[where % paths.length];
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  if (extra % 5 === 0) delete parent[path.at(-1)];
  else parent[path.at(-1)] = value;
  return JSON.stringify(copy);
});

/** The demo's text cut, spliced or with a byte flipped: broken JSON, broken UTF-8. */
const brokenBytes = (source) =>
  fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([a, b, byte]) => {
    const bytes = Buffer.from(source);
    const at = a % bytes.length;
    const copy = Buffer.concat([bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + (b % 64)))]);
    if (copy.length > 0) copy[b % copy.length] = byte;
    return copy;
  });

const manifestInput = fc.oneof(
  mutatedManifest,
  brokenBytes(JSON.stringify(demo)),
  anyJson.map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '',
    '{',
    '['.repeat(5000),
    '{"version":1}',
    '\ufeff{"version":1,"organization":{"name":"x"},"people":[{"id":"a","name":"A"}]}',
  ),
);
const csvInput = fc.oneof(
  brokenBytes(hrExport),
  fc
    .array(fc.array(nastyText, { maxLength: 5 }), { maxLength: 5 })
    .map((rows) => ['name,email,department,askMeAbout', ...rows.map((r) => r.join(','))].join('\n')),
);

const COMMANDS = [
  (m) => ['validate', m],
  (m) => ['validate', '--strict', '--json', m],
  (m) => ['public', m],
  (m) => ['report', m],
  (m) => ['report', '--json', m],
];

function checkRun({ code, stdout, stderr }, args) {
  assert.ok([0, 1, 2].includes(code), `${args.join(' ')} exited ${code}: ${stderr}`);
  assert.doesNotMatch(stdout + stderr, /\n\s+at .+:\d+:\d+|unexpected error/, `${args.join(' ')}: ${stderr}`);
}

test('every command on random and mutated manifests exits 0, 1 or 2 without a stack trace', async () => {
  await fc.assert(
    fc.asyncProperty(manifestInput, fc.nat(), async (content, which) => {
      const path = save(content, 'json');
      const args = COMMANDS[which % COMMANDS.length](path);
      checkRun(await cli(args), args);
    }),
    { numRuns: 12, endOnFailure: true },
  );
});

test('import on random and broken CSV files exits 0, 1 or 2 without a stack trace', async () => {
  await fc.assert(
    fc.asyncProperty(csvInput, fc.boolean(), async (content, into) => {
      const csv = save(content, 'csv');
      const args = into
        ? ['import', csv, '--into', demoManifest, '-o', join(dir, 'out.json')]
        : ['import', csv, '--organization', 'Northwind Press'];
      checkRun(await cli(args), args);
    }),
    { numRuns: 8, endOnFailure: true },
  );
});
