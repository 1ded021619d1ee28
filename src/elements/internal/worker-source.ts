/**
 * A {@link DirectorySource} whose work happens in a module Web Worker (`directory-worker.ts`):
 * the fetch, the validation and the index of a large manifest (~2.3 s at 100,000 people) never
 * block the page, and each search crosses to the worker and back with the rows the page shows.
 *
 * Where a worker cannot start (a CSP without `worker-src`, a browser without module workers, the
 * server) or is not worth starting (a small manifest object), the same load runs on the main
 * thread and the answer is {@link memorySource}'s: the same answers, at hand.
 *
 * Imported on demand (`import('./internal/worker-source.js')`) by the elements that use it, so
 * pages that do not carry none of it.
 * @internal
 * @module
 */
import { loadForAudience } from '../../core/audience-directory.js';
import type { Directory, PersonPage } from '../../core/directory.js';
import { ManifestError, type ManifestIssue } from '../../core/manifest/issues.js';
import type { Audience } from '../../core/manifest/schema.js';
import type { SearchQuery } from '../../core/search.js';
import {
  memorySource,
  type DirectorySource,
  type PersonRow,
  type SearchOrder,
  type SourceHead,
  type SourceResults,
} from '../../core/source.js';
import type {
  LoadAnswer,
  RowsAnswer,
  SearchAnswer,
  SentError,
  WorkerAnswer,
  WorkerRequest,
} from './directory-worker.js';
import { MAIN_THREAD_PEOPLE } from './worker-limits.js';

/** Options for {@link workerSource}. */
export interface WorkerSourceOptions {
  /** Which people and fields the source holds. */
  readonly audience: Audience;
  /** The locale people are sorted by name in (the element's language). */
  readonly locale?: string;
  /** Load again, bypassing this page's copy and any worker already holding it (the retry button). */
  readonly reload?: boolean;
  /** Cancels this caller's wait; a worker others still wait for keeps loading. */
  readonly signal?: AbortSignal;
  /**
   * The bytes of `src` (a URL), when the page fetched them already (`<social-directory>` fetches
   * first to see the size): they are decoded and parsed where the work runs, not fetched again.
   * Bytes, not text: decoding 40 MB is itself a long task, and a copy of bytes into the worker
   * is a plain memory copy.
   */
  readonly bytes?: Uint8Array;
}

/**
 * A loaded source and what the element's `social-load` / `social-warning` events carry: what
 * `LoadedDirectory` carries, with a {@link DirectorySource} for the directory.
 */
export interface LoadedSource {
  /** The people, for the element's audience. */
  readonly source: DirectorySource;
  /** The directory behind `source`, when the work ran on the main thread (it is at hand only then). */
  readonly directory?: Directory;
  /** Problems worked around while loading, as a page of the audience may show them. */
  readonly warnings: readonly ManifestIssue[];
  /**
   * How many people of the manifest the audience left out: on a public page, more than 0 means
   * an internal manifest was given (the element says so in its own words, `internalOnPublic`).
   */
  readonly peopleLeftOut: number;
  /** Set when the network failed and the last saved copy is shown: when it was saved. */
  readonly staleSince?: Date;
  /** Set with `staleSince`: why the latest copy could not be loaded. */
  readonly staleReason?: 'network' | 'timeout' | 'http';
  /** Where the work runs: in a worker, or on the main thread (fallback, or a small manifest). */
  readonly thread: 'worker' | 'main';
  /**
   * Says this caller no longer reads the source: the worker ends when no caller holds it (it
   * holds a whole indexed manifest, tens of MB at 100,000 people). Call once, when the element
   * lets go of the source (disconnected, or another `src`).
   */
  release(): void;
}

export { MAIN_THREAD_PEOPLE };

/** Rows sent with a search's answer: a screenful of cards and the next, so scrolling starts without a round trip. */
export const FIRST_ROWS = 60;

/**
 * Loads `src` (a URL, relative to the page, or a manifest object) in a module Web Worker and
 * resolves with a {@link DirectorySource} that asks the worker. Elements with the same `src`,
 * audience and locale share one worker. Rejects with the {@link ManifestError} `loadManifest`
 * would throw (rebuilt on this side, with its code and details), or the signal's reason.
 *
 * @example
 * const loaded = await workerSource('/people.json', { audience: 'internal', signal });
 * const results = await loaded.source.search({ text: 'zoe' });
 */
export async function workerSource(src: string | object, options: WorkerSourceOptions): Promise<LoadedSource> {
  const { signal } = options;
  signal?.throwIfAborted();
  const resolved = typeof src === 'string' ? absoluteUrl(src) : src;
  if (resolved !== undefined && workerWorthStarting(resolved)) {
    const shared = sharedWorker(resolved, options);
    if (shared !== undefined) {
      shared.users++;
      const answered = await untilAborted(shared.loaded, signal).catch((error: unknown) => {
        shared.release();
        throw error;
      });
      if (answered !== 'fallback') return answered.loadedFor();
      shared.release();
    }
  }
  return mainThread(src, options);
}

