// <social-directory> reading a data source that answers later (a static index, a company's
// search server): the same directory, drawn from answers that arrive after the question, rows
// fetched in pages as the list shows them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { createDirectory, validateManifest } from '../../src/core/index.js';
import { memorySource, type DirectorySource, type SearchOrder, type SourceResults } from '../../src/core/source.js';
import type { SearchQuery } from '../../src/core/search.js';
import type { SocialDirectory } from '../../src/elements/social-directory.js';
import type { SocialPersonCard } from '../../src/elements/social-person-card.js';
import { northwind } from '../fixtures/manifests.js';
// @ts-expect-error: the benchmark generator is plain JavaScript without types.
import { generateManifest } from '../bench/generate.mjs';
import '../fixtures/benign-errors.js';

/** A question the test answers when it chooses. */
interface Pending {
  readonly query: SearchQuery;
  resolve(): void;
  reject(error: Error): void;
}

/**
 * The manifest's in-memory source behind promises the test settles: searches wait in `pending`,
 * rows are fetched a page at a time (every `load` is recorded), person pages answer after a tick.
 */
function laterSource(manifest: unknown) {
  const inner = memorySource(createDirectory(validateManifest(manifest).manifest));
  const pending: Pending[] = [];
  const loads: [number, number][] = [];
  const source: DirectorySource = {
    head: inner.head,
    search(query: SearchQuery, order?: SearchOrder) {
      return new Promise<SourceResults>((resolve, reject) => {
        pending.push({
          query,
          reject,
          resolve: () => {
            const results = inner.search(query, order) as SourceResults;
            const loaded = new Set<number>();
            resolve({
              total: results.total,
              facets: results.facets,
              ...(results.groups ? { groups: results.groups } : {}),
              row: (position) => (loaded.has(position) ? results.row(position) : undefined),
              load: async (start, end) => {
                loads.push([start, end]);
                await new Promise((wait) => setTimeout(wait, 5));
                for (let i = start; i < end; i++) loaded.add(i);
              },
            });
          },
        });
      });
    },
    personPage: async (id) => {
      await new Promise((wait) => setTimeout(wait, 5));
      return inner.personPage(id);
    },
  };
  return { source, pending, loads };
}

