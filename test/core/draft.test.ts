import { expect } from '@open-wc/testing';
import { validateManifest, type Person } from '../../src/core/index.js';
import {
  applyDraft,
  draftOf,
  draftProblems,
  isValidPhone,
  resolveDraftProfile,
  type PersonDraft,
} from '../../src/core/signature.js';
import { northwind } from '../fixtures/manifests.js';

const { manifest } = validateManifest(northwind());
const ellen = manifest.people.find((p) => p.id === 'ellen-park') as Person;

describe('draftOf', () => {
  it('starts from the person as they would type themselves: handles, and links for websites', () => {
    const draft = draftOf(ellen);
    expect(draft).to.deep.include({
      name: 'Ellen Park',
      title: 'Marketing Director',
      pronouns: 'she/her',
      phone: '+1 617 555 0100',
    });
    expect(draft.profiles.map((p) => [p.network, p.value, p.include])).to.deep.equal([
      ['linkedin', 'in/ellenpark', true],
      ['mastodon', '@ellen@mastodon.social', true],
      ['website', 'https://ellen.example/', true],
    ]);
  });

  it('starts profiles on closed networks excluded', () => {
    const { manifest } = validateManifest({
      ...northwind(),
      people: [{ id: 'al', name: 'Al', profiles: [{ network: 'skype', handle: 'al.smith' }] }],
    });
    expect(draftOf(manifest.people[0]!).profiles[0]?.include).to.equal(false);
  });

  it('gives back the same person when nothing is edited', () => {
    expect(applyDraft(ellen, draftOf(ellen))).to.deep.equal(ellen);
  });
});

describe('applyDraft', () => {
  const edit = (changes: Partial<PersonDraft>) => applyDraft(ellen, { ...draftOf(ellen), ...changes });

  it('puts text on one line', () => {
    expect(edit({ title: '  Head of\n Press\t and   Events ' }).title).to.equal('Head of Press and Events');
  });

  it('keeps the name when it is emptied, and leaves out an emptied title or pronouns', () => {
    const edited = edit({ name: ' \n ', title: '', pronouns: '  ' });
    expect(edited.name).to.equal('Ellen Park');
    expect(edited.title).to.equal(undefined);
    expect(edited.pronouns).to.equal(undefined);
  });

  it('leaves out a phone number the manifest would reject', () => {
    expect(edit({ phone: 'call me' }).phone).to.equal(undefined);
    expect(edit({ phone: ' +351 21 555 0199 ' }).phone).to.equal('+351 21 555 0199');
  });

  it('resolves typed handles and links to canonical profiles, and leaves out those that do not resolve', () => {
    const edited = edit({
      profiles: [
        { network: 'x', value: '@ellen_p' },
        { network: 'github', value: 'not a handle!' },
        { network: 'website', value: 'https://ellen.example/about', label: 'About me' },
      ],
    });
    expect(edited.profiles).to.deep.equal([
      { network: 'x', handle: '@ellen_p', url: 'https://x.com/ellen_p' },
      { network: 'website', handle: 'ellen.example/about', url: 'https://ellen.example/about', label: 'About me' },
    ]);
  });

  it('keeps excluded profiles in the entry and leaves them out of what a signature shows', () => {
    const draft = { ...draftOf(ellen), profiles: draftOf(ellen).profiles.map((p, i) => ({ ...p, include: i !== 0 })) };
    expect(applyDraft(ellen, draft).profiles.map((p) => p.network)).to.deep.equal(['linkedin', 'mastodon', 'website']);
    expect(applyDraft(ellen, draft, { onlyIncluded: true }).profiles.map((p) => p.network)).to.deep.equal([
      'mastodon',
      'website',
    ]);
  });
});

describe('draftProblems and profile checks', () => {
  it('names an empty name and an invalid phone number, and nothing else', () => {
    expect(draftProblems(draftOf(ellen))).to.deep.equal({});
    expect(draftProblems({ ...draftOf(ellen), name: '  ', phone: 'ext. 12' })).to.deep.equal({
      name: 'required',
      phone: 'invalid',
    });
    expect(draftProblems({ ...draftOf(ellen), phone: '' })).to.deep.equal({});
  });

  it('checks phone numbers with the manifest rule', () => {
    expect(isValidPhone('+1 617 555 0100')).to.equal(true);
    expect(isValidPhone('617-555-0100')).to.equal(true);
    expect(isValidPhone('call me')).to.equal(false);
  });

  it('reads a typed value as a handle or, for link networks, as a URL, with the network rule in the message', () => {
    expect(resolveDraftProfile({ network: 'bluesky', value: 'zoe.bsky.social' })).to.deep.include({
      ok: true,
      url: 'https://bsky.app/profile/zoe.bsky.social',
    });
    expect(resolveDraftProfile({ network: 'website', value: 'https://zoe.example' })).to.deep.include({
      ok: true,
      url: 'https://zoe.example/',
    });
    const wrong = resolveDraftProfile({ network: 'x', value: 'far too long a handle for x' });
    expect(wrong.ok).to.equal(false);
    expect(wrong.ok ? '' : wrong.message).to.match(/X handles/);
  });
});
