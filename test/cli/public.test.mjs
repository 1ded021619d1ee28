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
  const ids = JSON.parse(text)
    .people.map((p) => p.id)
    .sort();
  assert.deepEqual(
    ids,
    demo.people
      .filter((p) => p.visibility === 'public')
      .map((p) => p.id)
      .sort(),
  );
});

test('public writes no email, phone, location, guidelines or internal topic', async () => {
  const { text } = await publish();
  const manifest = JSON.parse(text);
  for (const p of manifest.people) {
    assert.deepEqual(
      ['email', 'phone', 'location', 'timeZone'].filter((f) => f in p),
      [],
      p.id,
    );
  }
  assert.equal(manifest.organization.guidelines, undefined);
  assert.equal(manifest.organization.signature, undefined);
  assert.deepEqual(
    manifest.topics.filter((t) => t.audience !== 'public'),
    [],
  );
  for (const internal of demo.people.filter((p) => p.visibility !== 'public'))
    assert.ok(!text.includes(`"${internal.id}"`), internal.id);
});

test('public writes a manifest that is valid in strict mode', async () => {
  const { text } = await publish();
  assert.deepEqual(validateManifest(JSON.parse(text), { strict: true }).warnings, []);
});

test('public prints what it removed: people, fields, topics and organization settings', async () => {
  const { stdout } = await publish();
  const publicCount = demo.people.filter((p) => p.visibility === 'public').length;
  assert.match(
    stdout,
    new RegExp(
      `People: ${publicCount} of ${demo.people.length} are public; ${demo.people.length - publicCount} internal people removed\\.`,
    ),
  );
  assert.match(stdout, /Fields removed from public people: .*email \(\d+\)/);
  assert.match(
    stdout,
    /Topics: \d+ public kept; 3 internal removed: social-media-training, brand-assets, escalation\./,
  );
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

test('public --jsonld writes the structured data as a script element for a static page', async () => {
  const dir = scratch();
  const { code, stdout } = await cli([
    'public',
    demoManifest,
    '-o',
    join(dir, 'public.json'),
    '--jsonld',
    join(dir, 'jsonld.html'),
    '--page-url',
    'https://northwind.example/careers',
  ]);
  assert.equal(code, 0);
  assert.match(stdout, /jsonld\.html \(structured data\)/);
  const html = readFileSync(join(dir, 'jsonld.html'), 'utf8');
  const [, json] = html.match(/^<script type="application\/ld\+json" data-social-directory>(.*)<\/script>\n$/s);
  assert.doesNotMatch(json, /[<>&]/);
  const graph = JSON.parse(json)['@graph'];
  const people = graph[1].itemListElement.map((entry) => entry.item);
  assert.equal(people.length, demo.people.filter((p) => p.visibility === 'public').length);
  assert.ok(people.every((p) => p.url.startsWith('https://northwind.example/careers?person=')));
  for (const internal of demo.people.filter((p) => p.visibility !== 'public'))
    assert.ok(!json.includes(internal.name), internal.name);
});

test('public --jsonld writes plain JSON to a .json file, and refuses a page URL that is not one', async () => {
  const dir = scratch();
  const ok = await cli(['public', demoManifest, '-o', join(dir, 'public.json'), '--jsonld', join(dir, 'data.jsonld')]);
  assert.equal(ok.code, 0);
  assert.equal(JSON.parse(readFileSync(join(dir, 'data.jsonld'), 'utf8'))['@context'], 'https://schema.org');
  const bad = await cli(['public', demoManifest, '--jsonld', join(dir, 'x.json'), '--page-url', 'careers.html']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--page-url must be the careers page's full http\(s\) address/);
});
