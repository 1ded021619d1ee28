// What the elements do with a manifest written by an attacker or broken by a tool.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/index.js';
import { readCachedManifest } from '../../src/core/manifest/cache.js';
import type { SocialDirectory } from '../../src/elements/social-directory.js';
import type { SocialPersonCard } from '../../src/elements/social-person-card.js';
import { validateManifest } from '../../src/core/index.js';
import { northwind } from '../fixtures/manifests.js';

type Mutable = Record<string, any>;
const HEADERS = 'help@northwind.example?cc=x%40evil.example&subject=Invoice';

async function loaded(el: SocialDirectory): Promise<SocialDirectory> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part="status"], [part="error"]') !== null,
    'directory did not render',
    { timeout: 5000 },
  );
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

const worker = setupWorker();
let n = 0;

/** A manifest with a department of internal people only, and an internal person with a broken email. */
function withInternalTeam(): Mutable {
  const manifest = northwind() as Mutable;
  manifest.departments.push({
    id: 'legal-secret',
    name: 'Project Nightjar legal',
    email: 'nightjar@northwind.example',
  });
  manifest.people.push({
    id: 'quentin-marsh',
    name: 'Quentin Marsh',
    department: 'legal-secret',
    email: 'quentin nightjar@northwind',
  });
  return manifest;
}

describe('hostile input in the elements', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());
  afterEach(() => worker.resetHandlers());

  it('a public directory names no internal department: not in its filters, its text or its social-load event', async () => {
    const el = document.createElement('social-directory');
    el.audience = 'public';
    const load = oneEvent(el, 'social-load');
    el.manifest = withInternalTeam();
    document.body.append(el);
    const { detail } = await load;
    await loaded(el as SocialDirectory);
    expect(detail.directory.departments.map((d: { id: string }) => d.id)).not.to.include('legal-secret');
    expect(JSON.stringify(detail)).not.to.include('Nightjar');
    expect(el.shadowRoot!.textContent).not.to.include('Nightjar');
    const options = [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent!.trim());
    expect(
      options.some((o) => o.endsWith('(0)')),
      options.join(' | '),
    ).to.equal(false);
    el.remove();
  });

  it('a public page offers no champion filter when no public person shows as a champion', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory audience="public" .manifest=${northwind()}></social-directory>`,
      ),
    );
    expect(el.shadowRoot!.textContent).not.to.match(/champions only/i);
    const internal = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${northwind()}></social-directory>`),
    );
    expect(internal.shadowRoot!.textContent).to.match(/champions only/i);
  });

  it('on a public page, social-warning and the console name places, never what an internal entry says', async () => {
    const logged: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void logged.push(args.join(' '));
    try {
      const el = document.createElement('social-directory');
      el.audience = 'public';
      const warning = oneEvent(el, 'social-warning');
      el.manifest = withInternalTeam();
      document.body.append(el);
      const { detail } = await warning;
      const ats = detail.warnings.map((w: { at: string }) => w.at);
      expect(ats).to.include('people[6].email');
      const said = JSON.stringify(detail) + logged.join('\n');
      for (const secret of ['quentin', 'nightjar', 'Quentin']) expect(said, secret).not.to.include(secret);
      el.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('a document nested 5,000 levels is an invalid manifest: asked for once, not hidden behind the saved copy', async () => {
    const path = `/api/hostile-deep-${++n}.json`;
    let calls = 0;
    worker.use(
      http.get(path, () =>
        ++calls === 1
          ? HttpResponse.json(northwind())
          : new HttpResponse('['.repeat(5000), { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const el = await fixture<SocialDirectory>(html`<social-directory src=${path}></social-directory>`);
    await loaded(el);
    await waitUntil(
      async () => (await readCachedManifest(new URL(path, location.href).href)) !== undefined,
      'no saved copy',
    );
    el.reload();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]') !== null, 'no error shown', {
      timeout: 10000,
    });
    const error = el.shadowRoot!.querySelector('[part="error"]')!.textContent!;
    expect(error).to.include('is not valid JSON: it is nested more than 100 levels deep');
    expect(error).not.to.include('Could not reach');
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
    expect(calls).to.equal(2);
  });

  it('a saved copy shown after a transport failure says why', async () => {
    const path = `/api/hostile-offline-${++n}.json`;
    let calls = 0;
    worker.use(
      http.get(path, () =>
        ++calls === 1 ? HttpResponse.json(northwind()) : new HttpResponse('busy', { status: 503 }),
      ),
    );
    const el = await fixture<SocialDirectory>(html`<social-directory src=${path}></social-directory>`);
    await loaded(el);
    await waitUntil(
      async () => (await readCachedManifest(new URL(path, location.href).href)) !== undefined,
      'no saved copy',
    );
    el.reload();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="stale"]') !== null, 'no note', { timeout: 15000 });
    expect(el.shadowRoot!.querySelector('[part="stale"]')!.textContent).to.include('answered with an error');
  });

  it('a person card gives no mailto: link for an address that carries headers', async () => {
    const { manifest } = validateManifest(northwind());
    const person = { ...manifest.people[0]!, email: HEADERS };
    const card = await fixture<SocialPersonCard>(html`<social-person-card .person=${person}></social-person-card>`);
    expect(links(card.shadowRoot!).filter((href) => href.startsWith('mailto:'))).to.deep.equal([]);
  });

  it('a department header gives no mailto: link with a cc', async () => {
    const manifest = northwind() as Mutable;
    manifest.departments[1].email = HEADERS;
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory grouped .manifest=${manifest}></social-directory>`),
    );
    await new Promise((r) => setTimeout(r, 50));
    const hrefs = links(el.shadowRoot!);
    expect(hrefs).to.include('mailto:marketing@northwind.example');
    expect(hrefs.filter((href) => href.includes('?'))).to.deep.equal([]);
  });
});
