// The directory's behaviour, run against each of its sources: the manifest (in memory) and the
// static index `social-directory index` writes from the same manifest (built by the CLI through
// the test runner's `build-static-index` command, read with Pagefind in this page). The same
// test, word for word, on both: what a person using the directory sees must not depend on
// where the people come from.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { createDirectory, validateManifest, type Audience } from '../../src/core/index.js';
import type { SocialDirectory } from '../../src/elements/social-directory.js';
import type { SocialPersonCard } from '../../src/elements/social-person-card.js';
import { northwind } from '../fixtures/manifests.js';
// @ts-expect-error: the benchmark generator is plain JavaScript without types.
import { generateManifest } from '../bench/generate.mjs';
import '../fixtures/benign-errors.js';
import { buildStaticIndex } from '../fixtures/static-index.js';

type Attributes = Partial<Record<'query' | 'department' | 'network' | 'location' | 'person', string>> & {
  readonly grouped?: boolean;
  readonly syncUrl?: boolean;
  readonly audience?: Audience;
};

/** A directory with these attributes, reading `source` (set as `.manifest` or as `index`). */
const directory = (source: { manifest: object } | { index: string }, attributes: Attributes) =>
  fixture<SocialDirectory>(html`<social-directory
    .manifest=${'manifest' in source ? source.manifest : undefined}
    index=${'index' in source ? source.index : nothing}
    audience=${attributes.audience ?? 'internal'}
    query=${attributes.query ?? ''}
    department=${attributes.department ?? ''}
    network=${attributes.network ?? ''}
    location=${attributes.location ?? ''}
    person=${attributes.person ?? ''}
    ?grouped=${attributes.grouped}
    ?sync-url=${attributes.syncUrl}
  ></social-directory>`);

/** How a test puts a directory of `manifest` on the page, from each source. */
const SOURCES = {
  manifest: (manifest: object, attributes: Attributes) => directory({ manifest }, attributes),
  index: async (manifest: object, attributes: Attributes) => {
    const index = await buildStaticIndex(manifest, attributes.audience ?? 'internal');
    return directory({ index }, attributes);
  },
};

const cards = (el: SocialDirectory) => [...el.shadowRoot!.querySelectorAll<SocialPersonCard>('social-person-card')];
const names = (el: SocialDirectory) =>
  cards(el)
    .filter((card) => !card.closest('[part~="person-page"]'))
    .map((card) => card.person!.name);
const status = (el: SocialDirectory) => el.shadowRoot!.querySelector('[part="status"]');
const search = (el: SocialDirectory) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
const select = (el: SocialDirectory, label: string) =>
  [...el.shadowRoot!.querySelectorAll('label')]
    .find((l) => l.textContent!.trim().startsWith(label))!
    .querySelector('select')!;

/** Until the directory shows the answer to its current question (the count not busy, the rows drawn). */
async function settled(el: SocialDirectory): Promise<SocialDirectory> {
  await el.updateComplete;
  await waitUntil(
    () => {
      const count = status(el);
      if (el.person !== '') return el.shadowRoot!.querySelector('[part~="person-page"]') !== null;
      if (count === null || count.getAttribute('aria-busy') !== 'false') return false;
      return el.shadowRoot!.querySelector('.placeholder') === null;
    },
    'the directory did not settle',
    { timeout: 8000 },
  );
  await el.updateComplete;
  return el;
}

async function type(el: SocialDirectory, text: string) {
  const input = search(el);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  await settled(el);
}
async function choose(el: SocialDirectory, label: string, value: string) {
  const control = select(el, label);
  control.value = value;
  control.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await settled(el);
}

