import { expect } from '@open-wc/testing';
import { toManifestEntry, validateManifest, writeProfile } from '../../src/core/index.js';
import { northwind } from '../fixtures/manifests.js';

describe('writeProfile', () => {
  it('writes the handle when it reads back as the same URL', () => {
    expect(writeProfile({ network: 'x', handle: '@ellen', url: 'https://x.com/ellen' })).to.deep.equal({ network: 'x', handle: '@ellen' });
    expect(writeProfile({ network: 'mastodon', handle: '@ellen@mastodon.social', url: 'https://mastodon.social/@ellen' })).to.deep.equal({
      network: 'mastodon',
      handle: '@ellen@mastodon.social',
    });
  });

  it('writes the URL for websites and for handles that do not read back', () => {
    expect(writeProfile({ network: 'website', handle: 'ellen.example', url: 'https://ellen.example/' })).to.deep.equal({
      network: 'website',
      url: 'https://ellen.example/',
    });
    expect(writeProfile({ network: 'x', handle: 'not a handle', url: 'https://x.com/ellen' })).to.deep.equal({ network: 'x', url: 'https://x.com/ellen' });
  });

  it('keeps the label', () => {
    expect(writeProfile({ network: 'other', handle: 'shop.example', url: 'https://shop.example/', label: 'Shop' })).to.deep.equal({
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
    expect(al).to.deep.equal({ id: 'al-smith', name: 'Al Smith', title: 'Support Agent', department: 'support', location: 'Remote' });
  });
});
