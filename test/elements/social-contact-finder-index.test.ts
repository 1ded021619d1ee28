// <social-contact-finder index> fetches only what a question needs: the head file to render,
// then the ask table and the files of the topics the answer lists; the loading state while they
// load, the error state (and Retry) when they cannot be read. The answers themselves are compared
// with the manifest's in social-contact-finder-sources.test.ts and core/index-routing.test.ts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/index.js';
import type { Audience } from '../../src/core/index.js';
import type { SocialContactFinder } from '../../src/elements/social-contact-finder.js';
import '../fixtures/benign-errors.js';
import { buildStaticIndex } from '../fixtures/static-index.js';

const finder = (index: string, audience: Audience) =>
  fixture<SocialContactFinder>(
    html`<social-contact-finder index=${index} audience=${audience}></social-contact-finder>`,
  );
const root = (el: SocialContactFinder) => el.shadowRoot!;
const results = (el: SocialContactFinder) => [...root(el).querySelectorAll<HTMLElement>('[part="result"]')];
const busy = (el: SocialContactFinder) => root(el).querySelector('[aria-busy="true"]') !== null;

async function loaded(el: SocialContactFinder): Promise<SocialContactFinder> {
  await waitUntil(() => root(el).querySelector('[part="status"]') !== null, 'the finder did not render', {
    timeout: 10_000,
  });
  return el;
}

async function ask(el: SocialContactFinder, question: string) {
  el.ask(question);
  await el.updateComplete;
  await waitUntil(() => !busy(el), 'the answer did not come', { timeout: 10_000 });
  await el.updateComplete;
}

describe('<social-contact-finder index> fetches what a question needs', function () {
  this.timeout(60_000);
  const worker = setupWorker();
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());
  afterEach(() => worker.resetHandlers());

  /** The index files fetched since `from` (a time), by their path in the index folder. */
  const fetchedSince = (folder: string, from: number) =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= from && entry.name.includes(folder))
      .map((entry) => entry.name.slice(entry.name.indexOf(folder) + folder.length));

  async function indexOf(audience: Audience): Promise<string> {
    const demo = (await (await fetch('/demo/northwind.social.json')).json()) as object;
    const built = await buildStaticIndex(demo, audience);
    return built;
  }

  it('renders from the head file alone, then fetches the ask table and the answering topics only', async () => {
    const folder = await indexOf('internal');
    // The buffer holds 250 entries by default: this page's earlier fetches must not fill it.
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(10_000);
    const start = performance.now();
    const el = await loaded(await finder(folder, 'internal'));
    expect(root(el).querySelectorAll('[part="chip"]').length).to.be.greaterThan(0);
    expect(fetchedSince(folder, start)).to.deep.equal(['head.json']);
    const asked = performance.now();
    await ask(el, 'my ebook wont download');
    const answered = results(el).map((r) => r.querySelector('[part="topic"]')!.id.replace(/^topic-/, ''));
    expect(answered.length).to.be.greaterThan(0);
    const files = fetchedSince(folder, asked);
    expect(files[0]).to.equal('asks.json');
    expect(files.slice(1).length).to.be.within(answered.length, 6);
    for (const topic of answered) expect(files).to.include(`contacts/${topic}.json`);
  });

  it('shows the loading state while the owners load, and the error state when they cannot', async () => {
    const folder = await indexOf('public');
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get(`${folder}contacts/:topic`, async () => {
        await held;
        return new HttpResponse('Unavailable', { status: 503, statusText: 'Service Unavailable' });
      }),
    );
    const el = await loaded(await finder(folder, 'public'));
    const failed = oneEvent(el, 'social-error');
    el.ask('where is my order');
    await el.updateComplete;
    await waitUntil(() => busy(el), 'no loading state while the owners load');
    expect(root(el).querySelector('input[type="search"]')).to.exist;
    release();
    const error = ((await failed) as CustomEvent<{ error: Error }>).detail.error;
    expect(error.message).to.match(/contacts\/[\w-]+\.json cannot be fetched: the server answered 503/);
    await waitUntil(() => root(el).querySelector('[part="error"]') !== null, 'no error state');
    expect(root(el).querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    // Retry asks again, and the question is answered once the files can be read.
    worker.resetHandlers();
    root(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    await waitUntil(() => results(el).length > 0, 'Retry did not answer the question', { timeout: 10_000 });
    await expect(el).to.be.accessible();
  });
});
