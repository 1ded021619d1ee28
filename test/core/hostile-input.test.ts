// Manifests written by an attacker or broken by a tool: each rule here is one place in the core.
import { expect } from '@open-wc/testing';
import { findContacts } from '../../src/core/contact.js';
import { createDirectory, mailtoUrl, validateManifest, type ManifestInput } from '../../src/core/index.js';
import { renderSignature } from '../../src/core/signature.js';
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
    for (const bad of [HEADERS, 'a@b.example#x', 'a%40b@c.example', 'a@b.example&body=x', 'a b@c.example', 'a@b.example\u202e', 'a@b.example\n']) {
      expect(mailtoUrl(bad), bad).to.equal(undefined);
    }
    expect(mailtoUrl(undefined)).to.equal(undefined);
  });

  it('leaves out an email carrying headers, with a warning, for people, departments and the organization', () => {
    const { manifest, warnings } = validateManifest(edit((m) => {
      m.organization.email = HEADERS;
      m.departments[1].email = HEADERS;
      m.people[0].email = HEADERS;
    }));
    expect(warnings.map((w) => w.at)).to.have.members(['organization.email', 'departments[1].email', 'people[0].email']);
    expect(manifest.organization.email).to.equal(undefined);
    expect(manifest.departments[1]!.email).to.equal(undefined);
    expect(manifest.people[0]!.email).to.equal(undefined);
  });

  it('refuses an email carrying headers in strict mode', () => {
    expect(() => validateManifest(edit((m) => { m.people[0].email = HEADERS; }), { strict: true })).to.throw(/people\[0\]\.email/);
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