// Once a worker failed to start, the page's CSP or browser will not let the next one start
// either: later loads go straight to the main thread instead of waiting for the same failure.
let workersFail = typeof Worker === 'undefined';

function workerWorthStarting(src: string | object): boolean {
  if (workersFail) return false;
  if (typeof src === 'string') return true;
  const people = (src as { people?: unknown }).people;
  return Array.isArray(people) && people.length >= MAIN_THREAD_PEOPLE;
}

/** A URL resolved against the page (the worker's own base is its script), or `undefined` when it is not one. */
function absoluteUrl(src: string): string | undefined {
  const base = (globalThis as { document?: { baseURI: string } }).document?.baseURI ?? globalThis.location?.href;
  try {
    return new URL(src, base).href;
  } catch {
    // The main thread's loadManifest words the error.
    return undefined;
  }
}

/** The same load as the worker's, on the main thread: the fallback, and small manifests. */
async function mainThread(src: string | object, options: WorkerSourceOptions): Promise<LoadedSource> {
  const { bytes } = options;
  const { directory, warnings, peopleLeftOut, staleSince, staleReason } = await loadForAudience(src, {
    ...options,
    locale: options.locale,
    reload: options.reload === true,
    fetching: bytes === undefined ? undefined : Promise.resolve({ bytes }),
  });
  return {
    source: memorySource(directory),
    directory,
    warnings,
    peopleLeftOut,
    ...(staleSince === undefined || staleReason === undefined ? {} : { staleSince, staleReason }),
    thread: 'main',
    release() {},
  };
}

/** Resolves as `promise` does, or rejects with the signal's reason when it aborts first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A {@link ManifestError} (or other error) rebuilt from what crossed `postMessage`. */
export function rebuildError(sent: SentError): Error {
  if (sent.name === 'ManifestError' && sent.code !== undefined) {
    return new ManifestError(sent.code, sent.message, {
      ...(sent.issues === undefined ? {} : { issues: sent.issues }),
      ...(sent.status === undefined ? {} : { status: sent.status }),
      ...(sent.line === undefined ? {} : { line: sent.line }),
      ...(sent.column === undefined ? {} : { column: sent.column }),
      ...(sent.url === undefined ? {} : { url: sent.url }),
    });
  }
  const error = new Error(sent.message);
  error.name = sent.name;
  return error;
}

// One worker per manifest, audience and locale on the page. URLs by their absolute form; objects
// by identity (a page that sets the same object on several elements shares one worker).
const byUrl = new Map<string, DirectoryWorker>();
const byObject = new WeakMap<object, Map<string, DirectoryWorker>>();

function sharedWorker(src: string | object, options: WorkerSourceOptions): DirectoryWorker | undefined {
  const key = `${options.audience}\u0000${options.locale ?? ''}`;
  let workers: Map<string, DirectoryWorker>;
  let name: string;
  if (typeof src === 'string') {
    workers = byUrl;
    name = `${key}\u0000${src}`;
  } else {
    let map = byObject.get(src);
    if (map === undefined) byObject.set(src, (map = new Map()));
    workers = map;
    name = key;
  }
  const existing = workers.get(name);
  if (existing !== undefined && options.reload !== true) return existing;
  const started = DirectoryWorker.start(src, options, () => {
    if (workers.get(name) === started) workers.delete(name);
  });
  if (started === undefined) return undefined;
  workers.set(name, started);
  return started;
}

/** A worker and its callers: it ends when the last caller releases it, or when its load fails. */
class DirectoryWorker {
  users = 0;
  /** The load's answer, or `'fallback'` when the worker could not start or run it. */
  readonly loaded: Promise<WorkerLoad | 'fallback'>;
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  readonly #forget: () => void;
  #next = 0;
  #ended = false;

  /** Starts a worker and asks it to load, or returns `undefined` when `new Worker` throws (CSP, no module workers). */
  static start(src: string | object, options: WorkerSourceOptions, forget: () => void): DirectoryWorker | undefined {
    let worker: Worker;
    try {
      worker = sameOrigin(import.meta.url)
        ? new Worker(new URL('./directory-worker.js', import.meta.url), { type: 'module' })
        : importingWorker(new URL('./directory-worker.js', import.meta.url));
    } catch {
      workersFail = true;
      return undefined;
    }
    return new DirectoryWorker(worker, src, options, forget);
  }

