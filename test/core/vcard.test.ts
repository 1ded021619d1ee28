import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import type { Organization, Person } from '../../src/core/manifest/schema.js';
import { validateManifest } from '../../src/core/manifest/validate.js';
import { splitName } from '../../src/core/name.js';
import { toVCard, vCardFileName } from '../../src/core/vcard.js';

function northwind(overrides: Record<string, unknown> = {}): { person: Person; organization: Organization } {
  const { manifest } = validateManifest(
    {
      version: 1,
      organization: {
        name: 'Northwind Press, Inc; Lisboa',
        website: 'https://northwind.example',
        logo: 'https://northwind.example/logo.png',
      },
      people: [
        {
          id: 'ellen-park',
          name: 'Ellen Park',
          pronouns: 'she/her',
          title: 'Marketing Director',
          email: 'ellen@northwind.example',
          phone: '+1 617 555 0100',
          timeZone: 'America/New_York',
          photo: 'https://northwind.example/people/ellen.jpg',
          profiles: [
            { network: 'linkedin', handle: 'ellenpark' },
            { network: 'mastodon', handle: '@ellen@mastodon.social' },
            { network: 'stackoverflow', handle: '1234567/ellen-park' },
            { network: 'website', url: 'https://ellen.example' },
            { network: 'blog', url: 'https://ellen.example/blog' },
            { network: 'skype', handle: 'ellen.park' },
          ],
          askMeAbout: ['social media training', 'press, events; launches'],
          languages: ['en', 'ko'],
          ...overrides,
        },
      ],
    },
    { strict: true },
  );
  return { person: manifest.people[0]!, organization: manifest.organization };
}

const parse = (vcard: string) => new ICAL.Component(ICAL.parse(vcard) as unknown[]);
const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (vcard: string) => vcard.replace(/\r\n /g, '');

/** A strict RFC 6350 §3.4 reader for one compound property: splits on unescaped `;`, then unescapes. */
function readComponents(vcard: string, name: string): string[] {
  const line = unfold(vcard)
    .split('\r\n')
    .find((l) => l.startsWith(`${name}:`))!;
  const parts: string[] = [''];
  for (const [, escaped, char] of line.slice(name.length + 1).matchAll(/\\(.)|(.)/gsu)) {
    if (char === ';') parts.push('');
    else parts[parts.length - 1] += escaped === undefined ? char! : /n/i.test(escaped) ? '\n' : escaped;
  }
  return parts;
}

