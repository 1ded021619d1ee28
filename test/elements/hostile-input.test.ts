// What the elements do with a manifest written by an attacker or broken by a tool.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SocialDirectory } from '../../src/elements/social-directory.js';
import type { SocialPersonCard } from '../../src/elements/social-person-card.js';
import { validateManifest } from '../../src/core/index.js';
import { northwind } from '../fixtures/manifests.js';

type Mutable = Record<string, any>;
const HEADERS = 'help@northwind.example?cc=x%40evil.example&subject=Invoice';

async function loaded(el: SocialDirectory): Promise<SocialDirectory> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="status"], [part="error"]') !== null, 'directory did not render', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Every link in an element and the shadow roots inside it. */
function links(root: Element | ShadowRoot): string[] {
  const found: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el instanceof HTMLAnchorElement) found.push(el.getAttribute('href') ?? '');
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

describe('hostile input in the elements', () => {
  it('a person card gives no mailto: link for an address that carries headers', async () => {
    const { manifest } = validateManifest(northwind());
    const person = { ...manifest.people[0]!, email: HEADERS };
    const card = await fixture<SocialPersonCard>(html`<social-person-card .person=${person}></social-person-card>`);
    expect(links(card.shadowRoot!).filter((href) => href.startsWith('mailto:'))).to.deep.equal([]);
  });

  it('a department header gives no mailto: link with a cc', async () => {
    const manifest = northwind() as Mutable;
    manifest.departments[1].email = HEADERS;
    const el = await loaded(await fixture<SocialDirectory>(html`<social-directory grouped .manifest=${manifest}></social-directory>`));
    await new Promise((r) => setTimeout(r, 50));
    const hrefs = links(el.shadowRoot!);
    expect(hrefs).to.include('mailto:marketing@northwind.example');
    expect(hrefs.filter((href) => href.includes('?'))).to.deep.equal([]);
  });
});
