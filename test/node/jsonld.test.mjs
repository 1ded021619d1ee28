// The careers page's structured data, built from the demo manifest as a careers page would:
// nothing the public audience may not see, and JSON-LD that a JSON-LD processor accepts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import jsonld from 'jsonld';

const { loadManifest, forAudience } = await import('social-directory/core');
const { toJsonLd, serializeJsonLd } = await import('social-directory/core/jsonld');
const demo = JSON.parse(readFileSync(new URL('../../demo/northwind.social.json', import.meta.url), 'utf8'));
const { manifest } = await loadManifest(demo, { strict: true });
const pageUrl = 'https://northwind.example/careers';

/** Every string in a value, at any depth (object keys excluded). */
function strings(value, out = new Set()) {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => strings(item, out));
  return out;
}

test('the structured data of the demo careers page holds no value the public audience drops', () => {
  const publicStrings = strings(forAudience(manifest, 'public'));
  // What the full manifest has and its public version does not: internal people, contact
  // details, locations, internal topics, guidelines, signature settings.
  const internal = [...strings(manifest)].filter((value) => !publicStrings.has(value));
  const publicText = [...publicStrings].join('\n');
  assert.ok(internal.length > 100, `the demo has internal values to check (${internal.length})`);
  for (const options of [
    { audience: 'public', pageUrl },
    { audience: 'internal', pageUrl },
    ...manifest.people.map((p) => ({ audience: 'public', pageUrl, person: p.id })),
  ]) {
    const data = toJsonLd(manifest, options);
    const text = JSON.stringify(data);
    const values = strings(data);
    for (const value of internal) {
      assert.ok(!values.has(value), `"${value}" appears in the JSON-LD (${JSON.stringify(options)})`);
      // Long values could also hide inside another one (a name in a URL), unless a public
      // value holds them too ("LinkedIn profile", an internal keyword, in a public "ask me about").
      if (value.length >= 8 && !publicText.includes(value))
        assert.ok(!text.includes(JSON.stringify(value).slice(1, -1)), `"${value}" appears in the JSON-LD`);
    }
  }
});

test('the structured data lists every public person of the demo', () => {
  const list = toJsonLd(manifest, { audience: 'public', pageUrl })['@graph'][1];
  const names = list.itemListElement.map((entry) => entry.item.name);
  assert.deepEqual(
    names.sort(),
    manifest.people
      .filter((p) => p.visibility === 'public')
      .map((p) => p.name)
      .sort(),
  );
});

// The schema.org context as the processor would fetch it from https://schema.org (no network
// here): its vocabulary, and the properties whose values are links.
const SCHEMA_ORG_CONTEXT = {
  '@context': {
    '@vocab': 'https://schema.org/',
    sameAs: { '@type': '@id' },
    url: { '@type': '@id' },
    image: { '@type': '@id' },
    logo: { '@type': '@id' },
  },
};
const documentLoader = async (url) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`unexpected context ${url}`);
  return { contextUrl: null, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
};

test('the structured data is valid JSON-LD: it expands with nothing dropped', async () => {
  for (const options of [
    { audience: 'public', pageUrl },
    { audience: 'public', pageUrl, person: 'ellen-park' },
  ]) {
    const text = serializeJsonLd(toJsonLd(manifest, options));
    // safe mode rejects anything a processor would silently drop (unknown terms, bad IRIs).
    const expanded = await jsonld.expand(JSON.parse(text), { documentLoader, safe: true });
    const flat = JSON.stringify(expanded);
    assert.match(flat, /https:\/\/schema\.org\/Organization/);
    assert.match(flat, /https:\/\/schema\.org\/(ItemList|ProfilePage)/);
    assert.match(flat, /"https:\/\/schema\.org\/sameAs":\[\{"@id":"https:/);
  }
});
