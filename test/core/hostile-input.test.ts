// Manifests written by an attacker or broken by a tool: each rule here is one place in the core.
import { expect } from '@open-wc/testing';
import { findContacts } from '../../src/core/contact.js';
import { createDirectory, forAudience, mailtoUrl, validateManifest, type ManifestInput } from '../../src/core/index.js';
import { LIST_LIMITS } from '../../src/core/internal.js';
import { renderSignature } from '../../src/core/signature.js';
import { vCardFileName } from '../../src/core/vcard.js';
import { northwind } from '../fixtures/manifests.js';

type Mutable = Record<string, any>;
const edit = (change: (m: Mutable) => void): ManifestInput => {
  const manifest = northwind() as Mutable;
  change(manifest);
  return manifest as ManifestInput;
};

const HEADERS = 'help@northwind.example?cc=x%40evil.example&subject=Invoice';

describe('emails are plain addresses', () => {
  it('builds a mailto: link only for a plain address', () => {
    expect(mailtoUrl('help@northwind.example')).to.equal('mailto:help@northwind.example');
    expect(mailtoUrl("zoe.o'brien+press@northwind.example")).to.equal("mailto:zoe.o'brien+press@northwind.example");
    for (const bad of [
      HEADERS,
      'a@b.example#x',
      'a%40b@c.example',
      'a@b.example&body=x',
      'a b@c.example',
      'a@b.example\u202e',
      'a@b.example\n',
    ]) {
      expect(mailtoUrl(bad), bad).to.equal(undefined);
    }
    expect(mailtoUrl(undefined)).to.equal(undefined);
  });

  it('leaves out an email carrying headers, with a warning, for people, departments and the organization', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.organization.email = HEADERS;
        m.departments[1].email = HEADERS;
        m.people[0].email = HEADERS;
      }),
    );
    expect(warnings.map((w) => w.at)).to.have.members([
      'organization.email',
      'departments[1].email',
      'people[0].email',
    ]);
    expect(manifest.organization.email).to.equal(undefined);
    expect(manifest.departments[1]!.email).to.equal(undefined);
    expect(manifest.people[0]!.email).to.equal(undefined);
  });

  it('refuses an email carrying headers in strict mode', () => {
    expect(() =>
      validateManifest(
        edit((m) => {
          m.people[0].email = HEADERS;
        }),
        { strict: true },
      ),
    ).to.throw(/people\[0\]\.email/);
  });

  it('gives no mailto: with headers in contact answers or signatures, even from an unvalidated person', () => {
    const { manifest } = validateManifest(northwind());
    const support = manifest.departments.find((d) => d.id === 'support')!;
    support.email = HEADERS;
    const answer = findContacts(createDirectory(manifest), { question: 'refund for my order', audience: 'internal' });
    const urls = [...answer.matches.flatMap((m) => m.channels), ...answer.organization.channels].map((c) => c.url);
    expect(answer.matches.length).to.be.greaterThan(0);
    expect(urls.some((u) => u.startsWith('mailto:') && u.includes('?'))).to.equal(false);
    const person = { ...manifest.people[0]!, email: HEADERS };
    expect(renderSignature(person, manifest.organization).html).not.to.include('mailto:');
  });
});

describe('text fields carry no control characters or bidi overrides', () => {
  it('cleans a name, a department name and an "ask me about" item, and names each place in a warning', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.people[0].name = 'Ellen\u001b]8;;https://evil.example\u0007 Park';
        m.departments[0].name = 'Market\u202eing';
        m.people[1].askMeAbout = ['typography\u0085', 'layout'];
      }),
    );
    expect(manifest.people[0]!.name).to.equal('Ellen]8;;https://evil.example Park');
    expect(manifest.departments[0]!.name).to.equal('Marketing');
    expect(manifest.people[1]!.askMeAbout).to.deep.equal(['typography', 'layout']);
    expect(warnings.map((w) => w.at)).to.have.members([
      'people[0].name',
      'departments[0].name',
      'people[1].askMeAbout[0]',
    ]);
    for (const w of warnings) {
      expect(w.message).to.equal('holds control characters or bidi overrides (removed)');
    }
  });

  it('keeps paragraphs in long texts, but not in names', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.departments[0].description = 'Campaigns.\nAnd the brand.';
        m.people[0].title = 'Marketing\nDirector';
      }),
    );
    expect(manifest.departments[0]!.description).to.equal('Campaigns.\nAnd the brand.');
    expect(manifest.people[0]!.title).to.equal('Marketing Director');
    expect(warnings.map((w) => w.at)).to.deep.equal(['people[0].title']);
  });

  it('leaves out a person whose name is nothing but control characters', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.people[2].name = '\u001b\u202e';
      }),
    );
    expect(manifest.people.map((p) => p.id)).not.to.include('trent-walker');
    expect(warnings.some((w) => w.at === 'people[2].name' && w.message.includes('person left out'))).to.equal(true);
  });

  it('refuses control characters in strict mode', () => {
    expect(() =>
      validateManifest(
        edit((m) => {
          m.people[0].name = 'Ellen\u001b[2J';
        }),
        { strict: true },
      ),
    ).to.throw(/people\[0\]\.name/);
  });

  it('never puts control characters or bidi overrides in a file name made from a name', () => {
    expect(vCardFileName({ name: 'Ellen\u202efdp.exe' })).to.equal('Ellenfdp.exe.vcf');
    expect(vCardFileName({ name: 'Ellen\u001b[2J\u0085Park' })).to.equal('Ellen[2JPark.vcf');
  });
});