for (const [name, mount] of Object.entries(SOURCES)) {
  describe(`<social-directory> from ${name === 'index' ? 'a static index' : 'a manifest'}`, function () {
    // A static index is built by the CLI (Pagefind) the first time a manifest is seen.
    this.timeout(30_000);
    afterEach(() => history.replaceState(null, '', location.pathname));

    it('shows everyone in name order with a live count', async () => {
      const el = await settled(await mount(northwind(), {}));
      const everyone = createDirectory(validateManifest(northwind()).manifest).people.map((p) => p.name);
      expect(names(el)).to.deep.equal(everyone);
      expect(status(el)!.textContent!.trim()).to.equal(`${everyone.length} people`);
    });

    it('searches as you type, accents folded', async () => {
      const el = await settled(await mount(northwind(), {}));
      await type(el, 'zoe');
      expect(names(el)).to.deep.equal(['Zoë Lambert']);
      expect(status(el)!.textContent!.trim()).to.equal('1 person');
      await type(el, 'xylophone');
      expect(names(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.empty')).to.exist;
    });

    it('filters with facet counts in the options, each count with the other filters as they are', async () => {
      const el = await settled(await mount(northwind(), {}));
      expect([...select(el, 'Department').options].map((o) => o.textContent!.trim())).to.deep.equal([
        'Any',
        'Marketing (2)',
        'Customer Support (2)',
        'Editorial (2)',
      ]);
      await choose(el, 'Department', 'editorial');
      expect(names(el)).to.deep.equal(["Siobhán O'Connor", 'Zoë Lambert']);
      // The departments still count their own people: choosing one does not zero the others.
      expect([...select(el, 'Department').options].map((o) => o.textContent!.trim())).to.include('Marketing (2)');
      const locations = [...select(el, 'Location').options].map((o) => o.textContent!.trim());
      expect(locations).to.include.members(['London (1)', 'Lisbon (1)', 'Boston (0)']);
      el.champion = true;
      await settled(el);
      expect(names(el)).to.deep.equal([]);
    });

    it('takes initial filters from attributes', async () => {
      const el = await settled(await mount(northwind(), { network: 'x', location: 'Boston' }));
      expect(names(el)).to.deep.equal(['Trent Walker']);
    });

    it('clears every filter from the empty state', async () => {
      const el = await settled(await mount(northwind(), { query: 'xylophone', department: 'editorial' }));
      expect(names(el)).to.deep.equal([]);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.empty button')!.click();
      await settled(el);
      expect(names(el)).to.have.length(6);
      expect(search(el).value).to.equal('');
      expect(select(el, 'Department').value).to.equal('');
    });

    it('filters by an "ask me about" chip', async () => {
      const el = await settled(await mount(northwind(), {}));
      const zoe = cards(el).find((card) => card.person!.id === 'zoe-lambert')!;
      zoe.shadowRoot!.querySelector<HTMLButtonElement>('[part="chip"]')!.click();
      await settled(el);
      expect(search(el).value).to.equal('manuscripts');
      expect(names(el)).to.deep.equal(['Zoë Lambert']);
    });

    it('can be used with the keyboard: type, tab to the filters, choose a person with Enter', async () => {
      const el = await settled(await mount(northwind(), {}));
      search(el).focus();
      await sendKeys({ type: 'trent' });
      await settled(el);
      await waitUntil(() => names(el).join() === 'Trent Walker', 'typing did not find Trent');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.tagName).to.equal('SELECT');
      cards(el)[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[part="name"]')!.focus();
      const selected = oneEvent(el, 'social-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.person.id).to.equal('trent-walker');
    });

    it('groups people under their departments', async () => {
      const el = await settled(await mount(northwind(), { grouped: true }));
      const headers = [...el.shadowRoot!.querySelectorAll('.group h2')].map((h) => h.textContent!.trim());
      expect(headers).to.deep.equal(['Marketing', 'Customer Support', 'Editorial']);
      expect(names(el)).to.have.length(6);
    });

    it('opens a person page with their managers, and a link there opens the next', async () => {
      const manifest = generateManifest(40);
      const el = await settled(await mount(manifest, {}));
      const managed = manifest.people.find((p: { manager?: string }) => p.manager !== undefined)!;
      el.openPerson(managed.id);
      await settled(el);
      const page = el.shadowRoot!.querySelector('[part~="person-page"]')!;
      expect(page.querySelector('social-person-card')!.person!.id).to.equal(managed.id);
      const crumbs = page.querySelector('[part~="breadcrumbs"]')!;
      const manager = manifest.people.find((p: { id: string }) => p.id === managed.manager)!;
      expect(crumbs.textContent).to.contain(manager.name);
      const link = [...crumbs.querySelectorAll<HTMLElement>('[data-person]')].find(
        (l) => l.dataset['person'] === manager.id,
      )!;
      const selected = oneEvent(el, 'social-select');
      link.click();
      expect((await selected).detail.person.id).to.equal(manager.id);
      await waitUntil(() => el.person === manager.id);
      await settled(el);
      const card = el.shadowRoot!.querySelector<SocialPersonCard>('[part~="person-page"] social-person-card')!;
      expect(card.person!.id).to.equal(manager.id);
      // The page's heading has focus, so Escape closes it.
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'person-page-heading', 'the heading has no focus');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => el.person === '');
    });

    it('says so for a person it does not hold', async () => {
      const el = await settled(await mount(northwind(), { person: 'nobody-here' }));
      expect(el.shadowRoot!.querySelector('[part~="person-page"]')!.textContent).to.contain('nobody-here');
    });

    it('mirrors the query and filters in the URL with sync-url, and restores them from it', async () => {
      history.replaceState(null, '', `${location.pathname}?q=zoe&department=editorial`);
      const el = await settled(await mount(northwind(), { syncUrl: true }));
      expect(search(el).value).to.equal('zoe');
      expect(names(el)).to.deep.equal(['Zoë Lambert']);
      await type(el, 'siobhan');
      expect(new URL(location.href).searchParams.get('q')).to.equal('siobhan');
      expect(names(el)).to.deep.equal(["Siobhán O'Connor"]);
    });

    it('shows only public people and public fields in the public audience', async () => {
      const el = await settled(await mount(northwind(), { audience: 'public' }));
      expect(names(el)).to.deep.equal(['Ellen Park', "Siobhán O'Connor", 'Zoë Lambert']);
      const text =
        el.shadowRoot!.textContent! +
        cards(el)
          .map((c) => c.shadowRoot!.textContent)
          .join();
      for (const secret of ['Trent', 'María', 'ellen@northwind.example', '+1 617', 'Boston']) {
        expect(text, secret).not.to.include(secret);
      }
    });

    it('lists a long directory virtualized, the last person reachable', async () => {
      const manifest = generateManifest(300);
      const el = await settled(await mount(manifest, {}));
      expect(status(el)!.textContent!.trim()).to.equal('300 people');
      expect(cards(el).length).to.be.lessThan(300);
      const last = () => el.shadowRoot!.querySelector('[aria-posinset="300"] social-person-card');
      await waitUntil(
        () => {
          window.scrollTo(0, document.documentElement.scrollHeight);
          return last() !== null;
        },
        'the last person was not reached',
        { timeout: 8000 },
      );
    });
  });
}
