import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Organization, Person, Profile } from '../../src/core/manifest/schema.js';
import { validateManifest } from '../../src/core/manifest/validate.js';
import { NETWORK_IDS, NETWORKS, type NetworkId } from '../../src/core/networks.js';
import { safeUrl, telUri } from '../../src/core/safe.js';
import { accentColor } from '../../src/core/color.js';
import {
  GMAIL_SIGNATURE_LIMIT,
  renderSignature,
  signatureDocument,
  type SignatureOptions,
  type SignatureTemplate,
} from '../../src/core/signature.js';
import { signatureProblems } from '../fixtures/email-safety.mjs';

const TEMPLATES: SignatureTemplate[] = ['compact', 'classic', 'brand'];
const MARKUP = `<script>alert(1)</script> "quotes" & 'apostrophes'`;

/** The first example of a network's hint: what an editor would type. */
const sampleHandle = (id: NetworkId) => NETWORKS[id].handleHint.split(' or ')[0]!;

/**
 * A person with every field and a profile on every network, names with accents and markup, through the real
 * validator.
 */
function maximal(): { person: Person; organization: Organization; department: { name: string } } {
  const { manifest } = validateManifest(
    {
      version: 1,
      organization: {
        name: `Northwind Press & Søns <Éditions> "Internationales"`,
        website: 'https://northwind.example',
        logo: 'https://northwind.example/logo.png',
        email: 'hello@northwind.example',
        profiles: [
          { network: 'linkedin', handle: 'company/northwind-press' },
          { network: 'x', handle: 'northwindpress' },
          { network: 'mastodon', handle: '@northwind@mastodon.social' },
          { network: 'youtube', handle: '@northwindpress' },
        ],
        guidelines: { url: 'https://intranet.northwind.example/social-policy?lang=en&v=2', rules: ['Be kind'] },
        signature: {
          brandColor: '#1d4ed8',
          iconBaseUrl: 'https://cdn.northwind.example/icons/',
          disclaimer: `This message may contain confidential information ${MARKUP}.\nIf you received it by mistake, please tell the sender.`,
          banner: {
            image: 'https://northwind.example/banners/autumn-catalogue.png',
            url: 'https://northwind.example/catalogue?season=autumn&utm_source=signature',
            alt: `Our autumn catalogue ${MARKUP}`,
            width: 480,
            height: 96,
          },
        },
      },
      departments: [{ id: 'marketing', name: `Marketing & Communicação <Brand>` }],
      people: [
        {
          id: 'maria-de-los-angeles',
          name: `María de los Ángeles Fernández-Ruiz O'Connor-Østergård ${MARKUP}`,
          pronouns: 'she/her <b>',
          title: `Directora de Comunicação Internacional & "Relações" ${MARKUP}`,
          department: 'marketing',
          email: 'maria.angeles@northwind.example',
          phone: '+351 (21) 555-0100',
          location: `Lisboa & São Paulo <remote>`,
          timeZone: 'Europe/Lisbon',
          photo: 'https://northwind.example/people/maria.jpg',
          profiles: NETWORK_IDS.map((network) => ({ network, handle: sampleHandle(network) })),
          askMeAbout: ['social media training'],
          languages: ['pt-PT', 'es', 'en'],
          visibility: 'public',
        },
      ],
    },
    { strict: true },
  );
  return {
    person: manifest.people[0]!,
    organization: manifest.organization,
    department: { name: manifest.departments[0]!.name },
  };
}

/** Parses signature HTML as a browser would and returns every problem with it, or an empty list. */
const problems = (html: string): string[] =>
  signatureProblems(html, { parse: (source) => new DOMParser().parseFromString(source, 'text/html'), safeUrl });