describe('toVCard', () => {
  const { person, organization } = northwind();
  const vcard = toVCard(person, organization, { department: { name: 'Marketing & Communications' } });
  const card = parse(vcard);
  const value = (name: string) => card.getFirstPropertyValue(name);

  it('is a vCard 4.0 that ical.js reads', () => {
    expect(card.name).to.equal('vcard');
    expect(value('version')).to.equal('4.0');
    expect(vcard.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).to.equal(true);
    expect(vcard.endsWith('END:VCARD\r\n')).to.equal(true);
  });

  it('uses CRLF line endings only', () => {
    expect(vcard.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('writes the name, pronouns, organization with department, title, email and phone', () => {
    expect(value('fn')).to.equal('Ellen Park');
    expect(value('n')).to.deep.equal(['Park', 'Ellen', '', '', '']);
    expect(value('pronouns')).to.equal('she/her');
    expect(value('org')).to.deep.equal(['Northwind Press, Inc; Lisboa', 'Marketing & Communications']);
    expect(value('title')).to.equal('Marketing Director');
    expect(value('email')).to.equal('ellen@northwind.example');
    const tel = card.getFirstProperty('tel')!;
    expect(tel.type).to.equal('uri');
    expect(tel.getFirstValue()).to.equal('tel:+16175550100');
  });

  it('writes the photo, logo, time zone and languages in order of preference', () => {
    expect(value('photo')).to.equal('https://northwind.example/people/ellen.jpg');
    expect(value('logo')).to.equal('https://northwind.example/logo.png');
    expect(value('tz')).to.equal('America/New_York');
    expect(card.getAllProperties('lang').map((p) => [p.getFirstValue(), p.getParameter('pref')])).to.deep.equal([
      ['en', '1'],
      ['ko', '2'],
    ]);
  });

  it('writes social profiles as SOCIALPROFILE with SERVICE-TYPE (RFC 9554), web pages as URL', () => {
    const social = card
      .getAllProperties('socialprofile')
      .map((p) => [p.getParameter('service-type'), p.getFirstValue()]);
    expect(social).to.deep.equal([
      ['LinkedIn', 'https://www.linkedin.com/in/ellenpark'],
      ['Mastodon', 'https://mastodon.social/@ellen'],
      ['Stack Overflow', 'https://stackoverflow.com/users/1234567/ellen-park'],
      ['Skype', 'ellen.park'],
    ]);
    expect(vcard).to.include('\r\nSOCIALPROFILE;SERVICE-TYPE=Mastodon:https://mastodon.social/@ellen\r\n');
    expect(vcard).to.include('\r\nSOCIALPROFILE;SERVICE-TYPE=Skype;VALUE=text:ellen.park\r\n');
    expect(card.getAllProperties('url').map((p) => p.getFirstValue())).to.deep.equal([
      'https://ellen.example/',
      'https://ellen.example/blog',
    ]);
  });

  it('writes "ask me about" as EXPERTISE (RFC 6715), escaped', () => {
    expect(vcard).to.include('\r\nEXPERTISE:social media training\r\n');
    expect(vcard).to.include('\r\nEXPERTISE:press\\, events; launches\r\n');
  });

  it('gives a stable urn:uuid UID that differs per person and organization', () => {
    const uid = value('uid') as string;
    expect(uid).to.match(/^urn:uuid:[\da-f]{8}-[\da-f]{4}-8[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
    expect(toVCard(person, organization)).to.include(`UID:${uid}`);
    expect(toVCard({ ...person, id: 'ellen-park-2' }, organization)).not.to.include(uid);
    expect(toVCard(person, { ...organization, website: 'https://other.example' })).not.to.include(uid);
    expect(toVCard(person, organization, { uid: 'https://northwind.example/people/ellen-park' })).to.include(
      '\r\nUID:https://northwind.example/people/ellen-park\r\n',
    );
  });

  it('leaves out URLs that are not allowed and fields that are empty', () => {
    const hostile = toVCard(
      { ...person, photo: 'javascript:alert(1)', title: undefined, profiles: [] },
      { ...organization, logo: 'data:image/png;base64,AAAA' },
    );
    expect(hostile).not.to.match(/javascript|data:|PHOTO|LOGO|TITLE|SOCIALPROFILE/);
  });

  it('folds lines at 75 octets without splitting a multi-byte character, and unfolding restores them', () => {
    const name = 'Zoë Łukasiewicz-Ōtsuka 王秀英 🧑🏽‍💻 María de los Ángeles Fernández-Ruiz Ñandú';
    const title = 'Directora de Comunicação Internacional, Relações Públicas; 品牌与社交媒体 🎙️ '.repeat(2).trim();
    const { person: long } = northwind({ name, title });
    const folded = toVCard(long, organization);
    const bytes = new TextEncoder().encode(folded);
    let start = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 13 && bytes[i + 1] === 10) {
        const line = bytes.slice(start, i);
        expect(line.length).to.be.at.most(75);
        // A multi-byte character cut in two would make this line invalid UTF-8.
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(line)).not.to.throw();
        start = i + 2;
      }
    }
    expect(folded.split('\r\n').some((line) => line.startsWith(' '))).to.equal(true);
    expect(unfold(folded)).to.include(`\r\nFN:${name}\r\n`);
    const card = parse(folded);
    expect(card.getFirstPropertyValue('fn')).to.equal(name);
    expect(card.getFirstPropertyValue('title')).to.equal(title);
  });

  it('escapes backslashes, commas, semicolons and newlines in text, and they round-trip (property)', () => {
    const text = fc
      .oneof(
        fc.string({ unit: 'grapheme', maxLength: 120 }),
        fc.string({
          unit: fc.constantFrom('\\', ',', ';', '\n', '\r\n', ':', 'n', 'é', '🎙️', ' ', 'a'),
          maxLength: 60,
        }),
      )
      .filter((s) => /\S/.test(s));
    // What a vCard can hold: line breaks become \n (RFC 6350 §3.4), other controls are not allowed (§3.3).
    // eslint-disable-next-line no-control-regex -- a vCard may not hold control characters (RFC 6350 §3.3)
    const expected = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '');
    fc.assert(
      fc.property(text, text, text, (title, org, department) => {
        const vcard = toVCard(
          { ...person, title },
          { ...organization, name: org },
          { department: { name: department } },
        );
        if (!vcard.split('\r\n').every((line) => octets(line) <= 75)) return false;
        const card = parse(vcard);
        const [orgName, departmentName] = card.getFirstPropertyValue('org') as string[];
        // ical.js reads `\\;` as an escaped semicolon (it does not count backslashes): a component
        // ending in a backslash is checked against our own RFC 6350 reader in the next test.
        const orgOk =
          expected(org).endsWith('\\') || (orgName === expected(org) && departmentName === expected(department));
        return (
          card.getFirstPropertyValue('title') === expected(title) &&
          orgOk &&
          readComponents(vcard, 'ORG').join('|') === [org, department].map(expected).join('|')
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('escapes a component that ends in a backslash so the semicolon after it still separates', () => {
    const vcard = toVCard(person, { ...organization, name: 'C:\\Northwind\\' }, { department: { name: 'Ops; IT' } });
    expect(vcard).to.include('\r\nORG:C:\\\\Northwind\\\\;Ops\\; IT\r\n');
    expect(readComponents(vcard, 'ORG')).to.deep.equal(['C:\\Northwind\\', 'Ops; IT']);
  });
});

describe('splitName', () => {
  it('splits given, additional and family names, keeping particles with the family name', () => {
    expect(splitName('Ellen Park')).to.deep.equal(['Park', 'Ellen', '']);
    expect(splitName('María de los Ángeles Fernández-Ruiz')).to.deep.equal([
      'Fernández-Ruiz',
      'María',
      'de los Ángeles',
    ]);
    expect(splitName('Ludwig van Beethoven')).to.deep.equal(['van Beethoven', 'Ludwig', '']);
    expect(splitName('Vincent van der Berg')).to.deep.equal(['van der Berg', 'Vincent', '']);
    expect(splitName('  Madonna ')).to.deep.equal(['', 'Madonna', '']);
  });
});

describe('vCardFileName', () => {
  it('uses the name as people read it', () => {
    expect(vCardFileName({ name: 'Ellen Park' })).to.equal('Ellen Park.vcf');
    expect(vCardFileName({ name: 'Siobhán O’Connor' })).to.equal('Siobhán O’Connor.vcf');
  });

  it('drops characters file systems refuse, and never returns an empty or reserved name', () => {
    expect(vCardFileName({ name: 'AC/DC: "Live" <at> *Wembley*?|\\' })).to.equal('AC DC Live at Wembley.vcf');
    expect(vCardFileName({ name: '...' })).to.equal('contact.vcf');
    expect(vCardFileName({ name: 'Con' })).to.equal('Con contact.vcf');
    expect(vCardFileName({ name: '💡'.repeat(300) })).to.equal(`${'💡'.repeat(100)}.vcf`);
  });
});

describe('toVCard fields', () => {
  const { person, organization } = northwind();
  const off = toVCard(person, organization, {
    department: { name: 'Marketing' },
    fields: {
      pronouns: false,
      title: false,
      department: false,
      email: false,
      phone: false,
      photo: false,
      profiles: false,
    },
  });

  it('leaves out the fields that are switched off', () => {
    for (const property of ['PRONOUNS', 'TITLE', 'EMAIL', 'TEL', 'PHOTO', 'SOCIALPROFILE', 'URL']) {
      expect(unfold(off), property).not.to.match(new RegExp(`\\r\\n${property}[;:]`));
    }
    expect(readComponents(off, 'ORG')).to.deep.equal(['Northwind Press, Inc; Lisboa']);
  });

  it('always keeps the name, the organization and the UID, and writes every field by default', () => {
    expect(unfold(off)).to.match(/\r\nFN:Ellen Park\r\n/);
    expect(unfold(off)).to.match(/\r\nUID:urn:uuid:/);
    const all = toVCard(person, organization, { department: { name: 'Marketing' }, fields: {} });
    expect(all).to.equal(toVCard(person, organization, { department: { name: 'Marketing' } }));
    expect(unfold(all)).to.include('\r\nTITLE:Marketing Director\r\n');
  });
});
