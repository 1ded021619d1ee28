// custom-elements.json (written by `npm run build` from the JSDoc) is what editors and docs
// tools read: every element must be in it with its events, parts and custom properties, and
// every attribute must say what it does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = new Map(
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])),
);

test('custom-elements.json describes every element', () => {
  assert.deepEqual([...elements.keys()].sort(), [
    'social-contact-finder',
    'social-directory',
    'social-links',
    'social-org-chart',
    'social-person-card',
    'social-profile-editor',
    'social-signature',
  ]);
});

test('each element documents its parts and custom properties, and every attribute', () => {
  for (const [tag, element] of elements) {
    assert.ok((element.cssParts ?? []).length > 0, `${tag} has @csspart`);
    assert.ok((element.cssProperties ?? []).length > 0, `${tag} has @cssprop`);
    for (const attribute of element.attributes ?? []) {
      const field = (element.members ?? []).find((m) => m.name === attribute.fieldName);
      assert.ok(attribute.description || field?.description, `${tag}[${attribute.name}] is documented`);
    }
  }
});

test('the elements that load a manifest declare the social-* events', () => {
  for (const tag of [
    'social-directory',
    'social-contact-finder',
    'social-signature',
    'social-org-chart',
    'social-profile-editor',
  ]) {
    const events = (elements.get(tag).events ?? []).map((e) => e.name);
    for (const name of ['social-load', 'social-error', 'social-warning'])
      assert.ok(events.includes(name), `${tag} declares ${name}`);
  }
});