const cards = (el: SocialDirectory) => [...el.shadowRoot!.querySelectorAll<SocialPersonCard>('social-person-card')];
const names = (el: SocialDirectory) => cards(el).map((card) => card.person!.name);
const status = (el: SocialDirectory) => el.shadowRoot!.querySelector('[part="status"]')!;
async function type(el: SocialDirectory, text: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('<social-directory> with a data source that answers later', () => {
  // Long directories import the virtualizer when they first need it: fetched here, so a test's
  // time limit is not spent on the dev server compiling it.
  before(() => import('../../src/elements/internal/virtualizer-layout.js'));
  it('says it is loading until the first answer, then shows the people', async () => {
    const { source, pending } = laterSource(northwind());
    const el = await fixture<SocialDirectory>(html`<social-directory .source=${source}></social-directory>`);
    expect(status(el).getAttribute('aria-busy')).to.equal('true');
    expect(cards(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    pending.shift()!.resolve();
    await waitUntil(() => cards(el).length > 0, 'no cards after the answer');
    const everyone = memorySource(createDirectory(validateManifest(northwind()).manifest)).head.people;
    expect(cards(el)).to.have.length(everyone);
    expect(status(el).textContent).to.contain(String(everyone));
    expect(status(el).getAttribute('aria-busy')).to.equal('false');
  });

  it('keeps the last results while a search is on its way, and ignores an answer overtaken by a newer question', async () => {
    const { source, pending } = laterSource(northwind());
    const el = await fixture<SocialDirectory>(html`<social-directory .source=${source}></social-directory>`);
    pending.shift()!.resolve();
    await waitUntil(() => cards(el).length > 0);
    const everyone = names(el);
    await type(el, 'a');
    await type(el, 'ellen');
    // Two questions asked; the results shown are still everyone's, marked busy.
    expect(pending.map((p) => p.query.text)).to.deep.equal(['a', 'ellen']);
    expect(names(el)).to.deep.equal(everyone);
    expect(status(el).getAttribute('aria-busy')).to.equal('true');
    const [first, second] = pending.splice(0);
    second!.resolve();
    await waitUntil(() => names(el).length < everyone.length, 'the newer answer was not shown');
    const ellen = names(el);
    expect(ellen.every((name) => name.toLowerCase().includes('ellen'))).to.equal(true);
    first!.resolve();
    await settled();
    expect(names(el)).to.deep.equal(ellen);
  });

  it('asks for rows a page at a time, as the list shows them', async () => {
    const { source, pending, loads } = laterSource(generateManifest(600));
    const el = await fixture<SocialDirectory>(html`<social-directory .source=${source}></social-directory>`);
    await waitUntil(() => pending.length > 0, 'no search asked');
    pending.shift()!.resolve();
    await waitUntil(() => cards(el).length > 0, 'no cards');
    // The first screen's rows, not 600 people's.
    expect(loads.length).to.be.greaterThan(0);
    expect(Math.max(...loads.map(([, end]) => end))).to.be.lessThan(600);
    expect(loads[0]![0]).to.equal(0);
    // Placeholders hold the place of rows not loaded yet; the end of the list loads its own page.
    // Scrolled to the end until the end holds still: the virtualizer measures rows as it goes.
    const last = () => el.shadowRoot!.querySelector('[aria-posinset="600"]');
    await waitUntil(
      () => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return last()?.querySelector('social-person-card') != null;
      },
      'the last row shows no card',
      { timeout: 10_000 },
    );
    expect(loads.some(([, end]) => end === 600)).to.equal(true);
    // Pages of rows, never the whole list at once.
    expect(loads.every(([start, end]) => end - start < 600)).to.equal(true);
  });

  it('shows a failed search with a retry that asks again', async () => {
    const { source, pending } = laterSource(northwind());
    const el = await fixture<SocialDirectory>(html`<social-directory .source=${source}></social-directory>`);
    pending.shift()!.reject(new Error('The index file people/x.json could not be fetched (HTTP 503).'));
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]') !== null, 'no error shown');
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('HTTP 503');
    // The search box stays, to search again.
    expect(el.shadowRoot!.querySelector('input[type="search"]')).to.exist;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    await waitUntil(() => pending.length === 1, 'the retry did not ask again');
    pending.shift()!.resolve();
    await waitUntil(() => cards(el).length > 0, 'no cards after the retry');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  });

  it('groups by department from the answer’s groups', async () => {
    const { source, pending } = laterSource(northwind());
    const el = await fixture<SocialDirectory>(html`<social-directory grouped .source=${source}></social-directory>`);
    pending.shift()!.resolve();
    await waitUntil(() => cards(el).length > 0);
    const headers = [...el.shadowRoot!.querySelectorAll('.group h2')].map((h) => h.textContent!.trim());
    const directory = createDirectory(validateManifest(northwind()).manifest);
    const expected = directory.departments
      .filter((d) => directory.people.some((p) => p.department === d.id))
      .map((d) => d.name);
    expect(headers).to.deep.equal(expected);
  });

  it('opens a person page from the source’s answer', async () => {
    const manifest = generateManifest(20);
    const { source, pending } = laterSource(manifest);
    const el = await fixture<SocialDirectory>(html`<social-directory .source=${source}></social-directory>`);
    pending.shift()!.resolve();
    await waitUntil(() => cards(el).length > 0);
    const directory = createDirectory(validateManifest(manifest).manifest);
    const managed = directory.people.find((p) => directory.manager(p.id) !== undefined)!;
    el.openPerson(managed.id);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="person-page"]') !== null, 'no person page');
    const page = el.shadowRoot!.querySelector('[part~="person-page"]')!;
    expect(page.querySelector('social-person-card')!.person!.id).to.equal(managed.id);
    expect(page.querySelector('[part~="breadcrumbs"]')!.textContent).to.contain(directory.manager(managed.id)!.name);
  });
});
