// Where a worker cannot start, the worker source loads on the main thread with the same answers.
// Each test imports a fresh copy of the module (a query string makes another module instance):
// the module remembers that workers fail on this page, which is the behaviour under test.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { loadManifest, ManifestError } from '../../../src/core/index.js';
import { directoryFor } from '../../../src/core/audience-directory.js';
import { memorySource, type SourceResults } from '../../../src/core/source.js';
// @ts-expect-error: the benchmark generator is plain JavaScript without types.
import { generateManifest } from '../../bench/generate.mjs';
import { rejection } from '../../fixtures/rejection.js';

type WorkerSourceModule = typeof import('../../../src/elements/internal/worker-source.js');
let copies = 0;
const freshModule = () =>
  import(`/src/elements/internal/worker-source.js?copy=${++copies}`) as Promise<WorkerSourceModule>;

const msw = setupWorker();
const RealWorker = globalThis.Worker;
let n = 0;
let body: string;

function served(text: string): string {
  const path = `/api/worker-fallback-${++n}.json`;
  msw.use(http.get(path, () => new HttpResponse(text, { headers: { 'content-type': 'application/json' } })));
  return path;
}

/** The answers a page reads: the head's counts and facets, and a few searches' totals and first rows. */
async function answers(source: {
  head: { people: number; facets: unknown };
  search: (query: object) => SourceResults | Promise<SourceResults>;
}) {
  const out: unknown[] = [source.head.people, source.head.facets];
  for (const query of [{}, { text: 'ma' }, { network: 'github' }]) {
    const results = await source.search(query);
    out.push(results.total, results.facets, results.row(0)?.person.id, results.row(10)?.person.id);
  }
  return out;
}

describe('workerSource, where no worker can start', () => {
  let expected: unknown[];

  before(async () => {
    await msw.start({ quiet: true, onUnhandledRequest: 'bypass' });
    body = JSON.stringify(generateManifest(300));
    const { manifest } = await loadManifest(JSON.parse(body) as object);
    expected = await answers(memorySource(directoryFor(manifest, 'internal', 'en')));
  });
  after(() => msw.stop());
  afterEach(() => {
    globalThis.Worker = RealWorker;
    msw.resetHandlers();
  });

  it('loads on the main thread when `new Worker` throws (a CSP, a cross-origin script), with the same answers', async () => {
    let attempts = 0;
    globalThis.Worker = class {
      constructor() {
        attempts++;
        throw new DOMException('Refused by the page’s Content-Security-Policy', 'SecurityError');
      }
    } as unknown as typeof Worker;
    const { workerSource } = await freshModule();
    const loaded = await workerSource(served(body), { audience: 'internal', locale: 'en' });
    expect(loaded.thread).to.equal('main');
    expect(await answers(loaded.source)).to.deep.equal(expected);
    await workerSource(served(body), { audience: 'internal', locale: 'en' });
    expect(attempts, 'the next load does not try again').to.equal(1);
  });

  it('loads on the main thread when the worker’s script fails before answering', async () => {
    let attempts = 0;
    globalThis.Worker = class extends RealWorker {
      constructor(_url: string | URL, options?: WorkerOptions) {
        // As a script that is missing, refused (worker-src) or not runnable as a module.
        super('/no-such-directory-worker.js', options);
        attempts++;
      }
    };
    const { workerSource } = await freshModule();
    const loaded = await workerSource(served(body), { audience: 'internal', locale: 'en' });
    expect(loaded.thread).to.equal('main');
    expect(await answers(loaded.source)).to.deep.equal(expected);
    await workerSource(served(body), { audience: 'internal', locale: 'en' });
    expect(attempts).to.equal(1);
  });

  it('loads on the main thread where there is no Worker at all (the server, old browsers)', async () => {
    // @ts-expect-error: removed as it is missing where there are no workers.
    delete globalThis.Worker;
    const { workerSource } = await freshModule();
    const loaded = await workerSource(served(body), { audience: 'internal', locale: 'en' });
    expect(loaded.thread).to.equal('main');
    expect(await answers(loaded.source)).to.deep.equal(expected);
  });

  it('fails on the main thread with the same ManifestError', async () => {
    globalThis.Worker = class {
      constructor() {
        throw new DOMException('Refused', 'SecurityError');
      }
    } as unknown as typeof Worker;
    const { workerSource } = await freshModule();
    const path = served('{"version": 1, "people": []}');
    const error = await rejection<ManifestError>(workerSource(path, { audience: 'internal' }));
    const expectedError = await rejection<ManifestError>(loadManifest(path));
    expect(error).to.be.instanceOf(ManifestError);
    expect([error.code, error.message]).to.deep.equal([expectedError.code, expectedError.message]);
  });
});