describe('renderSignature', () => {
  for (const template of TEMPLATES) {
    describe(`the ${template} template with a maximal person`, () => {
      const { person, organization, department } = maximal();
      const signature = renderSignature(person, organization, { template, department });
      const doc = new DOMParser().parseFromString(signature.html, 'text/html');

      it('uses only allowed tags, attributes, styles and URLs', () => {
        expect(problems(signature.html)).to.deep.equal([]);
      });

      it('renders markup in names as text', () => {
        expect(doc.body.textContent).to.include(person.name);
        expect(doc.body.textContent).to.include(person.title);
        expect(doc.body.textContent).to.include(department.name);
        expect(doc.querySelector('script, b')).to.equal(null);
      });

      it('stays under Gmail’s 10,000-character limit and reports its length', () => {
        expect(signature.length).to.equal(signature.html.length);
        expect(signature.length).to.be.below(GMAIL_SIGNATURE_LIMIT);
        expect(signature.warnings.map((w) => w.code)).to.deep.equal(['legacy-network']);
      });

      it('links the email with mailto:, the phone with tel: (digits and + only) and the guidelines', () => {
        const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(hrefs).to.include('mailto:maria.angeles@northwind.example');
        expect(hrefs).to.include('tel:+351215550100');
        expect(hrefs).to.include('https://intranet.northwind.example/social-policy?lang=en&v=2');
      });

      it('shows the disclaimer with its line break', () => {
        expect(doc.body.textContent).to.include('confidential information <script>alert(1)</script>');
        expect(signature.html).to.include('<br>If you received it');
      });

      it('links every profile except the closed Skype', () => {
        const hrefs = new Set([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')));
        for (const profile of person.profiles) {
          if (profile.network === 'skype') expect(signature.html).not.to.include('Skype');
          else expect(hrefs.has(profile.url!), profile.network).to.equal(true);
        }
      });
    });
  }

  it('compact uses text links only, no images', () => {
    const { person, organization, department } = maximal();
    const { html } = renderSignature(person, organization, { template: 'compact', department });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('img')).to.have.length(0);
    const labels = [...doc.querySelectorAll('a')].map((a) => a.textContent);
    expect(labels).to.include.members(['LinkedIn', 'Mastodon', 'Bluesky', 'Website']);
  });

  it('classic shows 2× social icons from the icon host at 20 or 16 pixels, with alt text', () => {
    const { person, organization } = maximal();
    for (const iconSize of [20, 16] as const) {
      const doc = new DOMParser().parseFromString(
        renderSignature(person, organization, { iconSize }).html,
        'text/html',
      );
      const icon = doc.querySelector('img[alt="LinkedIn"]')!;
      expect(icon.getAttribute('src')).to.equal('https://cdn.northwind.example/icons/linkedin.png');
      expect([icon.getAttribute('width'), icon.getAttribute('height')]).to.deep.equal([`${iconSize}`, `${iconSize}`]);
      expect(icon.closest('a')!.getAttribute('href')).to.equal('https://www.linkedin.com/in/ellenpark');
    }
  });

  it('brand shows the photo, the logo and a color bar in a readable accent', () => {
    const { person, organization } = maximal();
    const doc = new DOMParser().parseFromString(
      renderSignature(person, organization, { template: 'brand', logoSize: { width: 100, height: 25 } }).html,
      'text/html',
    );
    const photo = doc.querySelector('img[src="https://northwind.example/people/maria.jpg"]')!;
    expect([photo.getAttribute('width'), photo.getAttribute('height')]).to.deep.equal(['64', '64']);
    const logo = doc.querySelector('img[src="https://northwind.example/logo.png"]')!;
    expect([logo.getAttribute('width'), logo.getAttribute('height')]).to.deep.equal(['100', '25']);
    expect(logo.closest('a')!.getAttribute('href')).to.equal('https://northwind.example/');
    expect(doc.querySelector('td[style*="border-left:3px solid"]')!.getAttribute('style')).to.include(
      accentColor('#1d4ed8'),
    );
  });

  it('shows the banner, linked and sized, in classic and brand but not in compact', () => {
    const { person, organization } = maximal();
    for (const template of TEMPLATES) {
      const { html, text } = renderSignature(person, organization, { template });
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const banner = doc.querySelector('img[src="https://northwind.example/banners/autumn-catalogue.png"]');
      if (template === 'compact') {
        expect(banner, template).to.equal(null);
        continue;
      }
      expect([banner!.getAttribute('width'), banner!.getAttribute('height')], template).to.deep.equal(['480', '96']);
      expect(banner!.getAttribute('alt')).to.equal(`Our autumn catalogue ${MARKUP}`);
      expect(banner!.closest('a')!.getAttribute('href')).to.equal(
        'https://northwind.example/catalogue?season=autumn&utm_source=signature',
      );
      expect(text).to.include(
        `Our autumn catalogue ${MARKUP}: https://northwind.example/catalogue?season=autumn&utm_source=signature`,
      );
    }
  });

  it('leaves the banner out when the field is off, and an http banner with a warning', () => {
    const { person, organization } = maximal();
    expect(renderSignature(person, organization, { fields: { banner: false } }).html).not.to.include(
      'autumn-catalogue',
    );
    const http = {
      ...organization,
      signature: {
        ...organization.signature!,
        banner: { ...organization.signature!.banner!, image: 'http://northwind.example/plain-http-banner.png' },
      },
    };
    const { html, warnings } = renderSignature(person, http);
    expect(html).not.to.include('plain-http-banner');
    expect(warnings.map((w) => w.message).join()).to.include('The banner left out');
  });

  it('takes the template and fields the manifest sets, under the options', () => {
    const { person, organization } = maximal();
    const defaults = {
      ...organization,
      signature: { ...organization.signature, template: 'compact' as const, fields: { phone: false, email: false } },
    };
    const { html } = renderSignature(person, defaults, { fields: { email: true } });
    expect(html).not.to.include('<img');
    expect(html).not.to.include('tel:');
    expect(html).to.include('mailto:');
    expect(renderSignature(person, defaults, { template: 'classic' }).html).to.include('<img');
  });

  it('takes the icon host from the options over the manifest, and says when it is this computer', () => {
    const { person, organization } = maximal();
    const cdn = renderSignature(person, organization, { iconBaseUrl: 'https://static.northwind.example/i' });
    expect(cdn.html).to.include('src="https://static.northwind.example/i/linkedin.png"');
    const local = renderSignature(person, organization, { iconBaseUrl: 'http://localhost:8000/dist/icons/' });
    expect(local.html).to.include('src="http://localhost:8000/dist/icons/linkedin.png"');
    expect(local.warnings.map((w) => w.code)).to.include('local-image');
    // Only the page's own override may be local: never an http host from the manifest, nor another http host.
    const manifestHttp = {
      ...organization,
      signature: { ...organization.signature, iconBaseUrl: 'http://localhost:8000/icons/' },
    };
    expect(renderSignature(person, manifestHttp).html).not.to.include('localhost');
    expect(renderSignature(person, organization, { iconBaseUrl: 'http://cdn.example/icons/' }).html).not.to.include(
      'cdn.example',
    );
  });

  it('falls back to text links, never to images, without an icon host', () => {
    const { person, organization } = maximal();
    const noHost = { ...organization, signature: { ...organization.signature, iconBaseUrl: undefined } };
    const { html, warnings } = renderSignature(person, noHost, { template: 'classic', fields: { banner: false } });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('img')).to.have.length(0);
    expect(doc.querySelector('a[href="https://www.linkedin.com/in/ellenpark"]')!.textContent).to.equal('LinkedIn');
    expect(warnings.map((w) => w.code)).to.deep.equal(['legacy-network']);
  });

  it('falls back to text links, with a warning, when the icon host is not https', () => {
    const { person, organization } = maximal();
    const http = {
      ...organization,
      signature: { ...organization.signature, iconBaseUrl: 'http://cdn.northwind.example/icons' },
    };
    const { html, warnings } = renderSignature(person, http, { template: 'brand', fields: { photo: false } });
    expect(html).not.to.include('icons/');
    expect(warnings.map((w) => w.code)).to.include('unsafe-url');
  });

  it('adds a slash to an icon host given without one', () => {
    const { person, organization } = maximal();
    const bare = {
      ...organization,
      signature: { ...organization.signature, iconBaseUrl: 'https://cdn.northwind.example/icons' },
    };
    expect(renderSignature(person, bare).html).to.include('src="https://cdn.northwind.example/icons/x.png"');
  });

  it('warns when the HTML passes Gmail’s 10,000 characters (a huge disclaimer)', () => {
    const { person, organization } = maximal();
    const disclaimer = 'This e-mail & any attachments are confidential. '.repeat(220);
    const { length, warnings } = renderSignature(person, {
      ...organization,
      signature: { ...organization.signature, disclaimer },
    });
    expect(length).to.be.above(GMAIL_SIGNATURE_LIMIT);
    expect(warnings.find((w) => w.code === 'too-long')!.message).to.include(`${length}`);
  });

  it('lets the person choose the fields and which networks appear, in their order', () => {
    const { person, organization, department } = maximal();
    const options: SignatureOptions = {
      template: 'compact',
      department,
      fields: {
        pronouns: false,
        title: false,
        department: false,
        email: false,
        phone: false,
        location: false,
        profiles: ['mastodon', 'linkedin'],
        officialAccounts: false,
        disclaimer: false,
        guidelines: false,
      },
    };
    const { html, text } = renderSignature(person, organization, options);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal([
      organization.name,
      'Mastodon',
      'LinkedIn',
    ]);
    for (const hidden of [
      'she/her',
      'Directora',
      'Marketing &',
      'maria.angeles',
      '+351',
      'Lisboa',
      'confidential',
      'guidelines',
    ]) {
      expect(doc.body.textContent, hidden).not.to.include(hidden);
      expect(text, hidden).not.to.include(hidden);
    }
  });

  it('keeps the text and drops the link when a URL is not allowed', () => {
    const { person, organization } = maximal();
    const hostile: Profile = { network: 'other', handle: 'talks', url: 'javascript:alert(1)', label: 'My <talks>' };
    const { html, warnings } = renderSignature(
      { ...person, profiles: [hostile] },
      { ...organization, website: 'data:text/html,hi' },
      { template: 'compact' },
    );
    expect(html).not.to.match(/javascript:|data:/);
    expect(html).to.include('My &lt;talks&gt;');
    expect(warnings.filter((w) => w.code === 'unsafe-url')).to.have.length(2);
  });

  it('shows an email that would smuggle headers as text, not as a mailto: link', () => {
    const { person, organization } = maximal();
    const { html } = renderSignature(
      { ...person, email: 'maria@northwind.example?bcc=all@evil.example' },
      organization,
    );
    expect(html).not.to.include('mailto:');
    expect(html).to.include('maria@northwind.example?bcc=all@evil.example');
  });

  it('writes a plain-text version: lines, profiles as "Network: URL", no markup escaping', () => {
    const { person, organization, department } = maximal();
    const { text } = renderSignature(person, organization, { department, separator: true });
    const lines = text.split('\n');
    expect(lines[0]).to.equal('-- ');
    expect(lines[1]).to.equal(`${person.name} (she/her <b>)`);
    expect(lines[2]).to.equal(`${person.title}, ${department.name}`);
    expect(lines).to.include('maria.angeles@northwind.example');
    expect(lines).to.include('LinkedIn: https://www.linkedin.com/in/ellenpark');
    expect(lines).to.include(`${organization.name} X: https://x.com/northwindpress`);
    expect(lines).to.include('Social media guidelines: https://intranet.northwind.example/social-policy?lang=en&v=2');
    expect(text).not.to.include('&amp;');
    expect(renderSignature(person, organization).text.startsWith('-- ')).to.equal(false);
  });

  it('never produces a disallowed tag, attribute, style or URL, whatever the fields hold (property)', () => {
    const hostile = fc.constantFrom(
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "'><svg onload=alert(1)>",
      'javascript:alert(1)',
      ' java\tscript:alert(1)',
      'data:image/png;base64,AAAA',
      '</td></tr></table><style>*{}</style>',
      '&lt;b&gt;',
      '\u0000\n\r\t',
      'https://ok.example/a"b',
      'http://plain.example/',
      'mailto:a@b.example?cc=c@d.example',
      '#fff;background:url(x)',
    );
    const str = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.webUrl(), hostile);
    const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const profile = fc.record({
      network: fc.constantFrom(...NETWORK_IDS),
      handle: str,
      url: opt(str),
      label: opt(str),
    });
    const person = fc.record({
      id: str,
      name: str,
      pronouns: opt(str),
      title: opt(str),
      department: opt(str),
      email: opt(str),
      phone: opt(str),
      location: opt(str),
      timeZone: opt(str),
      photo: opt(str),
      profiles: fc.array(profile, { maxLength: 6 }),
      topics: fc.constant([]),
      askMeAbout: fc.array(str, { maxLength: 2 }),
      languages: fc.constant([]),
      champion: fc.boolean(),
      visibility: fc.constant('public' as const),
    });
    const organization = fc.record({
      name: str,
      website: opt(str),
      logo: opt(str),
      email: opt(str),
      profiles: fc.array(profile, { maxLength: 4 }),
      guidelines: opt(fc.record({ url: opt(str), rules: fc.constant([]) })),
      signature: opt(
        fc.record({
          brandColor: opt(str),
          iconBaseUrl: opt(fc.oneof(str, fc.constant('https://cdn.example/i/'))),
          disclaimer: opt(str),
          banner: opt(
            fc.record({
              image: fc.oneof(str, fc.constant('https://cdn.example/b.png')),
              url: opt(str),
              alt: str,
              width: fc.integer(),
              height: fc.integer(),
            }),
          ),
        }),
      ),
    });
    const options = fc.record({
      template: fc.constantFrom(...TEMPLATES),
      department: opt(fc.record({ name: str })),
      fields: fc.record({
        pronouns: fc.boolean(),
        email: fc.boolean(),
        photo: fc.boolean(),
        officialAccounts: fc.boolean(),
        disclaimer: fc.boolean(),
      }),
      iconSize: fc.constantFrom(16 as const, 20 as const),
      logoSize: opt(fc.record({ width: fc.integer(), height: fc.double() })),
      guidelinesLabel: opt(str),
    });
    fc.assert(
      fc.property(person, organization, options, (p, o, opts) => {
        const { html, length } = renderSignature(p as unknown as Person, o as unknown as Organization, opts);
        const found = problems(html);
        return found.length === 0 && length === html.length;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('accentColor', () => {
  const luminance = (hex: string) =>
    [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

  it('reads at 4.5:1 on white and on black, whatever the brand color (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const accent = accentColor(`#${n.toString(16).padStart(6, '0')}`);
        const l = luminance(accent);
        return /^#[\da-f]{6}$/.test(accent) && contrast(l, 1) >= 4.5 && contrast(l, 0) >= 4.5;
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a brand color that already reads well, accepts #abc, and has a default', () => {
    expect(accentColor('#767676')).to.equal('#767676');
    expect(accentColor('#000')).to.equal(accentColor('#000000'));
    expect(accentColor(undefined)).to.match(/^#[\da-f]{6}$/);
    expect(accentColor('red; background:url(x)')).to.equal(accentColor(undefined));
  });
});

describe('telUri', () => {
  it('keeps digits and a leading +', () => {
    expect(telUri('+1 (617) 555-0100')).to.equal('tel:+16175550100');
    expect(telUri('021 555 01 00')).to.equal('tel:0215550100');
    expect(telUri('+1 617 +555')).to.equal('tel:+1617555');
    expect(telUri('call me')).to.equal(undefined);
  });
});

describe('signatureDocument', () => {
  it('is the signature alone in a page whose title is escaped', () => {
    const page = signatureDocument({ html: '<table></table>' }, 'Ellen <b>"Park"</b> & Co');
    expect(page).to.include('<title>Ellen &lt;b&gt;&quot;Park&quot;&lt;/b&gt; &amp; Co</title>');
    expect(page).to.include('<body>\n<table></table>\n</body>');
    const doc = new DOMParser().parseFromString(page, 'text/html');
    expect(doc.title).to.equal('Ellen <b>"Park"</b> & Co');
  });
});
