import { expect } from '@open-wc/testing';
import { forAudience, validateManifest, type Manifest } from '../../src/core/index.js';
import { northwind } from '../fixtures/manifests.js';

const internal = (): Manifest => validateManifest(northwind()).manifest;

describe('forAudience', () => {
  it('returns the manifest unchanged for the internal audience', () => {
    const manifest = internal();
    expect(forAudience(manifest, 'internal')).to.equal(manifest);
  });

  it('keeps only people whose visibility is public', () => {
    const ids = forAudience(internal(), 'public').people.map((p) => p.id);
    expect(ids).to.deep.equal(['ellen-park', 'zoe-lambert', 'siobhan-oconnor']);
  });

  it('keeps only the default public fields of a person, field by field', () => {
    const ellen = forAudience(internal(), 'public').people.find((p) => p.id === 'ellen-park')!;
    expect(ellen).to.deep.equal({
      id: 'ellen-park',
      name: 'Ellen Park',
      visibility: 'public',
      pronouns: 'she/her',
      title: 'Marketing Director',
      department: 'marketing',
      photo: 'https://northwind.example/people/ellen.jpg',
      profiles: internal().people.find((p) => p.id === 'ellen-park')!.profiles,
      askMeAbout: ['social media training'],
      topics: ['press'],
      languages: [],
      champion: false,
    });
    for (const field of ['email', 'phone', 'location', 'timeZone']) expect(ellen).not.to.have.property(field);
  });

  it('keeps the fields the organization lists as public, and only those', () => {
    const manifest = internal();
    manifest.organization.publicFields = ['title', 'location', 'languages'];
    const ellen = forAudience(manifest, 'public').people.find((p) => p.id === 'ellen-park')!;
    expect(ellen.location).to.equal('Boston');
    expect(ellen.languages).to.deep.equal(['en', 'ko']);
    expect(ellen.title).to.equal('Marketing Director');
    expect(ellen.profiles).to.deep.equal([]);
    expect(ellen).not.to.have.property('email');
    expect(ellen).not.to.have.property('photo');
  });

  it('keeps only public topics, and only their public owners', () => {
    const manifest = internal();
    manifest.topics[1]!.people = ['ellen-park', 'trent-walker'];
    const topics = forAudience(manifest, 'public').topics;
    expect(topics.map((t) => t.id)).to.deep.equal(['order-problem', 'press']);
    expect(topics[1]!.people).to.deep.equal(['ellen-park']);
  });

  it('keeps the official channels of the organization but not its guidelines or signature settings', () => {
    const { organization } = forAudience(internal(), 'public');
    expect(organization).to.deep.equal({
      name: 'Northwind Press',
      website: 'https://northwind.example',
      email: 'hello@northwind.example',
      profiles: internal().organization.profiles,
    });
  });

  it('leaves nothing internal anywhere in the serialized public manifest', () => {
    const text = JSON.stringify(forAudience(internal(), 'public'));
    for (const secret of [
      'Trent',
      'trent@',
      'ellen@northwind',
      '+1 617',
      'Boston',
      'America/New_York',
      'social-policy',
      'Confidential',
      'social-training',
      'María',
    ]) {
      expect(text, secret).not.to.include(secret);
    }
  });
});
