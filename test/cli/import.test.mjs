import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateManifest } from 'social-directory/core';
import { cli, demoManifest, fixture, scratch } from './run-cli.mjs';

const hrExport = fixture('hr-export.csv');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Imports the messy HR export into a new manifest; returns the CLI result and the manifest. */
async function importExport(extra = []) {
  const out = join(scratch(), 'social.json');
  const result = await cli(['import', hrExport, '--organization', 'Northwind Press', '-o', out, ...extra]);
  return { ...result, out, manifest: result.code === 0 ? readJson(out) : undefined };
}
const person = (manifest, id) => manifest.people.find((p) => p.id === id);

test('import reads an HR export with a BOM, quoted commas and blank lines into a manifest valid in strict mode', async () => {
  const { code, manifest } = await importExport();
  assert.equal(code, 0);
  const { warnings } = validateManifest(manifest, { strict: true });
  assert.deepEqual(warnings, []);
  assert.equal(person(manifest, 'ellen-park').title, 'Director, Marketing & Brand');
  assert.equal(person(manifest, 'trent-walsh').title, 'Social Media Manager, "Northwind Live"');
});

test('import makes ids from accented names and keeps the names as written', async () => {
  const { manifest } = await importExport();
  assert.equal(person(manifest, 'jose-garcia').name, 'José García');
  assert.equal(person(manifest, 'lukasz-wisniewski').name, 'Łukasz Wiśniewski');
  assert.equal(person(manifest, 'siobhan-ni-bhriain').name, 'Siobhán Ní Bhriain');
  assert.equal(person(manifest, 'zoe-obrien').name, "Zoë O'Brien");
});

test('import gives two different people with the same name unique ids', async () => {
  const { manifest } = await importExport();
  const marias = manifest.people.filter((p) => p.name === 'Maria Silva');
  assert.deepEqual(
    marias.map((p) => [p.id, p.email]),
    [
      ['maria-silva', 'maria.silva@northwind.example'],
      ['maria-silva-2', 'maria.silva2@northwind.example'],
    ],
  );
});

test('import reads Twitter URLs and @handles as X handles', async () => {
  const { manifest } = await importExport();
  const x = (id) => person(manifest, id).profiles.find((p) => p.network === 'x')?.handle;
  assert.equal(x('ellen-park'), '@ellenpark'); // https://twitter.com/ellenpark
  assert.equal(x('zoe-obrien'), '@zoeobrien'); // x.com/zoeobrien
  assert.equal(x('jose-garcia'), '@josegarcia'); // @josegarcia
});

test('import reports skipped rows with their line in the file and the reason', async () => {
  const { stderr } = await importExport();
  assert.match(stderr, /11 rows, 9 added, 0 updated, 2 skipped/);
  assert.match(stderr, /\n  line 9: it has no name\n/);
  assert.match(stderr, /\n  line 11: it repeats line 7\n/);
});

test('import leaves out a bad LinkedIn value with a warning and keeps the person', async () => {
  const { stderr, manifest } = await importExport();
  assert.match(
    stderr,
    /line 5: Zoë O'Brien: LinkedIn "linkedin\.com\/pub\/not-a-profile": this is not a LinkedIn profile URL \(profile left out\)/,
  );
  assert.deepEqual(
    person(manifest, 'zoe-obrien').profiles.map((p) => p.network),
    ['x', 'github'],
  );
});

test('import leaves out an email that is not an address and says so', async () => {
  const { stderr, manifest } = await importExport();
  assert.match(stderr, /line 12: Ngozi Okafor: email "not-an-email" is not an email address/);
  assert.equal(person(manifest, 'ngozi-okafor').email, undefined);
});

test('import never imports personal email addresses', async () => {
  const { stderr, out } = await importExport();
  assert.match(stderr, /Personal Email \(personal contact details are not imported\)/);
  assert.doesNotMatch(readFileSync(out, 'utf8'), /gmail/);
});

test('import creates departments named in the CSV, with slug ids, once each', async () => {
  const { manifest } = await importExport();
  assert.deepEqual(
    manifest.departments.find((d) => d.name === 'Press & Communications'),
    { id: 'press-communications', name: 'Press & Communications' },
  );
  assert.equal(person(manifest, 'siobhan-ni-bhriain').department, 'editorial'); // "editorial" matched "Editorial"
  assert.equal(manifest.departments.filter((d) => d.id === 'editorial').length, 1);
});

test('import merges into an existing manifest by email, keeping fields the CSV does not have', async () => {
  const dir = scratch();
  const into = join(dir, 'social.json');
  const csv = join(dir, 'people.csv');
  writeFileSync(into, readFileSync(demoManifest));
  const before = person(readJson(into), 'ellen-park');
  writeFileSync(
    csv,
    `Name,Email,Job Title,Department,GitHub\nEllen Park,${before.email.toUpperCase()},Chief Marketing Officer,Marketing,ellenpark\nNew Person,new.person@northwind.example,Editor,Editorial,\n`,
  );
  const { code, stdout, stderr } = await cli(['import', csv, '--into', into]);
  assert.equal(code, 0, stderr);
  const merged = JSON.parse(stdout);
  const ellen = person(merged, 'ellen-park');
  assert.equal(ellen.title, 'Chief Marketing Officer');
  assert.equal(ellen.photo, before.photo);
  assert.deepEqual(ellen.askMeAbout, before.askMeAbout);
  assert.deepEqual(ellen.profiles.slice(0, before.profiles.length), before.profiles);
  assert.deepEqual(ellen.profiles.at(-1), { network: 'github', handle: 'ellenpark' });
  assert.equal(person(merged, 'new-person').department, 'editorial');
  assert.equal(merged.people.length, readJson(demoManifest).people.length + 1);
  assert.match(stderr, /1 added, 1 updated, 0 skipped/);
});