describe('lists are capped', () => {
  it('keeps the first 50 "ask me about" items of 200,000 with one warning for the list', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => `subject ${i}`);
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.people[0].askMeAbout = many;
      }),
    );
    expect(manifest.people[0]!.askMeAbout).to.deep.equal(many.slice(0, LIST_LIMITS.askMeAbout));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include({
      at: 'people[0].askMeAbout',
      message: 'has more than the 50 items a list may hold here (the rest left out)',
    });
  });

  it('caps guideline rules, keywords and profiles the same way, one warning per list', () => {
    const { manifest, warnings } = validateManifest(
      edit((m) => {
        m.organization.guidelines.rules = Array.from({ length: 200_000 }, (_, i) => `Rule ${i}`);
        m.topics[0].keywords = Array.from({ length: 5_000 }, (_, i) => `word${i}`);
        m.people[1].profiles = Array.from({ length: 500 }, (_, i) => ({ network: 'github', handle: `zoe${i}` }));
      }),
    );
    expect(manifest.organization.guidelines!.rules).to.have.length(LIST_LIMITS.rules);
    expect(manifest.topics[0]!.keywords).to.have.length(LIST_LIMITS.keywords);
    expect(manifest.people[1]!.profiles).to.have.length(LIST_LIMITS.profiles);
    expect(warnings.map((w) => w.at)).to.have.members([
      'organization.guidelines.rules',
      'topics[0].keywords',
      'people[1].profiles',
    ]);
  });

  it('refuses an overlong list in strict mode', () => {
    expect(() =>
      validateManifest(
        edit((m) => {
          m.people[0].askMeAbout = Array.from({ length: 51 }, (_, i) => `s${i}`);
        }),
        { strict: true },
      ),
    ).to.throw(/people\[0\]\.askMeAbout: must have at most 50 items/);
  });
});

describe('only public departments reach a public audience', () => {
  const withTeams = () =>
    edit((m) => {
      m.departments.push(
        { id: 'legal', name: 'Legal', email: 'legal@northwind.example' },
        { id: 'careers', name: 'Careers', visibility: 'public', parent: 'legal' },
        { id: 'board', name: 'Board office', visibility: 'internal' },
      );
      m.people.push({ id: 'quentin-marsh', name: 'Quentin Marsh', department: 'legal' });
      m.people.push({ id: 'ada-wong', name: 'Ada Wong', department: 'board', visibility: 'public' });
      m.topics.push({
        id: 'board-letters',
        label: 'Letters to the board',
        departments: ['board', 'legal', 'careers'],
        audience: 'public',
      });
    });

  it('keeps departments with a public person, owning a public topic, or marked public; drops the rest', () => {
    const { manifest } = validateManifest(withTeams());
    const open = forAudience(manifest, 'public');
    // marketing: Ellen (public); support: owns the public "order-problem"; editorial: public people.
    expect(open.departments.map((d) => d.id)).to.have.members([
      'marketing',
      'support',
      'editorial',
      'careers',
      'legal',
    ]);
    expect(open.departments.map((d) => d.id)).not.to.include('board');
  });

  it('a department marked internal stays unnamed: not on its public members, not among topic owners, not as a parent', () => {
    const { manifest } = validateManifest(withTeams());
    manifest.departments.find((d) => d.id === 'legal')!.visibility = 'internal';
    const open = forAudience(manifest, 'public');
    expect(open.departments.map((d) => d.id)).not.to.include.members(['legal', 'board']);
    expect(open.people.find((p) => p.id === 'ada-wong')!.department).to.equal(undefined);
    expect(open.topics.find((t) => t.id === 'board-letters')!.departments).to.deep.equal(['careers']);
    expect(open.departments.find((d) => d.id === 'careers')!.parent).to.equal(undefined);
    expect(JSON.stringify(open)).not.to.include('legal@northwind.example');
  });

  it('a department of internal people only, owning nothing public, is not public', () => {
    const { manifest } = validateManifest(
      edit((m) => {
        m.departments.push({ id: 'nightjar', name: 'Project Nightjar', email: 'nightjar@northwind.example' });
        m.people.push({ id: 'quentin-marsh', name: 'Quentin Marsh', department: 'nightjar' });
      }),
    );
    expect(JSON.stringify(forAudience(manifest, 'public'))).not.to.include('ightjar');
  });

  it('refuses a visibility that is neither public nor internal', () => {
    const { warnings } = validateManifest(
      edit((m) => {
        m.departments[0].visibility = 'secret';
      }),
    );
    expect(warnings.map((w) => w.at)).to.deep.equal(['departments[0].visibility']);
  });
});
