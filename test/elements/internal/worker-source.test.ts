// The worker source: a manifest loaded, validated and indexed in a module Web Worker, answering
// as the in-memory source does. The manifests come through msw, whose service worker also
// serves the worker's fetches (a same-origin module worker is a client of the page's service
// worker; msw answers it through the page): the tests count the requests to prove it.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import {
  clearManifestCache,
  loadManifest,
  ManifestError,
  type Manifest,
  type ManifestInput,
} from '../../../src/core/index.js';
import { directoryFor } from '../../../src/core/audience-directory.js';
import { memorySource, type DirectorySource, type SearchOrder, type SourceResults } from '../../../src/core/source.js';
import type { SearchQuery } from '../../../src/core/search.js';
import { workerSource, type LoadedSource } from '../../../src/elements/internal/worker-source.js';
// @ts-expect-error: the benchmark generator is plain JavaScript without types.
import { generateManifest } from '../../bench/generate.mjs';
import { northwind } from '../../fixtures/manifests.js';
import { rejection } from '../../fixtures/rejection.js';

const msw = setupWorker();
let n = 0;
let requests: Record<string, number> = {};
const serve = (path: string, respond: () => Response) =>
  msw.use(
    http.get(path, () => {
      requests[path] = (requests[path] ?? 0) + 1;
      return respond();
    }),
  );
/** A fresh URL serving `body` (a page loads each URL once, and the memory outlives a test). */
function served(name: string, body: string): string {
  const path = `/api/worker-${name}-${++n}.json`;
  serve(path, () => new HttpResponse(body, { headers: { 'content-type': 'application/json' } }));
  return path;
}

/** Every row of a result, loading them first. */
async function allRows(results: SourceResults): Promise<string[]> {
  await results.load(0, results.total);
  return Array.from({ length: results.total }, (_, i) => {
    const row = results.row(i);
    return row === undefined ? '(missing)' : `${row.person.id}<${row.manager?.id ?? ''}>${row.reportCount}`;
  });
}

// Constructed workers, counted by wrapping the constructor.
const RealWorker = globalThis.Worker;
let started = 0;
class CountedWorker extends RealWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    started++;
  }
}

before(() => msw.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => msw.stop());

const held: LoadedSource[] = [];
const hold = (loaded: LoadedSource) => (held.push(loaded), loaded);