test('import does not replace the --into manifest unless --force is given', async () => {
  const dir = scratch();
  const into = join(dir, 'social.json');
  copyFileSync(demoManifest, into);
  const refused = await cli(['import', hrExport, '--into', into, '-o', into]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /^social-directory: .*social\.json is the --into manifest; add --force/);
  assert.equal(readFileSync(into, 'utf8'), readFileSync(demoManifest, 'utf8'));
  const forced = await cli(['import', hrExport, '--into', into, '-o', into, '--force']);
  assert.equal(forced.code, 0, forced.stderr);
  assert.ok(person(readJson(into), 'lukasz-wisniewski'));
});

test('import refuses a Latin-1 CSV and says how to re-export it as UTF-8', async () => {
  const { code, stdout, stderr } = await cli([
    'import',
    fixture('latin1-export.csv'),
    '--organization',
    'Northwind Press',
  ]);
  assert.equal(code, 2);
  assert.equal(stdout, '');
  assert.match(
    stderr,
    /^social-directory: .*latin1-export\.csv is not UTF-8 \(line 2 .*Export it again as "CSV UTF-8"/,
  );
});

test('import reads a UTF-16 export with a byte order mark (Excel "Unicode text")', async () => {
  const { code, stdout } = await cli(['import', fixture('utf16-export.csv'), '--organization', 'Northwind Press']);
  assert.equal(code, 0);
  assert.deepEqual(
    JSON.parse(stdout).people.map((p) => p.id),
    ['aoife-walsh', 'kenji-tanaka'],
  );
});

test('import uses --map for a column it does not recognise', async () => {
  const csv = join(scratch(), 'people.csv');
  writeFileSync(csv, 'Colleague,Threads user\nEllen Park,ellenpark\n');
  const { code, stdout } = await cli([
    'import',
    csv,
    '--organization',
    'Northwind Press',
    '--map',
    'colleague=name',
    '--map',
    'Threads user=threads',
  ]);
  assert.equal(code, 0);
  assert.deepEqual(JSON.parse(stdout).people, [
    { id: 'ellen-park', name: 'Ellen Park', profiles: [{ network: 'threads', handle: '@ellenpark' }] },
  ]);
});

test('import reads "Last, First" names from a single name column', async () => {
  const csv = join(scratch(), 'people.csv');
  writeFileSync(csv, 'Employee Name,Email\n"Park, Ellen",ellen@northwind.example\n');
  const { stdout } = await cli(['import', csv, '--organization', 'Northwind Press']);
  assert.equal(JSON.parse(stdout).people[0].name, 'Ellen Park');
});

test('import exits 1 when no column gives names, listing the columns', async () => {
  const csv = join(scratch(), 'people.csv');
  writeFileSync(csv, 'Colleague,Mail\nEllen Park,ellen@northwind.example\n');
  const { code, stderr } = await cli(['import', csv, '--organization', 'Northwind Press']);
  assert.equal(code, 1);
  assert.match(stderr, /No column gives people's names\. The columns are: Colleague, Mail\. Name one with --map/);
});

test('import exits 2 for a CSV with a header and no rows', async () => {
  const csv = join(scratch(), 'people.csv');
  writeFileSync(csv, '\uFEFFFirst Name,Last Name\r\n\r\n');
  const { code, stderr } = await cli(['import', csv, '--organization', 'Northwind Press']);
  assert.equal(code, 2);
  assert.match(stderr, /people\.csv has a header row but no people in it\./);
});

test('import says a spreadsheet file is not CSV', async () => {
  const xlsx = join(scratch(), 'people.csv');
  writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
  const { code, stderr } = await cli(['import', xlsx, '--organization', 'Northwind Press']);
  assert.equal(code, 2);
  assert.match(stderr, /looks like a spreadsheet .* Save it as "CSV UTF-8/);
});

test('import fills a manifest that has an organization and no people yet', async () => {
  const into = join(scratch(), 'social.json');
  writeFileSync(into, '{ "version": 1, "organization": { "name": "Northwind Press" } }\n');
  const { code, stdout } = await cli(['import', fixture('utf16-export.csv'), '--into', into]);
  assert.equal(code, 0);
  const manifest = JSON.parse(stdout);
  assert.equal(manifest.organization.name, 'Northwind Press');
  assert.equal(manifest.people.length, 2);
});

test('import exits 1 and names the problem when the --into manifest cannot load', async () => {
  const { code, stdout, stderr } = await cli(['import', hrExport, '--into', fixture('not-json.social.json')]);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(
    stderr,
    /not-json\.social\.json is not valid JSON: a comma is missing at line 6, column 5\. Run "social-directory validate/,
  );
});
