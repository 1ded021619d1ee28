// <social-directory> with a large manifest where no worker can start (a CSP without
// `worker-src`, a browser without module workers): the same load on the main thread, with the
// same answers. Its own file: a page remembers that its workers fail, which is under test here.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { loadManifest } from '../../src/core/index.js';
import { directoryFor } from '../../src/core/audience-directory.js';
import { memorySource } from '../../src/core/source.js';
import type { SocialDirectory } from '../../src/elements/social-directory.js';
import '../../src/elements/social-directory.js';
import '../fixtures/benign-errors.js';
// @ts-expect-error: the benchmark generator is plain JavaScript without types.
import { generateManifest } from '../bench/generate.mjs';
import { besideMainThread, shownAnswers } from './social-directory-worker.answers.js';

const msw = setupWorker();
const RealWorker = globalThis.Worker;
const large = JSON.stringify(generateManifest(1100));
let n = 0;
function served(): string {
  const path = `/api/directory-worker-fallback-${++n}.json`;
  msw.use(http.get(path, () => new HttpResponse(large, { headers: { 'content-type': 'application/json' } })));
  return path;
}

describe('<social-directory> where no worker can start', function () {
  // A manifest of 1,100 people, loaded twice (worker and main thread) on a busy 2-core machine.
  this.timeout(60_000);
  let attempts = 0;
  before(async () => {
    await msw.start({ quiet: true, onUnhandledRequest: 'bypass' });
    globalThis.Worker = class {
      constructor() {
        attempts++;
        throw new DOMException('Refused by the page’s Content-Security-Policy', 'SecurityError');
      }
    } as unknown as typeof Worker;
  });
  after(async () => {
    globalThis.Worker = RealWorker;
    await msw.stop();
  });

  it('loads a large manifest on the main thread, answering as a main-thread source does', async () => {
    const el = document.createElement('social-directory');
    el.src = served();
    const load = oneEvent(el, 'social-load');
    const { manifest } = await loadManifest(JSON.parse(large) as object);
    const main = await besideMainThread(el, memorySource(directoryFor(manifest, 'internal', 'en')));
    const { detail } = await load;
    expect(attempts).to.equal(1);
    expect(detail.directory?.people.length, 'the directory is at hand').to.equal(1100);
    expect(await shownAnswers(el)).to.deep.equal(await shownAnswers(main));
    el.query = main.query = 'ma';
    expect(await shownAnswers(el)).to.deep.equal(await shownAnswers(main));
  });

  it('does not try to start a worker again on this page', async () => {
    const el = await fixture<SocialDirectory>(html`<social-directory src=${served()}></social-directory>`);
    await shownAnswers(el);
    expect(attempts).to.equal(1);
  });
});
