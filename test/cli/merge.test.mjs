import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateManifest } from 'social-directory/core';
import { cli, demoManifest, fixture, scratch } from './run-cli.mjs';

const update = (name) => fixture(`updates/${name}.json`);
const demoText = readFileSync(demoManifest, 'utf8');
const person = (manifest, id) => manifest.people.find((p) => p.id === id);

test('merge applies person-owned fields, writes a valid manifest and leaves its inputs alone', async () => {
  const out = join(scratch(), 'social.json');
  const updateText = readFileSync(update('bjorn'), 'utf8');
  const { code, stdout } = await cli(['merge', demoManifest, update('bjorn'), '-o', out]);
  assert.equal(code, 0, stdout);
  const merged = JSON.parse(readFileSync(out, 'utf8'));
  const bjorn = person(merged, 'bjorn-lindqvist');
  assert.equal(bjorn.pronouns, 'he/him');
  assert.equal(bjorn.visibility, 'public');
  assert.deepEqual(bjorn.languages, ['sv', 'en']);
  assert.deepEqual(bjorn.profiles, [
    { network: 'linkedin', handle: 'in/bjornlindqvist' },
    { network: 'mastodon', handle: '@bjorn@fosstodon.org' },
  ]);
  assert.equal(bjorn.title, person(JSON.parse(demoText), 'bjorn-lindqvist').title);
  assert.deepEqual(validateManifest(merged, { strict: true }).warnings, []);
  assert.match(stdout, /Merged 1 update into .*: 1 applied, 0 refused\./);
  assert.match(stdout, /bjorn-lindqvist: profiles, pronouns, askMeAbout, languages, visibility \(.*bjorn\.json\)/);
  assert.equal(readFileSync(demoManifest, 'utf8'), demoText);
  assert.equal(readFileSync(update('bjorn'), 'utf8'), updateText);
});

test('the later submittedAt wins a field, whatever the order of the files, and the summary says so', async () => {
  const out = join(scratch(), 'social.json');
  const { code, stdout } = await cli(['merge', demoManifest, update('bjorn-later'), update('bjorn'), '-o', out]);
  assert.equal(code, 0);
  assert.equal(person(JSON.parse(readFileSync(out, 'utf8')), 'bjorn-lindqvist').pronouns, 'they/them');
  assert.match(stdout, /bjorn-lindqvist pronouns: .*bjorn-later\.json replaces .*bjorn\.json/);
});

test('an update touching a source-owned field is refused with its file, line and reason; the others are applied; exit 1', async () => {
  const out = join(scratch(), 'social.json');
  const { code, stdout } = await cli(['merge', demoManifest, update('priya-title'), update('bjorn'), '-o', out]);
  assert.equal(code, 1);
  assert.match(stdout, /priya-title\.json:5:5: changes\.title: title comes from the HR system/);
  const merged = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(person(merged, 'priya-raghunathan').pronouns, undefined, 'a refused update is refused whole');
  assert.equal(person(merged, 'bjorn-lindqvist').pronouns, 'he/him');
});

test('a list of updates in one file: each refusal names its place in the list', async () => {
  const { code, stdout } = await cli(['merge', demoManifest, update('bad-handle'), '--dry-run']);
  assert.equal(code, 1);
  assert.match(stdout, /bad-handle\.json:7:33: changes\.profiles\[0\]\.handle: /);
  assert.match(stdout, /bad-handle\.json\[1\]: no person has the id "nobody-at-all" in the manifest/);
});

test('--dry-run prints what would change and writes nothing', async () => {
  const dir = scratch();
  const out = join(dir, 'social.json');
  const { code, stdout } = await cli(['merge', demoManifest, update('bjorn'), '-o', out, '--dry-run']);
  assert.equal(code, 0);
  assert.match(stdout, /Would merge 1 update .*\nWould change:\n {2}bjorn-lindqvist: profiles/);
  assert.equal(existsSync(out), false);
});

test('merge writes to standard output without -o, the summary on stderr', async () => {
  const { code, stdout, stderr } = await cli(['merge', demoManifest, update('bjorn')]);
  assert.equal(code, 0);
  assert.equal(person(JSON.parse(stdout), 'bjorn-lindqvist').pronouns, 'he/him');
  assert.match(stderr, /1 applied/);
});

test('merge refuses to replace its manifest without --force, and replaces it with --force', async () => {
  const input = join(scratch(), 'social.json');
  copyFileSync(demoManifest, input);
  const refused = await cli(['merge', input, update('bjorn'), '-o', input]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /is also the input; add --force/);
  assert.equal(readFileSync(input, 'utf8'), demoText);
  const forced = await cli(['merge', input, update('bjorn'), '-o', input, '--force']);
  assert.equal(forced.code, 0);
  assert.equal(person(JSON.parse(readFileSync(input, 'utf8')), 'bjorn-lindqvist').pronouns, 'he/him');
});

test('usage and file problems exit 2; an update that is not JSON or a manifest that is not one exits 1', async () => {
  assert.equal((await cli(['merge', demoManifest])).code, 2);
  const missing = await cli(['merge', demoManifest, 'no-such-update.json']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no-such-update\.json: no such file/);
  const dir = scratch();
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ "version": 1, ');
  const notJson = await cli(['merge', demoManifest, broken]);
  assert.equal(notJson.code, 1);
  assert.match(notJson.stderr, /broken\.json/);
  const notManifest = await cli(['merge', update('bjorn'), update('bjorn')]);
  assert.equal(notManifest.code, 1);
  assert.match(notManifest.stderr, /is not a manifest/);
});
