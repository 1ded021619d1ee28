// <social-directory> with a large manifest: the text is fetched on the page, then parsed,
// validated and indexed in the directory worker (src/elements/internal/worker-source.ts), while
// a small one loads on the main thread without starting a worker. msw serves the manifests.
// Where no worker can start: social-directory-worker-fallback.test.ts (a page remembers that).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { clearManifestCache, loadManifest } from '../../src/core/index.js';
import { directoryFor } from '../../src/core/audience-directory.js';
import { memorySource } from '../../src/core/source.js';
import { MAIN_THREAD_PEOPLE, MAIN_THREAD_BYTES } from '../../src/elements/internal/worker-limits.js';
import type { SocialDirectory } from '../../src/elements/social-directory.js';
import '../../src/elements/social-directory.js';
import '../fixtures/benign-errors.js';
// @ts-expect-error: the benchmark generator is plain JavaScript without types.
import { generateManifest } from '../bench/generate.mjs';
import { besideMainThread, shownAnswers } from './social-directory-worker.answers.js';

const msw = setupWorker();
let n = 0;
let requests: Record<string, number> = {};
function served(text: string): string {
  const path = `/api/directory-worker-${++n}.json`;
  msw.use(
    http.get(path, () => {
      requests[path] = (requests[path] ?? 0) + 1;
      return new HttpResponse(text, { headers: { 'content-type': 'application/json' } });
    }),
  );
  return path;
}

// Workers started and ended, counted by wrapping the constructor.
const RealWorker = globalThis.Worker;
let started = 0;
let ended = 0;
class CountedWorker extends RealWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    started++;
  }
  override terminate(): void {
    ended++;
    super.terminate();
  }
}

// Over MAIN_THREAD_BYTES, so its bytes go to the worker; kept small for the test's sake.
const large = JSON.stringify(generateManifest(1100));
const small = JSON.stringify(generateManifest(40));

describe('<social-directory> and its worker', function () {
  // A manifest of 1,100 people, loaded twice (worker and main thread) on a busy 2-core machine.
  this.timeout(60_000);
  before(async () => {
    expect(new TextEncoder().encode(large).byteLength).to.be.greaterThan(MAIN_THREAD_BYTES);
    await msw.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(() => msw.stop());
  beforeEach(async () => {
    requests = {};
    started = 0;
    ended = 0;
    globalThis.Worker = CountedWorker;
    await clearManifestCache();
  });
  afterEach(() => {
    globalThis.Worker = RealWorker;
    msw.resetHandlers();
  });

  it('loads a large manifest through a worker, fetched once, and answers as the main thread does', async () => {
    const path = served(large);
    const el = document.createElement('social-directory');
    el.src = path;
    const load = oneEvent(el, 'social-load');
    const { manifest } = await loadManifest(JSON.parse(large) as object);
    const main = await besideMainThread(el, memorySource(directoryFor(manifest, 'internal', 'en')));
    const { detail } = await load;
    expect(started).to.equal(1);
    expect(requests[path], 'the worker parses the page’s text, it does not fetch again').to.equal(1);
    expect(detail.directory, 'the directory stays in the worker').to.equal(undefined);
    expect(detail.source?.head.people).to.equal(1100);

    expect(await shownAnswers(el)).to.deep.equal(await shownAnswers(main));
    const department = manifest.departments[1]!.id;
    for (const directory of [el, main]) {
      directory.query = 'ma';
      directory.department = department;
    }
    expect(await shownAnswers(el)).to.deep.equal(await shownAnswers(main));
  });

  it('loads a small manifest on the main thread, without a worker', async () => {
    const el = document.createElement('social-directory');
    el.src = served(small);
    const load = oneEvent(el, 'social-load');
    await fixture(html`<div>${el}</div>`);
    const { detail } = await load;
    expect(detail.directory?.people.length).to.equal(40);
    expect(detail.source?.head.people).to.equal(40);
    expect(started).to.equal(0);
  });

  it('loads a manifest object on the main thread, however many people it has', async () => {
    const el = document.createElement('social-directory');
    el.manifest = generateManifest(MAIN_THREAD_PEOPLE) as object;
    const load = oneEvent(el, 'social-load');
    await fixture(html`<div>${el}</div>`);
    expect((await load).detail.directory?.people.length).to.equal(MAIN_THREAD_PEOPLE);
    expect(started).to.equal(0);
  });

  it('shares one worker between two directories of the same src, and ends it when both have left', async () => {
    const path = served(large);
    const { manifest } = await loadManifest(JSON.parse(large) as object);
    const second = document.createElement('social-directory');
    second.src = path;
    const main = await besideMainThread(second, memorySource(directoryFor(manifest, 'internal', 'en')));
    const first = await fixture<SocialDirectory>(html`<social-directory src=${path}></social-directory>`);
    for (const el of [first, second]) {
      await waitUntil(() => el.shadowRoot!.querySelector('[part="status"]') !== null, 'not shown', {
        timeout: 20_000,
      });
    }
    expect(started).to.equal(1);
    expect(requests[path]).to.equal(1);
    first.remove();
    expect(ended, 'the other directory still reads it').to.equal(0);
    // Still answering: a search after the first directory left.
    second.query = main.query = 'ma';
    expect(await shownAnswers(second)).to.deep.equal(await shownAnswers(main));
    second.remove();
    // At once, or when a load it had under way (a re-run of its task) settles and lets go.
    await waitUntil(() => ended === 1, 'the worker was kept after both directories left', { timeout: 10_000 });
  });

  it('lets its worker go for another src, and loads again when it comes back to the page', async () => {
    const el = await fixture<SocialDirectory>(html`<social-directory src=${served(large)}></social-directory>`);
    await waitUntil(() => started === 1 && el.shadowRoot!.querySelector('[part="status"]') !== null, 'not shown', {
      timeout: 20_000,
    });
    el.src = served(large);
    await waitUntil(() => ended === 1, 'the first worker was kept', { timeout: 10_000 });
    await waitUntil(() => started === 2 && el.shadowRoot!.querySelector('[part="status"]') !== null, 'not shown', {
      timeout: 20_000,
    });
    const parent = el.parentElement!;
    el.remove();
    expect(ended).to.equal(2);
    // Off the page, an update loads nothing.
    el.requestUpdate();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(started, 'a worker started for a directory off the page').to.equal(2);
    const load = oneEvent(el, 'social-load');
    parent.append(el);
    await load;
    expect(started).to.equal(3);
    expect(await shownAnswers(el)).to.not.deep.equal([]);
  });
});