describe('workerSource', () => {
  const people: ManifestInput = generateManifest(500);
  let memory: DirectorySource;
  let manifestBody: string;

  before(async () => {
    manifestBody = JSON.stringify(people);
    const { manifest } = await loadManifest(JSON.parse(manifestBody) as object);
    memory = memorySource(directoryFor(manifest as Manifest, 'internal', 'en'));
  });
  beforeEach(async () => {
    requests = {};
    started = 0;
    globalThis.Worker = CountedWorker;
    await clearManifestCache();
  });
  afterEach(() => {
    globalThis.Worker = RealWorker;
    for (const loaded of held.splice(0)) loaded.release();
    msw.resetHandlers();
  });

  it('loads in a worker, the worker fetching through the page’s msw', async () => {
    const path = served('ok', manifestBody);
    const loaded = hold(await workerSource(path, { audience: 'internal', locale: 'en' }));
    expect(loaded.thread).to.equal('worker');
    expect(started).to.equal(1);
    expect(requests[path]).to.equal(1);
    expect(loaded.source.head.people).to.equal(500);
    expect(loaded.source.head.facets).to.deep.equal(memory.head.facets);
    expect(loaded.source.head.departments).to.deep.equal(memory.head.departments);
    expect(loaded.source.directory).to.equal(undefined);
  });

  it('answers every query as the in-memory source does, rows past the first sent included', async () => {
    const loaded = hold(await workerSource(served('same', manifestBody), { audience: 'internal', locale: 'en' }));
    const department = memory.head.departments[1]!.id;
    const cases: [SearchQuery, SearchOrder?][] = [
      [{}],
      [{ text: 'ma' }],
      [{ text: 'zoë' }],
      [{ department }],
      [{ network: 'github', champion: true }],
      [{ text: 'a' }, { grouped: true }],
      [{ text: 'no one is called this' }],
    ];
    for (const [query, order] of cases) {
      const expected = (await memory.search(query, order)) as SourceResults;
      const actual = await loaded.source.search(query, order);
      const label = JSON.stringify([query, order]);
      expect(actual.total, label).to.equal(expected.total);
      expect(actual.facets, label).to.deep.equal(expected.facets);
      expect(actual.groups, label).to.deep.equal(expected.groups);
      expect(await allRows(actual), label).to.deep.equal(await allRows(expected));
    }
  });

  it('sends only the first rows with a search, and the others when asked', async () => {
    const loaded = hold(await workerSource(served('rows', manifestBody), { audience: 'internal', locale: 'en' }));
    const results = await loaded.source.search({});
    expect(results.total).to.equal(500);
    expect(results.row(59)).not.to.equal(undefined);
    expect(results.row(60)).to.equal(undefined);
    await results.load(200, 210);
    expect(results.row(205)?.person.id).to.equal(((await memory.search({})) as SourceResults).row(205)?.person.id);
    expect(results.row(199)).to.equal(undefined);
    expect(results.load(200, 210), 'rows at hand need no round trip').to.equal(undefined);
  });

  it('answers person pages as the in-memory source does', async () => {
    const loaded = hold(await workerSource(served('page', manifestBody), { audience: 'internal', locale: 'en' }));
    const someone = ((await memory.search({})) as SourceResults).row(3)!.person.id;
    expect(await loaded.source.personPage(someone)).to.deep.equal(await memory.personPage(someone));
    expect(await loaded.source.personPage('nobody-at-all')).to.equal(undefined);
  });

  it('filters for the public audience in the worker, with place-only warnings', async () => {
    const manifest = northwind();
    (manifest.people[0] as { email?: string }).email = 'not an email';
    const loaded = hold(await workerSource(served('public', JSON.stringify(manifest)), { audience: 'public' }));
    const { manifest: valid } = await loadManifest(manifest);
    const publicMemory = memorySource(directoryFor(valid, 'public', undefined));
    expect(loaded.source.head.people).to.equal(publicMemory.head.people);
    expect(loaded.peopleLeftOut).to.equal(valid.people.length - publicMemory.head.people);
    expect(loaded.warnings.map((w) => w.message)).to.deep.equal([
      'has a problem (left out; details are not shown on public pages)',
    ]);
  });

  it('rebuilds a failed load as the ManifestError the main thread would throw', async () => {
    const path = `/api/worker-missing-${++n}.json`;
    serve(path, () => new HttpResponse('Not found', { status: 404, statusText: 'Not Found' }));
    const error = await rejection(workerSource(path, { audience: 'internal' }));
    const expected = await rejection(loadManifest(path));
    expect(error).to.be.instanceOf(ManifestError);
    expect((error as ManifestError).code).to.equal('http');
    expect((error as ManifestError).status).to.equal(404);
    expect((error as ManifestError).url).to.equal(new URL(path, location.href).href);
    expect(error.message).to.equal(expected.message);
  });

  it('rebuilds a syntax error with its line and column, and a manifest without people with its issues', async () => {
    const broken = served('broken', '{\n  "version": 1,\n  "people": [,]\n}');
    const syntax = (await rejection(workerSource(broken, { audience: 'internal' }))) as ManifestError;
    const expected = (await rejection(loadManifest(broken))) as ManifestError;
    expect(syntax).to.be.instanceOf(ManifestError);
    expect([syntax.code, syntax.line, syntax.column, syntax.message]).to.deep.equal([
      'not-json',
      expected.line,
      expected.column,
      expected.message,
    ]);
    const empty = served('empty', JSON.stringify({ ...northwind(), people: [] }));
    const none = (await rejection(workerSource(empty, { audience: 'internal' }))) as ManifestError;
    const expectedNone = (await rejection(loadManifest(empty))) as ManifestError;
    expect(none.code).to.equal(expectedNone.code);
    expect(none.issues).to.deep.equal(expectedNone.issues);
    expect(none.message).to.equal(expectedNone.message);
  });

  it('loads again after a failure, in a new worker', async () => {
    const path = `/api/worker-flaky-${++n}.json`;
    let calls = 0;
    serve(path, () =>
      ++calls === 1 ? new HttpResponse('Not found', { status: 404 }) : HttpResponse.json(northwind()),
    );
    await rejection(workerSource(path, { audience: 'internal' }));
    const loaded = hold(await workerSource(path, { audience: 'internal', reload: true }));
    expect(loaded.source.head.people).to.equal(6);
    expect(started).to.equal(2);
  });

  it('shares one worker between loads of the same src and audience', async () => {
    const path = served('shared', manifestBody);
    const [a, b] = await Promise.all([
      workerSource(path, { audience: 'internal', locale: 'en' }),
      workerSource(path, { audience: 'internal', locale: 'en' }),
    ]);
    hold(a);
    hold(b);
    const c = hold(await workerSource(path, { audience: 'internal', locale: 'en' }));
    expect(started).to.equal(1);
    expect(requests[path]).to.equal(1);
    expect(c.source).to.equal(a.source);
    hold(await workerSource(path, { audience: 'public', locale: 'en' }));
    expect(started, 'another audience, another worker').to.equal(2);
  });

  it('ends the worker when the last load releases it, and starts another for the next', async () => {
    const path = served('released', manifestBody);
    const a = await workerSource(path, { audience: 'internal' });
    const b = await workerSource(path, { audience: 'internal' });
    a.release();
    a.release();
    expect((await b.source.search({ text: 'ma' })).total, 'still held by the other').to.be.above(0);
    b.release();
    const error = await rejection(Promise.resolve(b.source.search({})));
    expect(error.message).to.include('ended');
    hold(await workerSource(path, { audience: 'internal' }));
    expect(started).to.equal(2);
  });

  it('rejects with the signal’s reason when aborted, the worker still loading for others', async () => {
    const path = served('abort', manifestBody);
    const controller = new AbortController();
    const first = workerSource(path, { audience: 'internal', signal: controller.signal });
    const second = workerSource(path, { audience: 'internal' });
    controller.abort(new DOMException('gone', 'AbortError'));
    expect((await rejection(first)).name).to.equal('AbortError');
    expect(hold(await second).source.head.people).to.equal(500);
    expect(started).to.equal(1);
  });

  it('loads a small manifest object on the main thread, a large one in a worker', async () => {
    const small = await workerSource(northwind(), { audience: 'internal' });
    expect(small.thread).to.equal('main');
    expect(small.source.directory?.people).to.have.length(6);
    const large = hold(await workerSource(generateManifest(2500) as object, { audience: 'internal' }));
    expect(large.thread).to.equal('worker');
    expect(large.source.head.people).to.equal(2500);
  });

  it('starts its worker through a script of the page’s origin when its own is on another (a CDN)', async () => {
    const other = new URL(location.href);
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const module = (await import(
      new URL('/src/elements/internal/worker-source.js?cdn', other).href
    )) as typeof import('../../../src/elements/internal/worker-source.js');
    const loaded = hold(
      await module.workerSource(new URL(served('cdn', manifestBody), location.href).href, { audience: 'internal' }),
    );
    expect(loaded.thread).to.equal('worker');
    expect(loaded.source.head.people).to.equal(500);
  });
});
