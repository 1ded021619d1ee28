import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { clearManifestCache, loadManifest, ManifestError, type LoadOptions } from '../../src/core/index.js';
import { readCachedManifest } from '../../src/core/manifest/cache.js';
import { northwind } from '../fixtures/manifests.js';
import { rejection as rejectionOf } from '../fixtures/rejection.js';

const worker = setupWorker();
let requests: Record<string, number> = {};
// Each test uses its own URLs: a page loads each URL once, and that memory outlives a test.
let n = 0;
const url = (name: string) => `/api/${name}-${++n}.json`;
const fast: LoadOptions = { retryDelay: 5 };

const rejection = (promise: Promise<unknown>) => rejectionOf<ManifestError>(promise);

function serve(path: string, ...responses: (() => Response | Promise<Response>)[]) {
  worker.use(
    http.get(path, () => {
      const count = (requests[path] = (requests[path] ?? 0) + 1);
      const respond = responses[Math.min(count, responses.length) - 1]!;
      return respond();
    }),
  );
}

describe('loadManifest', () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(() => worker.stop());
  beforeEach(async () => {
    requests = {};
    worker.resetHandlers();
    await clearManifestCache();
  });

  it('loads, validates and normalizes a manifest from a URL', async () => {
    const path = url('ok');
    serve(path, () => HttpResponse.json(northwind()));
    const result = await loadManifest(path, fast);
    expect(result.manifest.people).to.have.length(6);
    expect(result.warnings).to.deep.equal([]);
    expect(result.url).to.equal(new URL(path, location.href).href);
    expect(result.staleSince).to.equal(undefined);
  });

  it('accepts an object and validates it without fetching', async () => {
    const result = await loadManifest(northwind());
    expect(result.manifest.organization.name).to.equal('Northwind Press');
  });

  it('reports a 404 as an http error with the status, without retrying', async () => {
    const path = url('missing');
    serve(path, () => new HttpResponse('Not found', { status: 404, statusText: 'Not Found' }));
    const error = await rejection(loadManifest(path, fast));
    expect(error).to.be.instanceOf(ManifestError);
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.include('the server answered 404 Not Found');
    expect(requests[path]).to.equal(1);
  });

  it('retries a 500 and succeeds when the server recovers', async () => {
    const path = url('flaky');
    serve(
      path,
      () => new HttpResponse(null, { status: 500 }),
      () => HttpResponse.json(northwind()),
    );
    const result = await loadManifest(path, fast);
    expect(result.manifest.people).to.have.length(6);
    expect(requests[path]).to.equal(2);
  });

  it('gives up after two retries', async () => {
    const path = url('down');
    serve(path, () => new HttpResponse(null, { status: 503 }));
    const error = await rejection(loadManifest(path, fast));
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(503);
    expect(requests[path]).to.equal(3);
  });

  it('honours Retry-After on a 429', async () => {
    const path = url('busy');
    serve(
      path,
      () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } }),
      () => HttpResponse.json(northwind()),
    );
    const started = performance.now();
    await loadManifest(path, fast);
    expect(performance.now() - started).to.be.greaterThan(900);
    expect(requests[path]).to.equal(2);
  });

  it('retries a network error, then reports it', async () => {
    const path = url('offline');
    serve(path, () => HttpResponse.error());
    const error = await rejection(loadManifest(path, fast));
    expect(error.code).to.equal('network');
    expect(error.message).to.include('Could not reach the manifest');
    expect(requests[path]).to.equal(3);
  });

  it('times out with a clear message', async () => {
    const path = url('slow');
    serve(path, async () => {
      await delay(5000);
      return HttpResponse.json(northwind());
    });
    const error = await rejection(loadManifest(path, { ...fast, timeout: 200 }));
    expect(error.code).to.equal('timeout');
    expect(error.message).to.include('did not arrive within 0.2 s');
  });

  it('reports invalid JSON with its line and column', async () => {
    const path = url('broken');
    serve(
      path,
      () =>
        new HttpResponse('{\n  "version": 1,\n  "people": [,]\n}', { headers: { 'Content-Type': 'application/json' } }),
    );
    const error = await rejection(loadManifest(path, fast));
    expect(error.code).to.equal('not-json');
    expect([error.line, error.column]).to.deep.equal([3, 14]);
    expect(error.message).to.include('at line 3, column 14');
  });

  it('says when the URL served an HTML page instead of JSON', async () => {
    const path = url('html');
    serve(path, () => HttpResponse.html('<!doctype html><title>Intranet</title>'));
    const error = await rejection(loadManifest(path, fast));
    expect(error.code).to.equal('not-json');
    expect(error.message).to.include('looks like an HTML page');
  });

  it('loads a partially invalid manifest with warnings that name each place', async () => {
    const path = url('partial');
    const manifest = northwind();
    manifest.people[3]!.profiles = [{ network: 'x', handle: 'much_too_long_handle' }];
    manifest.people[5]!.email = 'al at northwind';
    manifest.people[4]!.name = '';
    serve(path, () => HttpResponse.json(manifest));
    const result = await loadManifest(path, fast);
    expect(result.warnings.map((w) => w.at)).to.deep.equal([
      'people[3].profiles[0].handle',
      'people[4].name',
      'people[5].email',
    ]);
    expect(result.manifest.people).to.have.length(5);
  });

  it('fails on a partially invalid manifest in strict mode', async () => {
    const path = url('partial-strict');
    const manifest = northwind();
    manifest.people[5]!.email = 'al at northwind';
    serve(path, () => HttpResponse.json(manifest));
    const error = await rejection(loadManifest(path, { ...fast, strict: true }));
    expect(error.code).to.equal('invalid');
    expect(error.issues[0]!.at).to.equal('people[5].email');
  });

  it('refuses a manifest over the size cap by its Content-Length', async () => {
    const path = url('huge');
    serve(path, () => new HttpResponse('{}', { headers: { 'Content-Length': String(60 * 1024 * 1024) } }));
    const error = await rejection(loadManifest(path, fast));
    expect(error.code).to.equal('too-large');
    expect(error.message).to.include('over the 50 MB limit');
  });

  it('refuses a manifest over the size cap while it streams, when the size was not announced', async () => {
    const path = url('stream');
    const chunk = new TextEncoder().encode(' '.repeat(1024));
    serve(
      path,
      () =>
        new HttpResponse(
          new ReadableStream({
            pull(controller) {
              controller.enqueue(chunk);
            },
          }),
        ),
    );
    const error = await rejection(loadManifest(path, { ...fast, maxBytes: 64 * 1024 }));
    expect(error.code).to.equal('too-large');
    expect(error.message).to.include('over the 0.1 MB limit');
  });

  it('makes one request however many callers ask for the same URL at once', async () => {
    const path = url('shared');
    serve(path, async () => {
      await delay(50);
      return HttpResponse.json(northwind());
    });
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => loadManifest(path, fast)));
    expect(requests[path]).to.equal(1);
    expect(new Set(results.map((r) => r.manifest)).size).to.equal(1);
    await loadManifest(path, fast);
    expect(requests[path]).to.equal(1);
  });

  it('fetches again when asked to reload', async () => {
    const path = url('reload');
    serve(path, () => HttpResponse.json(northwind()));
    await loadManifest(path, fast);
    await loadManifest(path, { ...fast, reload: true });
    expect(requests[path]).to.equal(2);
  });

  it('lets one caller abort without cancelling the request another caller waits for', async () => {
    const path = url('abort');
    serve(path, async () => {
      await delay(100);
      return HttpResponse.json(northwind());
    });
    const controller = new AbortController();
    const first = loadManifest(path, { ...fast, signal: controller.signal });
    const second = loadManifest(path, fast);
    controller.abort();
    const error = await rejection(first);
    expect((error as unknown as DOMException).name).to.equal('AbortError');
    expect((await second).manifest.people).to.have.length(6);
    expect(requests[path]).to.equal(1);
  });

  it('keeps the last good copy and shows it, with a warning, when the network fails', async () => {
    const path = url('cached');
    serve(
      path,
      () => HttpResponse.json(northwind()),
      () => HttpResponse.error(),
    );
    await loadManifest(path, fast);
    const absolute = new URL(path, location.href).href;
    for (let i = 0; i < 50 && (await readCachedManifest(absolute)) === undefined; i++) await delay(10);
    const result = await loadManifest(path, { ...fast, reload: true, retries: 0 });
    expect(result.manifest.people).to.have.length(6);
    expect(result.staleSince).to.be.instanceOf(Date);
    expect(result.warnings[0]!.message).to.match(/^Could not reach the manifest .* Showing the copy saved on /);
  });

  it('fails when the network fails and there is no saved copy', async () => {
    const path = url('never-cached');
    serve(path, () => HttpResponse.error());
    expect((await rejection(loadManifest(path, { ...fast, retries: 0 }))).code).to.equal('network');
  });

  it('does not fall back to a saved copy when the cache is turned off', async () => {
    const path = url('no-cache');
    serve(
      path,
      () => HttpResponse.json(northwind()),
      () => new HttpResponse(null, { status: 500 }),
    );
    await loadManifest(path, { ...fast, cache: false });
    expect(await readCachedManifest(new URL(path, location.href).href)).to.equal(undefined);
    expect((await rejection(loadManifest(path, { ...fast, reload: true, retries: 0, cache: false }))).code).to.equal(
      'http',
    );
  });
});
