import { expect } from '@open-wc/testing';
import * as contactEntry from '../../src/core/contact.js';
import * as core from '../../src/core/index.js';
import { toManifestEntry, validateManifest, writeProfile } from '../../src/core/index.js';
import * as schemaEntry from '../../src/core/schema.js';
import * as signatureEntry from '../../src/core/signature.js';
import * as vcardEntry from '../../src/core/vcard.js';
import { northwind } from '../fixtures/manifests.js';

describe('writeProfile', () => {
  it('writes the handle when it reads back as the same URL', () => {
    expect(writeProfile({ network: 'x', handle: '@ellen', url: 'https://x.com/ellen' })).to.deep.equal({
      network: 'x',
      handle: '@ellen',
    });
    expect(
      writeProfile({ network: 'mastodon', handle: '@ellen@mastodon.social', url: 'https://mastodon.social/@ellen' }),
    ).to.deep.equal({
      network: 'mastodon',
      handle: '@ellen@mastodon.social',
    });
  });

  it('writes the URL for websites and for handles that do not read back', () => {
    expect(writeProfile({ network: 'website', handle: 'ellen.example', url: 'https://ellen.example/' })).to.deep.equal({
      network: 'website',
      url: 'https://ellen.example/',
    });
    expect(writeProfile({ network: 'x', handle: 'not a handle', url: 'https://x.com/ellen' })).to.deep.equal({
      network: 'x',
      url: 'https://x.com/ellen',
    });
  });

  it('keeps the label', () => {
    expect(
      writeProfile({ network: 'other', handle: 'shop.example', url: 'https://shop.example/', label: 'Shop' }),
    ).to.deep.equal({
      network: 'other',
      url: 'https://shop.example/',
      label: 'Shop',
    });
  });
});

describe('toManifestEntry', () => {
  it('writes every person back so that validating the entries gives the same people', () => {
    const { manifest } = validateManifest(northwind());
    const again = validateManifest({ ...northwind(), people: manifest.people.map(toManifestEntry) }, { strict: true });
    expect(again.manifest.people).to.deep.equal(manifest.people);
  });

  it('leaves defaults out, as a person writing the entry would', () => {
    const { manifest } = validateManifest(northwind());
    const al = toManifestEntry(manifest.people.find((p) => p.id === 'al-smith')!);
    expect(al).to.deep.equal({
      id: 'al-smith',
      name: 'Al Smith',
      title: 'Support Agent',
      department: 'support',
      location: 'Remote',
    });
  });
});

describe('the public entries', () => {
  // What users call, and nothing else: internals and tuning constants stay importable inside the
  // repository by path, and docs/api-report/ records every change to the surface.
  const exported = (entry: object) => Object.keys(entry);

  it('keep the zod schemas and their error map out of social-directory/core', () => {
    const schemas = [
      'Manifest',
      'Person',
      'Profile',
      'Organization',
      'Department',
      'Topic',
      'Audience',
      'NetworkIdSchema',
      'Update',
    ];
    for (const name of [...schemas, 'manifestErrorMap']) {
      expect(exported(core), name).not.to.include(name);
    }
  });

  it('give the zod schemas and their error map in social-directory/core/schema', () => {
    expect(exported(schemaEntry).sort()).to.deep.equal(
      [
        'Audience',
        'Channel',
        'Department',
        'Manifest',
        'NetworkIdSchema',
        'Organization',
        'Person',
        'PersonField',
        'Profile',
        'Topic',
        'Update',
        'manifestErrorMap',
      ].sort(),
    );
    expect(schemaEntry.Manifest.safeParse(northwind()).success).to.equal(true);
  });

  it('export no internals or tuning constants', () => {
    const internals = [
      'stemWord',
      'accentColor',
      'splitName',
      'issue',
      'formatPath',
      'describeIssue',
      'DEFAULT_MAX_BYTES',
      'DEFAULT_TIMEOUT',
      'textScan',
      'SearchIndex',
    ];
    for (const entry of [core, contactEntry, signatureEntry, vcardEntry]) {
      for (const name of internals) expect(exported(entry), name).not.to.include(name);
    }
  });
});
