// The JSON Schema is generated from the zod schema; these tests check that an editor using it
// (ajv, draft 2020-12) agrees with zod on the structure of a manifest.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateUpdate } from 'social-directory/core';
import { Manifest } from 'social-directory/core/schema';
import { cli, demoManifest, fixture, root } from './run-cli.mjs';

const { stdout: printed } = await cli(['schema']);
const schema = JSON.parse(printed);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const ajvValid = ajv.compile(schema);
const zodValid = (data) => Manifest.safeParse(data).success;
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

test('schema prints a draft 2020-12 JSON Schema with an $id and a title', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.match(schema.$id, /^https:\/\/unpkg\.com\/social-directory@\d+\.\d+\.\d+.*\/dist\/manifest\.schema\.json$/);
  assert.equal(schema.title, 'social-directory manifest');
  assert.deepEqual(schema.required, ['version', 'organization', 'people']);
});

test('the package ships dist/manifest.schema.json, identical to what schema prints', () => {
  assert.equal(readFileSync(`${root}dist/manifest.schema.json`, 'utf8'), printed);
});

test('ajv and zod both accept the demo manifest', () => {
  const demo = readJson(demoManifest);
  assert.equal(zodValid(demo), true);
  assert.equal(ajvValid(demo), true, JSON.stringify(ajvValid.errors));
});

test('a manifest may name its schema in "$schema" and stays valid for both', () => {
  const demo = { $schema: './node_modules/social-directory/dist/manifest.schema.json', ...readJson(demoManifest) };
  assert.equal(zodValid(demo), true);
  assert.equal(ajvValid(demo), true);
});

test('ajv and zod both reject the fixture with schema problems', () => {
  const data = readJson(fixture('schema-problems.social.json'));
  assert.equal(zodValid(data), false);
  assert.equal(ajvValid(data), false);
});

const base = () => ({
  version: 1,
  organization: { name: 'Northwind Press' },
  people: [{ id: 'ellen-park', name: 'Ellen Park' }],
});
const structuralCases = {
  'a minimal manifest': (m) => m,
  'no version': (m) => {
    delete m.version;
  },
  'version 2': (m) => {
    m.version = 2;
  },
  'no organization name': (m) => {
    m.organization = {};
  },
  'a blank organization name': (m) => {
    m.organization.name = '   ';
  },
  'people not a list': (m) => {
    m.people = { ellen: {} };
  },
  'a person without an id': (m) => {
    delete m.people[0].id;
  },
  'an id with a space': (m) => {
    m.people[0].id = 'ellen park';
  },
  'an accented id': (m) => {
    m.people[0].id = 'zoë-laurent';
  },
  'an unknown network': (m) => {
    m.people[0].profiles = [{ network: 'myspace', handle: 'ellen' }];
  },
  'a profile without a network': (m) => {
    m.people[0].profiles = [{ handle: 'ellen' }];
  },
  'an email without a domain': (m) => {
    m.people[0].email = 'ellen@northwind';
  },
  'a valid email': (m) => {
    m.people[0].email = 'ellen@northwind.example';
  },
  'champion as text': (m) => {
    m.people[0].champion = 'yes';
  },
  'an unknown visibility': (m) => {
    m.people[0].visibility = 'secret';
  },
  'a website without a scheme': (m) => {
    m.organization.website = 'northwind.example';
  },
  'a website in capitals': (m) => {
    m.organization.website = 'HTTPS://NORTHWIND.EXAMPLE/';
  },
  'an upper-case brand color': (m) => {
    m.organization.signature = { brandColor: '#1D4ED8' };
  },
  'a brand color name': (m) => {
    m.organization.signature = { brandColor: 'blue' };
  },
  'a topic with an unknown channel': (m) => {
    m.topics = [{ id: 'press', label: 'Press', channel: 'fax' }];
  },
  'an unknown public field': (m) => {
    m.organization.publicFields = ['salary'];
  },
  'unknown fields (kept for other tools)': (m) => {
    m.people[0].employeeNumber = 1001;
    m.payroll = {};
  },
  'a 201-character name': (m) => {
    m.people[0].name = 'E'.repeat(201);
  },
};

for (const [name, change] of Object.entries(structuralCases)) {
  test(`ajv and zod agree on ${name}`, () => {
    const data = base();
    change(data);
    assert.equal(ajvValid(data), zodValid(data), JSON.stringify(ajvValid.errors));
  });
}

// Documented limit (docs/cli.md): handle rules per network, time zones, language tags and id
// references live in code, so only `validate` catches them.
test('a handle that breaks its network rule passes the JSON Schema but not zod', () => {
  const data = base();
  data.people[0].profiles = [{ network: 'x', handle: '@this_handle_is_far_too_long' }];
  assert.equal(ajvValid(data), true);
  assert.equal(zodValid(data), false);
});

test('schema --update prints the update document schema the package ships; ajv agrees with validateUpdate', async () => {
  const { stdout } = await cli(['schema', '--update']);
  assert.equal(readFileSync(`${root}dist/update.schema.json`, 'utf8'), stdout);
  const updateSchema = JSON.parse(stdout);
  assert.equal(updateSchema.title, 'social-directory update');
  const valid = ajv.compile(updateSchema);
  const good = {
    version: 1,
    person: 'ellen-park',
    submittedAt: '2026-12-02T09:30:00Z',
    changes: { pronouns: null, profiles: [{ network: 'x', handle: '@ellen' }] },
  };
  assert.equal(valid(good), true, JSON.stringify(valid.errors));
  assert.equal(validateUpdate(good).ok, true);
  const title = { ...good, changes: { title: 'CEO' } };
  assert.equal(valid(title), false);
  assert.equal(validateUpdate(title).ok, false);
});
