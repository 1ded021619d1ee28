import { expect } from '@open-wc/testing';
import {
  PERSON_OWNED_FIELDS,
  SOURCE_OWNED_FIELDS,
  applyUpdates,
  createUpdate,
  validateManifest,
  validateUpdate,
  type ManifestDocument,
} from '../../src/core/index.js';
import { northwind } from '../fixtures/manifests.js';

const at = (minute: number) => `2026-12-02T09:${String(minute).padStart(2, '0')}:00Z`;
const update = (person: string, changes: Record<string, unknown>, minute = 0) => ({
  version: 1,
  person,
  changes,
  submittedAt: at(minute),
});
const manifest = () => northwind() as unknown as ManifestDocument;
const person = (doc: ManifestDocument, id: string) =>
  doc.people.find((p) => (p as { id: string }).id === id) as Record<string, unknown>;

describe('field ownership', () => {
  it('gives every person field one owner, and the manifest schema knows each person-owned one', () => {
    const both = PERSON_OWNED_FIELDS.filter((f) => (SOURCE_OWNED_FIELDS as readonly string[]).includes(f));
    expect(both).to.deep.equal([]);
    const { manifest: valid } = validateManifest(northwind());
    for (const field of PERSON_OWNED_FIELDS) expect(valid.people[0]).to.have.property(field);
  });
});

describe('validateUpdate', () => {
  it('accepts person-owned fields written as in a manifest', () => {
    const result = validateUpdate(
      update('ellen-park', {
        pronouns: 'she/her',
        askMeAbout: ['podcasts'],
        languages: ['en', 'pt-BR'],
        visibility: 'public',
        champion: true,
        profiles: [
          { network: 'mastodon', handle: '@ellen@mastodon.social' },
          { network: 'website', url: 'https://ellen.example' },
        ],
      }),
    );
    expect(result.ok).to.equal(true);
  });

  it('refuses a source-owned field and says who owns it', () => {
    const result = validateUpdate(update('ellen-park', { title: 'CEO' }));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.at)).to.deep.equal(['changes.title']);
    expect(result.issues[0]!.message).to.match(/comes from the HR system/);
  });

  it('names the place of a bad handle, by the network rule', () => {
    const result = validateUpdate(
      update('ellen-park', {
        profiles: [
          { network: 'x', handle: 'ellen' },
          { network: 'bluesky', handle: 'not a host' },
        ],
      }),
    );
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((i) => i.at)).to.deep.equal(['changes.profiles[1].handle']);
  });

  it('refuses unknown top-level fields, a wrong version and a time without a zone', () => {
    const result = validateUpdate({
      version: 2,
      person: 'ellen-park',
      changes: {},
      submittedAt: '2026-12-02 09:00',
      extra: 1,
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const places = result.issues.map((i) => i.at).sort();
    expect(places).to.deep.equal(['extra', 'submittedAt', 'version']);
  });

  it('refuses what is not an object', () => {
    expect(validateUpdate('hello').ok).to.equal(false);
    expect(validateUpdate(null).ok).to.equal(false);
  });
});

describe('createUpdate', () => {
  const ellen = () => validateManifest(northwind()).manifest.people.find((p) => p.id === 'ellen-park')!;

  it('carries only the fields that changed, written as a manifest writes them', () => {
    const me = ellen();
    const result = createUpdate(
      me,
      {
        pronouns: me.pronouns ?? null,
        askMeAbout: [...me.askMeAbout, ' podcasts ', ''],
        languages: me.languages,
        visibility: me.visibility,
      },
      new Date(at(5)),
    );
    expect(result).to.deep.equal({
      version: 1,
      person: 'ellen-park',
      submittedAt: '2026-12-02T09:05:00.000Z',
      changes: { askMeAbout: [...me.askMeAbout, 'podcasts'] },
    });
    expect(validateUpdate(result).ok).to.equal(true);
  });

  it('writes null to remove pronouns', () => {
    expect(createUpdate(ellen(), { pronouns: '  ' }).changes).to.deep.equal({ pronouns: null });
  });
});

describe('applyUpdates', () => {
  it('applies person-owned fields and keeps the input and every other person as they were', () => {
    const before = manifest();
    const copy = JSON.stringify(before);
    const { manifest: after, report } = applyUpdates(before, [
      update('zoe-lambert', { pronouns: 'she/her', visibility: 'public' }),
    ]);
    expect(JSON.stringify(before)).to.equal(copy);
    expect(person(after, 'zoe-lambert')).to.include({ pronouns: 'she/her', visibility: 'public', title: 'Editor' });
    expect(person(after, 'ellen-park')).to.equal(person(before, 'ellen-park'));
    expect(report.applied).to.deep.equal([{ index: 0, person: 'zoe-lambert', fields: ['pronouns', 'visibility'] }]);
    expect(
      validateManifest(after, { strict: true }).manifest.people.find((p) => p.id === 'zoe-lambert')!.visibility,
    ).to.equal('public');
  });

  it('removes pronouns given as null', () => {
    const { manifest: after } = applyUpdates(manifest(), [update('ellen-park', { pronouns: null })]);
    expect(person(after, 'ellen-park')).not.to.have.property('pronouns');
  });

  it('refuses an unknown person and a source-owned field, with reasons, and applies the rest', () => {
    const { manifest: after, report } = applyUpdates(manifest(), [
      update('nobody-here', { pronouns: 'they/them' }),
      update('trent-walker', { title: 'Head of Support' }),
      update('trent-walker', { pronouns: 'he/him' }),
    ]);
    expect(report.refused.map((r) => [r.index, r.person])).to.deep.equal([
      [0, 'nobody-here'],
      [1, 'trent-walker'],
    ]);
    expect(report.refused[0]!.reason).to.match(/no person has the id "nobody-here"/);
    expect(report.refused[1]!.reason).to.match(/^changes\.title: title comes from the HR system/);
    expect(person(after, 'trent-walker')).to.include({ title: 'Support Lead', pronouns: 'he/him' });
  });

  it('keeps the later submittedAt when two updates change one field, whatever their order, and says so', () => {
    const { manifest: after, report } = applyUpdates(manifest(), [
      update('al-smith', { pronouns: 'he/him', champion: true }, 30),
      update('al-smith', { pronouns: 'they/them' }, 10),
    ]);
    expect(person(after, 'al-smith')).to.include({ pronouns: 'he/him', champion: true });
    expect(report.superseded).to.deep.equal([{ person: 'al-smith', field: 'pronouns', kept: 0, dropped: 1 }]);
    expect(report.applied).to.deep.equal([
      { index: 1, person: 'al-smith', fields: [] },
      { index: 0, person: 'al-smith', fields: ['pronouns', 'champion'] },
    ]);
  });
});
