import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateManifest } from 'social-directory/core';
import { cli, demoManifest, scratch } from './run-cli.mjs';

const demo = JSON.parse(readFileSync(demoManifest, 'utf8'));

async function publish() {
  const out = join(scratch(), 'public.json');
  const result = await cli(['public', demoManifest, '-o', out]);
  return { ...result, out, text: readFileSync(out, 'utf8') };
}

test('public keeps only the people whose visibility is public', async () => {
  const { code, text } = await publish();
  assert.equal(code, 0);
  const ids = JSON.parse(text).people.map((p) => p.id).sort();
  assert.deepEqual(ids, demo.people.filter((p) => p.visibility === 'public').map((p) => p.id).sort());
});

test('public writes no email, phone, location, guidelines or internal topic', async () => {
  const { text } = await publish();
  const manifest = JSON.parse(text);
  for (const p of manifest.people) {
    assert.deepEqual(['email', 'phone', 'location', 'timeZone'].filter((f) => f in p), [], p.id);
  }
  assert.equal(manifest.organization.guidelines, undefined);
  assert.equal(manifest.organization.signature, undefined);
  assert.deepEqual(manifest.topics.filter((t) => t.audience !== 'public'), []);
  for (const internal of demo.people.filter((p) => p.visibility !== 'public')) assert.ok(!text.includes(`"${internal.id}"`), internal.id);
});

test('public writes a manifest that is valid in strict mode', async () => {
  const { text } = await publish();
  assert.deepEqual(validateManifest(JSON.parse(text), { strict: true }).warnings, []);
});

test('public prints what it removed: people, fields, topics and organization settings', async () => {
  const { stdout } = await publish();
  const publicCount = demo.people.filter((p) => p.visibility === 'public').length;
  assert.match(stdout, new RegExp(`People: ${publicCount} of ${demo.people.length} are public; ${demo.people.length - publicCount} internal people removed\\.`));
  assert.match(stdout, /Fields removed from public people: .*email \(\d+\)/);
  assert.match(stdout, /Topics: \d+ public kept; 3 internal removed: social-media-training, brand-assets, escalation\./);
  assert.match(stdout, /Organization settings removed: guidelines, signature\./);
});

test('public refuses to replace its input manifest', async () => {
  const input = join(scratch(), 'social.json');
  copyFileSync(demoManifest, input);
  const { code, stderr } = await cli(['public', input, '-o', input]);
  assert.equal(code, 2);
  assert.match(stderr, /is also the input; add --force/);
  assert.equal(readFileSync(input, 'utf8'), readFileSync(demoManifest, 'utf8'));
});