  private constructor(worker: Worker, src: string | object, options: WorkerSourceOptions, forget: () => void) {
    this.#worker = worker;
    this.#forget = forget;
    let answered = false;
    worker.addEventListener('message', ({ data }: MessageEvent<WorkerAnswer>) => {
      const pending = this.#pending.get(data.id);
      if (pending === undefined) return;
      this.#pending.delete(data.id);
      if (data.ok) pending.resolve(data.value);
      else pending.reject(rebuildError(data.error));
    });
    const crashed = new Promise<'fallback'>((resolve) => {
      // A worker that fails before its load answers (its script refused by a CSP's worker-src, not
      // found, or not runnable as a module) falls back; one that fails later fails its questions.
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        if (!answered) workersFail = true;
        // Settled before the load's request is rejected below, so the load falls back instead of failing.
        resolve('fallback');
        this.#end(new Error(`The directory worker stopped: ${event.message || 'its script could not run'}.`));
      });
    });
    const load = this.ask<LoadAnswer>({
      type: 'load',
      src,
      bytes: options.bytes,
      audience: options.audience,
      locale: options.locale,
      reload: options.reload === true,
    }).then(
      (answer) => {
        answered = true;
        return new WorkerLoad(this, answer);
      },
      (error: unknown) => {
        // A manifest that failed: the next element to ask loads it again, in a new worker.
        this.#end(error instanceof Error ? error : new Error(String(error)));
        throw error;
      },
    );
    this.loaded = Promise.race([load, crashed]);
  }

  /** Sends a request and resolves with its answer. */
  ask<T>(request: DistributiveOmit<WorkerRequest, 'id'>): Promise<T> {
    if (this.#ended) return Promise.reject(new Error('The directory worker has ended.'));
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  release(): void {
    if (--this.users <= 0) this.#end(new Error('The directory worker was released.'));
  }

  #end(reason: Error): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#worker.terminate();
    this.#forget();
    for (const pending of this.#pending.values()) pending.reject(reason);
    this.#pending.clear();
  }
}

function sameOrigin(url: string): boolean {
  return new URL(url).origin === globalThis.location?.origin;
}

/**
 * A worker for a script on another origin (the CDN build served by a CDN): a worker's script must
 * be the page's origin (`new Worker` throws otherwise), so a blob script of the page's origin
 * imports it, as a module script may (the CDN answers CORS). A CSP that does not allow `blob:`
 * workers refuses it, and the load falls back to the main thread.
 */
function importingWorker(script: URL): Worker {
  const blob = new Blob([`import ${JSON.stringify(script.href)};`], { type: 'text/javascript' });
  const url = URL.createObjectURL(blob);
  try {
    return new Worker(url, { type: 'module' });
  } finally {
    // The worker has fetched its script by the time it runs; the blob is not needed after that.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A worker's answered load: makes each caller's {@link LoadedSource}. */
class WorkerLoad {
  readonly #worker: DirectoryWorker;
  readonly #answer: LoadAnswer;
  readonly #source: DirectorySource;

  constructor(worker: DirectoryWorker, answer: LoadAnswer) {
    this.#worker = worker;
    this.#answer = answer;
    this.#source = new WorkerDirectorySource(worker, answer.head);
  }

  /** One caller's view: the shared source, and a release of its own. */
  loadedFor(): LoadedSource {
    const { warnings, peopleLeftOut, staleSince, staleReason } = this.#answer;
    let released = false;
    return {
      source: this.#source,
      warnings,
      peopleLeftOut,
      ...(staleSince === undefined || staleReason === undefined ? {} : { staleSince, staleReason }),
      thread: 'worker',
      release: () => {
        if (released) return;
        released = true;
        this.#worker.release();
      },
    };
  }
}

/** The {@link DirectorySource} that asks the worker: every answer but the head is a promise. */
class WorkerDirectorySource implements DirectorySource {
  readonly head: SourceHead;
  readonly #worker: DirectoryWorker;

  constructor(worker: DirectoryWorker, head: SourceHead) {
    this.#worker = worker;
    this.head = head;
  }

  async search(query: SearchQuery, order: SearchOrder = {}): Promise<SourceResults> {
    const worker = this.#worker;
    const answer = await worker.ask<SearchAnswer>({ type: 'search', query, order, rows: FIRST_ROWS });
    // Sparse: only the rows asked for are here.
    const rows: (PersonRow | undefined)[] = [...answer.rows];
    const { total } = answer;
    return {
      total,
      facets: answer.facets,
      ...(answer.groups === undefined ? {} : { groups: answer.groups }),
      row: (position) => rows[position],
      load(start, end) {
        const from = Math.max(0, start);
        const to = Math.min(end, total);
        let first = from;
        while (first < to && rows[first] !== undefined) first++;
        if (first >= to) return;
        let last = to;
        while (last > first && rows[last - 1] !== undefined) last--;
        return worker.ask<RowsAnswer>({ type: 'rows', query, order, start: first, end: last }).then((more) => {
          more.rows.forEach((row, i) => (rows[first + i] = row));
        });
      },
    };
  }

  personPage(id: string): Promise<PersonPage | undefined> {
    return this.#worker.ask<PersonPage | undefined>({ type: 'personPage', person: id });
  }
}
