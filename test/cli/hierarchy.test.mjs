import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateManifest } from 'social-directory/core';
import { cli, scratch } from './run-cli.mjs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Imports `csv` (text) into a new manifest; returns the CLI result and the manifest. */
async function importCsv(csv) {
  const dir = scratch();
  const input = join(dir, 'people.csv');
  const out = join(dir, 'social.json');
  writeFileSync(input, csv);
  const result = await cli(['import', input, '--organization', 'Northwind Press', '-o', out]);
  return { ...result, manifest: result.code === 0 ? readJson(out) : undefined };
}
const managers = (manifest) => Object.fromEntries(manifest.people.map((p) => [p.id, p.manager]));

test('import maps a manager column of employee ids to manager ids, whatever the row order', async () => {
  const { code, manifest, stderr } = await importCsv(
    'Employee ID,Name,Email,Manager ID\n' +
      '1002,Ben Okafor,ben@northwind.example,1001\n' +
      '1001,Ana Ruiz,ana@northwind.example,\n' +
      '1003,Chloé Martin,chloe@northwind.example,1002\n',
  );
  assert.equal(code, 0, stderr);
  assert.deepEqual(managers(manifest), {
    'ben-okafor': 'ana-ruiz',
    'ana-ruiz': undefined,
    'chloe-martin': 'ben-okafor',
  });
  assert.match(stderr, /Employee ID → employeeId/);
  assert.match(stderr, /Manager ID → manager/);
  assert.deepEqual(validateManifest(manifest, { strict: true }).warnings, []);
  // The employee id only links rows: it is not a manifest field.
  assert.equal(manifest.people[0].employeeId, undefined);
});

test('import maps a manager email column, in any case', async () => {
  const { manifest } = await importCsv(
    'Name,Work Email,Manager Email\nAna Ruiz,ana@northwind.example,\nBen Okafor,ben@northwind.example,ANA@Northwind.example\n',
  );
  assert.equal(managers(manifest)['ben-okafor'], 'ana-ruiz');
});

test('import maps "Supervisor" names, and leaves out names several people share', async () => {
  const { manifest, stderr } = await importCsv(
    'Name,Email,Supervisor\n' +
      'Ana Ruiz,ana@northwind.example,\n' +
      'Ben Okafor,ben@northwind.example,ana ruiz\n' +
      'Sam Lee,sam1@northwind.example,Ana Ruiz\n' +
      'Sam Lee,sam2@northwind.example,Ana Ruiz\n' +
      'Dee Park,dee@northwind.example,Sam Lee\n',
  );
  assert.equal(managers(manifest)['ben-okafor'], 'ana-ruiz');
  assert.equal(managers(manifest)['dee-park'], undefined);
  assert.match(
    stderr,
    /line 6: Dee Park: manager "Sam Lee" is the name of several people; give an email or employee id \(left out\)/,
  );
});

test('import leaves out a manager nobody is, a self-manager, and the link that closes a cycle, each with its line', async () => {
  const { manifest, stderr } = await importCsv(
    'Employee ID,Name,Manager ID\n' + '1,Ana Ruiz,9\n' + '2,Ben Okafor,2\n' + '3,Cy Diaz,4\n' + '4,Dee Park,3\n',
  );
  assert.match(stderr, /line 2: Ana Ruiz: manager "9" is nobody in the manifest \(left out\)/);
  assert.match(stderr, /line 3: Ben Okafor: a person cannot be their own manager \(left out\)/);
  assert.match(stderr, /line 5: Dee Park: "cy-diaz" → "dee-park" → "cy-diaz" is a cycle of managers \(left out\)/);
  assert.deepEqual(managers(manifest), {
    'ana-ruiz': undefined,
    'ben-okafor': undefined,
    'cy-diaz': 'dee-park',
    'dee-park': undefined,
  });
  assert.deepEqual(validateManifest(manifest, { strict: true }).warnings, []);
});

test('validate reports hierarchy problems with their line and column', async () => {
  const path = join(scratch(), 'social.json');
  writeFileSync(
    path,
    `{
  "version": 1,
  "organization": { "name": "Northwind Press" },
  "departments": [{ "id": "exec", "name": "Executive", "lead": "nobody" }],
  "people": [
    { "id": "ana", "name": "Ana Ruiz", "manager": "ben" },
    { "id": "ben", "name": "Ben Okafor", "manager": "ana" },
    { "id": "cy", "name": "Cy Diaz", "manager": "cy" }
  ]
}
`,
  );
  const { code, stdout } = await cli(['validate', path]);
  assert.equal(code, 0);
  const lines = stdout.trim().split('\n');
  assert.ok(
    lines.includes(`${path}:4:56: warning: departments[0].lead: no person has the id "nobody" (reference left out)`),
    stdout,
  );
  assert.ok(
    lines.includes(
      `${path}:7:42: warning: people[1].manager: "ana" → "ben" → "ana" is a cycle of managers (link left out)`,
    ),
    stdout,
  );
  assert.ok(
    lines.includes(`${path}:8:38: warning: people[2].manager: a person cannot be their own manager (link left out)`),
    stdout,
  );
  const strict = await cli(['validate', '--strict', path]);
  assert.equal(strict.code, 1);
  assert.match(strict.stdout, /invalid, 3 errors/);
});

test('report adds participation by team: each manager and everyone under them, on each network', async () => {
  const path = join(scratch(), 'social.json');
  const linkedin = (handle) => [{ network: 'linkedin', handle }];
  writeFileSync(
    path,
    JSON.stringify({
      version: 1,
      organization: { name: 'Northwind Press' },
      people: [
        { id: 'ana', name: 'Ana Ruiz', title: 'CEO', profiles: linkedin('anaruiz') },
        { id: 'ben', name: 'Ben Okafor', manager: 'ana', profiles: [{ network: 'github', handle: 'benok' }] },
        { id: 'cy', name: 'Cy Diaz', manager: 'ben', profiles: linkedin('cydiaz') },
        { id: 'dee', name: 'Dee Park', manager: 'ben' },
      ],
    }),
  );
  const { code, stdout } = await cli(['report', path, '--json']);
  assert.equal(code, 0);
  const { teams } = JSON.parse(stdout);
  assert.deepEqual(teams, [
    {
      id: 'ana',
      name: 'Ana Ruiz',
      title: 'CEO',
      reports: 1,
      people: 4,
      withProfile: 3,
      networks: { linkedin: 2, github: 1 },
    },
    { id: 'ben', name: 'Ben Okafor', reports: 2, people: 3, withProfile: 2, networks: { github: 1, linkedin: 1 } },
  ]);
  const text = await cli(['report', path]);
  assert.match(
    text.stdout,
    /Participation by team \(each manager and everyone under them\) \(2\)\n  Ana Ruiz, CEO \(4 people\): 3 75% with a profile; LinkedIn 2 50%, GitHub 1 25%\n/,
  );
  const html = join(scratch(), 'report.html');
  await cli(['report', path, '--html', html]);
  assert.match(
    readFileSync(html, 'utf8'),
    /<caption>Participation by team: each manager and everyone under them<\/caption>.*<th scope="row">Ben Okafor<\/th><td>3<\/td>/s,
  );
});
