import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SocialDirectory } from '../../src/elements/social-directory.js';
import { northwind } from '../fixtures/manifests.js';

const scripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
const graph = () => JSON.parse(scripts()[0]!.textContent!)['@graph'] as Record<string, any>[];
const listed = () => graph()[1]!.itemListElement.map((entry: any) => entry.item.name as string);

// The JSON-LD code loads on first use, so the script arrives a moment after the directory.
const written = () => waitUntil(() => scripts().length > 0, 'no structured data was written');

async function loaded(el: SocialDirectory): Promise<SocialDirectory> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part="status"], [part="error"]') !== null,
    'directory did not render',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

describe('<social-directory structured-data>', () => {
  afterEach(() => {
    scripts().forEach((script) => script.remove());
    history.replaceState(null, '', location.pathname);
  });

  it('keeps one JSON-LD script in the head with the organization and the public people', async () => {
    await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory structured-data audience="public" .manifest=${northwind()}></social-directory>`,
      ),
    );
    await written();
    expect(scripts()).to.have.length(1);
    expect(graph()[0]).to.include({ '@type': 'Organization', name: 'Northwind Press' });
    expect(listed()).to.include('Ellen Park');
    expect(scripts()[0]!.textContent).not.to.include('Trent');
  });

  it('updates the script when the manifest changes, and still keeps one', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory structured-data audience="public" .manifest=${northwind()}></social-directory>`,
      ),
    );
    await written();
    const manifest = northwind();
    manifest.people.push({ id: 'ana-ruiz', name: 'Ana Ruiz', visibility: 'public' });
    el.manifest = manifest;
    await waitUntil(() => listed().includes('Ana Ruiz'), 'the script was not updated');
    expect(scripts()).to.have.length(1);
  });

  it('keeps one script for two directories on a page', async () => {
    await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory structured-data audience="public" .manifest=${northwind()}></social-directory>`,
      ),
    );
    await written();
    const second = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory structured-data audience="public" .manifest=${northwind()}></social-directory>`,
      ),
    );
    await second.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(scripts()).to.have.length(1);
  });

  it('removes the script when the element leaves the page', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory structured-data audience="public" .manifest=${northwind()}></social-directory>`,
      ),
    );
    await written();
    el.remove();
    expect(scripts()).to.have.length(0);
  });

  it('writes nothing on an intranet page, or without the attribute', async () => {
    await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory structured-data .manifest=${northwind()}></social-directory>`,
      ),
    );
    await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory audience="public" .manifest=${northwind()}></social-directory>`,
      ),
    );
    expect(scripts()).to.have.length(0);
  });

  it('removes the script when the audience becomes internal', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory structured-data audience="public" .manifest=${northwind()}></social-directory>`,
      ),
    );
    await written();
    el.audience = 'internal';
    await loaded(el);
    await waitUntil(() => scripts().length === 0, 'the script stayed');
  });

  it('describes the person of a shared link as a ProfilePage, with sync-url', async () => {
    history.replaceState(null, '', `${location.pathname}?person=ellen-park`);
    await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory structured-data sync-url audience="public" .manifest=${northwind()}></social-directory>`,
      ),
    );
    await written();
    expect(graph()[1]).to.include({ '@type': 'ProfilePage', name: 'Ellen Park' });
  });
});
