import { expect } from '@open-wc/testing';
import { serializeJsonLd, toJsonLd, type JsonLdDocument } from '../../src/core/jsonld.js';
import type { Manifest } from '../../src/core/manifest/schema.js';
import { validateManifest } from '../../src/core/manifest/validate.js';
import { personUrl } from '../../src/core/person-link.js';

function northwind(people: Record<string, unknown>[] = []): Manifest {
  const { manifest } = validateManifest(
    {
      version: 1,
      organization: {
        name: 'Northwind Press',
        website: 'https://northwind.example',
        logo: 'https://northwind.example/logo.png',
        email: 'hello@northwind.example',
        profiles: [{ network: 'linkedin', handle: 'company/northwind-press' }],
        guidelines: { rules: ['Never share the Q3 roadmap'] },
      },
      departments: [{ id: 'marketing', name: 'Marketing' }],
      people: [
        {
          id: 'ellen-park',
          name: 'Ellen Park',
          title: 'Marketing Director',
          department: 'marketing',
          visibility: 'public',
          email: 'ellen@northwind.example',
          phone: '+1 617 555 0100',
          location: 'Boston',
          photo: 'https://northwind.example/people/ellen.jpg',
          profiles: [{ network: 'mastodon', handle: '@ellen@mastodon.social' }],
          askMeAbout: ['social media training'],
        },
        { id: 'trent-hale', name: 'Trent Hale', title: 'Security Lead', email: 'trent@northwind.example' },
        ...people,
      ],
    },
    { strict: true },
  );
  return manifest;
}

const page = 'https://northwind.example/careers';
const nodes = (doc: JsonLdDocument) => doc['@graph'] as Record<string, any>[];

describe('toJsonLd', () => {
  it('describes the organization with its official accounts as sameAs', () => {
    const [organization] = nodes(toJsonLd(northwind(), { audience: 'public', pageUrl: page }));
    expect(organization).to.deep.include({
      '@type': 'Organization',
      name: 'Northwind Press',
      url: 'https://northwind.example/',
      logo: 'https://northwind.example/logo.png',
      email: 'hello@northwind.example',
      sameAs: ['https://www.linkedin.com/company/northwind-press'],
    });
  });

  it('lists public people as Persons with their title, profiles, photo and link', () => {
    const list = nodes(toJsonLd(northwind(), { audience: 'public', pageUrl: page }))[1]!;
    expect(list['@type']).to.equal('ItemList');
    expect(list.itemListElement).to.have.length(1);
    const person = list.itemListElement[0].item;
    expect(person).to.deep.include({
      '@type': 'Person',
      name: 'Ellen Park',
      jobTitle: 'Marketing Director',
      image: 'https://northwind.example/people/ellen.jpg',
      url: 'https://northwind.example/careers?person=ellen-park',
      sameAs: ['https://mastodon.social/@ellen'],
      knowsAbout: ['social media training'],
    });
    expect(person.worksFor).to.deep.include({
      '@type': 'Organization',
      name: 'Northwind Press',
      department: { '@type': 'Organization', name: 'Marketing' },
    });
  });

  it('never holds internal people or contact details, even given the full manifest', () => {
    const text = JSON.stringify(toJsonLd(northwind(), { audience: 'public', pageUrl: page }));
    for (const secret of ['Trent', 'ellen@northwind.example', '617', 'Boston', 'Q3 roadmap'])
      expect(text).not.to.include(secret);
  });

  it('describes only the organization on an intranet page', () => {
    const doc = toJsonLd(northwind(), { audience: 'internal', pageUrl: page });
    expect(nodes(doc).map((node) => node['@type'])).to.deep.equal(['Organization']);
  });

  it('is one ProfilePage when the page is about a public person', () => {
    const [, profile] = nodes(toJsonLd(northwind(), { audience: 'public', pageUrl: page, person: 'ellen-park' }));
    expect(profile!['@type']).to.equal('ProfilePage');
    expect(profile!.url).to.equal('https://northwind.example/careers?person=ellen-park');
    expect(profile!.mainEntity.name).to.equal('Ellen Park');
  });

  it('describes the directory, not an internal person, when the page is about one', () => {
    const [, list] = nodes(toJsonLd(northwind(), { audience: 'public', pageUrl: page, person: 'trent-hale' }));
    expect(list!['@type']).to.equal('ItemList');
    expect(JSON.stringify(list)).not.to.include('Trent');
  });

  it('leaves out URLs that are not web addresses', () => {
    const manifest = northwind();
    const tampered = { ...manifest, organization: { ...manifest.organization, logo: 'javascript:alert(1)' } };
    expect(JSON.stringify(toJsonLd(tampered, { audience: 'public', pageUrl: 'javascript:alert(2)' }))).not.to.include(
      'javascript',
    );
  });
});

describe('serializeJsonLd', () => {
  it('escapes <, >, &, U+2028 and U+2029 and stays the same JSON', () => {
    const data = { name: 'A </script><!-- & \u2028\u2029 B' };
    const text = serializeJsonLd(data);
    expect(text).not.to.match(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).to.deep.equal(data);
  });

  it('keeps a name containing </script> inside the script', () => {
    const evil = 'Eve </script><script>window.pwned = 1</script>';
    const manifest = northwind([{ id: 'eve', name: evil, visibility: 'public' }]);
    const json = serializeJsonLd(toJsonLd(manifest, { audience: 'public', pageUrl: page }));
    const doc = new DOMParser().parseFromString(
      `<!doctype html><head><script type="application/ld+json">${json}</script></head><body></body>`,
      'text/html',
    );
    const scripts = doc.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    const names = JSON.parse(scripts[0]!.textContent!)['@graph'][1].itemListElement.map((e: any) => e.item.name);
    expect(names).to.include(evil);
  });
});

describe('personUrl', () => {
  it('is the page with ?person=<id>, without filters or fragment', () => {
    expect(personUrl('https://northwind.example/careers?q=design#top', 'ellen-park')).to.equal(
      'https://northwind.example/careers?person=ellen-park',
    );
  });
  it('is undefined for a page that is not a web address', () => {
    expect(personUrl('javascript:alert(1)', 'x')).to.equal(undefined);
  });
});
