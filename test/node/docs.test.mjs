// The manifest guide must describe every field of the schema and every network, so it cannot
// drift from the code: the fields are read from the JSON Schema zod generates.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as z from 'zod/mini';
import { NETWORK_IDS } from 'social-directory/core';
import { Manifest } from 'social-directory/core/schema';

const guide = readFileSync(new URL('../../docs/manifest.md', import.meta.url), 'utf8');

function fieldNames(schema, names = new Set()) {
  if (schema === null || typeof schema !== 'object') return names;
  for (const [key, value] of Object.entries(schema.properties ?? {})) {
    names.add(key);
    fieldNames(value, names);
  }
  for (const value of [schema.items, ...(schema.anyOf ?? []), ...(schema.allOf ?? [])]) fieldNames(value, names);
  return names;
}

test('docs/manifest.md names every field of the manifest schema', () => {
  const schema = z.toJSONSchema(Manifest, { io: 'input', unrepresentable: 'any' });
  const missing = [...fieldNames(schema)].filter((name) => !guide.includes(`\`${name}\``));
  assert.deepEqual(missing, []);
});

test('docs/manifest.md lists every network id', () => {
  const missing = NETWORK_IDS.filter((id) => !guide.includes(`\`${id}\``));
  assert.deepEqual(missing, []);
});
