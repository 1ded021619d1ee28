/**
 * Loading a manifest from a URL or an object: fetch (timeout, retries, size cap, one request
 * per URL per page), parse with positions, validate, and fall back to the last good copy when
 * the network fails.
 * @module
 */
import { readCachedManifest, saveCachedManifest } from './cache.js';
import { decodeManifestBytes, describeEncodingProblem } from './encoding.js';
import { issue, ManifestError, type ManifestIssue } from './issues.js';
import type { Manifest } from './schema.js';
import { validateManifest, type ValidateOptions } from './validate.js';

/** Options for {@link loadManifest}. */
export interface LoadOptions extends ValidateOptions {
  /** Cancels this caller's wait. A request shared with other callers stops only when all of them abort. */
  readonly signal?: AbortSignal;
  /**
   * Gives up after this many milliseconds, retries included.
   * @defaultValue 10000
   */
  readonly timeout?: number;
  /**
   * How many times to try again after a network error, a 5xx or a 429 (never after other errors).
   * @defaultValue 2
   */
  readonly retries?: number;
  /**
   * The first retry waits this many milliseconds, each next one twice as long, unless the
   * server says otherwise with `Retry-After`.
   * @defaultValue 500
   */
  readonly retryDelay?: number;
  /**
   * The largest manifest accepted, in bytes.
   * @defaultValue 52428800 (50 MB)
   */
  readonly maxBytes?: number;
  /**
   * Keep the last good copy of each URL (IndexedDB in browsers) and use it, with a warning,
   * when the network fails.
   * @defaultValue true
   */
  readonly cache?: boolean;
  /** Fetch again even if this page already loaded the URL (a "retry" button). */
  readonly reload?: boolean;
  /** The `fetch` to use; defaults to the global one. */
  readonly fetch?: typeof fetch;
}

/** A loaded manifest. */
export interface LoadResult {
  /** The validated, normalized manifest. */
  readonly manifest: Manifest;
  /** Problems that were worked around (entries left out, a stale copy used), each with its place. */
  readonly warnings: readonly ManifestIssue[];
  /** The absolute URL it came from, when it came from one. */
  readonly url?: string;
  /** When the network failed and the saved copy was used: the time that copy was saved. */
  readonly staleSince?: Date;
  /** When the saved copy was used: why the network failed (no answer, too slow, or a server error). */
  readonly staleReason?: 'network' | 'timeout' | 'http';
}

/** The default timeout of {@link loadManifest}, in milliseconds. */
export const DEFAULT_TIMEOUT = 10_000;
/** The default size cap of {@link loadManifest}, in bytes. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** A manifest document as fetched: its text (for positions in messages) and its parsed value. */
export interface FetchedManifest {
  /** The text as decoded. */
  readonly text: string;
  /** The value of `JSON.parse(text)`. */
  readonly data: unknown;
}
/**
 * A shared fetch: the bytes, decoded and parsed once when a caller first needs the value, so an
 * element can hand large bytes to its worker before this thread decodes them (a 40 MB text's
 * decoding alone is a long task) ({@link startFetch}).
 * @internal
 */
export interface Fetched {
  /** The bytes as they arrived. */
  readonly bytes: Uint8Array;
  /** The text, once decoded. */
  text?: string;
  /** `parseJson(text)`, once asked for. */
  parsed?: Promise<unknown>;
}

interface SharedLoad {
  readonly promise: Promise<Fetched>;
  readonly controller: AbortController;
  waiting: number;
}

// One request per URL per page: concurrent callers share the request in flight, and later
// callers reuse the parsed document (HTTP caching still applies to `reload`).
const inFlight = new Map<string, SharedLoad>();
const loaded = new Map<string, Fetched>();
// Validating a large manifest is the expensive part; components sharing a URL share it too.
const validated = new WeakMap<object, Map<boolean, ReturnType<typeof validateManifest>>>();

/**
 * Loads, validates and normalizes a manifest.
 *
 * `source` is a URL (absolute, or relative to the page) or an already parsed manifest object.
 * Resolves with the manifest and its warnings; rejects with a {@link ManifestError} whose
 * `code` says why (network, timeout, http, too-large, not-json, version, invalid, no-people),
 * or with the signal's reason when `options.signal` aborts.
 *
 * @example
 * const { manifest, warnings } = await loadManifest('/social.json', { signal });
 */
export async function loadManifest(source: string | URL | object, options: LoadOptions = {}): Promise<LoadResult> {
  if (typeof source === 'object' && !(source instanceof URL)) {
    return validateOnce(source, options);
  }
  const url = resolveUrl(source);
  return loadFetched(url, fetchShared(url, options), options);
}

/**
 * Starts {@link loadManifest}'s shared fetch of a URL, so its text can be looked at before
 * {@link loadFetched} parses it (or another thread does).
 * @internal
 */
export function startFetch(source: string, options: LoadOptions): { url: string; fetching: Promise<Fetched> } {
  const url = resolveUrl(source);
  return { url, fetching: fetchShared(url, options) };
}

/**
 * The rest of {@link loadManifest} once the fetch of `url` is under way: the saved copy when
 * the network failed, else the text parsed (once per fetch) and validated, and saved.
 * @internal
 */
export async function loadFetched(url: string, fetching: Promise<Fetched>, options: LoadOptions): Promise<LoadResult> {
  let fetched: Fetched;
  try {
    fetched = await fetching;
  } catch (error) {
    if (options.cache === false || !(error instanceof ManifestError) || !isTransportFailure(error)) throw error;
    const saved = await readCachedManifest(url);
    if (saved === undefined) throw error;
    const result = validateOnce(await parseJson(await new Response(saved.text).text(), url), options);
    const staleSince = new Date(saved.savedAt);
    const notice = issue([], `${error.message} Showing the copy saved on ${staleSince.toISOString()}.`);
    const staleReason = error.code as 'network' | 'timeout' | 'http';
    return { ...result, url, staleSince, staleReason, warnings: [notice, ...result.warnings] };
  }
  const text = (fetched.text ??= decode(fetched.bytes, url));
  const result = validateOnce(await (fetched.parsed ??= parseJson(text, url)), options);
  if (options.cache !== false) void saveCachedManifest(url, text);
  return { ...result, url };
}

function validateOnce(data: unknown, options: ValidateOptions): ReturnType<typeof validateManifest> {
  if (typeof data !== 'object' || data === null) return validateManifest(data, options);
  const strict = options.strict === true;
  let byMode = validated.get(data);
  if (byMode === undefined) validated.set(data, (byMode = new Map()));
  let result = byMode.get(strict);
  if (result === undefined) byMode.set(strict, (result = validateManifest(data, options)));
  return result;
}

function resolveUrl(source: string | URL): string {
  const base = (globalThis as { location?: { href: string } }).location?.href;
  try {
    return new URL(source, base).href;
  } catch {
    throw new ManifestError('network', `"${String(source)}" is not a URL the manifest can be loaded from.`);
  }
}

function isTransportFailure(error: ManifestError): boolean {
  return error.code === 'network' || error.code === 'timeout' || error.code === 'http';
}

function fetchShared(url: string, options: LoadOptions): Promise<Fetched> {
  if (options.reload === true) loaded.delete(url);
  const done = loaded.get(url);
  if (done !== undefined) return Promise.resolve(done);
  let shared = inFlight.get(url);
  if (shared === undefined) {
    const controller = new AbortController();
    const promise = fetchBytes(url, controller.signal, options)
      .then((bytes) => {
        const fetched = { bytes };
        loaded.set(url, fetched);
        return fetched;
      })
      .finally(() => inFlight.delete(url));
    shared = { promise, controller, waiting: 0 };
    inFlight.set(url, shared);
  }
  return waitFor(shared, url, options.signal);
}

function waitFor(shared: SharedLoad, url: string, signal: AbortSignal | undefined): Promise<Fetched> {
  if (signal === undefined) {
    shared.waiting++;
    return shared.promise;
  }
  signal.throwIfAborted();
  shared.waiting++;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      if (--shared.waiting === 0 && inFlight.get(url) === shared) {
        inFlight.delete(url);
        shared.controller.abort(signal.reason);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

const RETRYABLE_STATUS = (status: number) => status === 429 || status >= 500;

/**
 * Fetches and parses a manifest document without validating it: timeouts, retries and the size
 * cap of {@link loadManifest}, no sharing and no saved copy. The CLI uses it to keep the text.
 */
export async function fetchManifest(url: string, options: LoadOptions = {}): Promise<FetchedManifest> {
  const text = decode(await fetchBytes(url, options.signal ?? new AbortController().signal, options), url);
  return { text, data: await parseJson(text, url) };
}

// The transport (with its retries) and the content are apart: a document that arrived but is
// not a usable manifest is the editor's problem, never retried and never hidden behind the
// saved copy.
async function fetchBytes(url: string, abort: AbortSignal, options: LoadOptions): Promise<Uint8Array> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const retries = options.retries ?? 2;
  const retryDelay = options.retryDelay ?? 500;
  const timer = AbortSignal.timeout(timeout);
  const signal = AbortSignal.any([abort, timer]);
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timedOut = (cause?: unknown) =>
    new ManifestError('timeout', `The manifest at ${url} did not arrive within ${Math.round(timeout / 100) / 10} s.`, {
      url,
      cause,
    });

  for (let attempt = 0; ; attempt++) {
    let wait: number;
    try {
      const response = await fetchImpl(url, { signal, headers: { accept: 'application/json' } });
      if (response.ok) return await readBytes(response, url, options.maxBytes ?? DEFAULT_MAX_BYTES);
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      const failure = new ManifestError(
        'http',
        `The manifest at ${url} could not be loaded: the server answered ${status}.`,
        {
          status: response.status,
          url,
        },
      );
      if (!RETRYABLE_STATUS(response.status) || attempt >= retries) throw failure;
      void response.body?.cancel();
      wait = retryAfter(response.headers.get('retry-after')) ?? retryDelay * 2 ** attempt;
    } catch (error) {
      if (error instanceof ManifestError) throw error;
      if (abort.aborted) throw abort.reason;
      if (timer.aborted) throw timedOut(error);
      if (attempt >= retries) {
        throw new ManifestError('network', `Could not reach the manifest at ${url} (${describeError(error)}).`, {
          url,
          cause: error,
        });
      }
      wait = retryDelay * 2 ** attempt;
    }
    await sleep(wait, signal).catch(() => {
      if (abort.aborted) throw abort.reason;
      throw timedOut();
    });
  }
}

/** RFC 9110 §10.2.3: `Retry-After` is either delay-seconds or an HTTP-date. */
function retryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

function decode(bytes: Uint8Array, url: string): string {
  const decoded = decodeManifestBytes(bytes);
  if (decoded.problem === undefined) return decoded.text;
  throw new ManifestError('not-json', describeEncodingProblem(`The manifest at ${url}`, decoded.problem), { url });
}

async function readBytes(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (size: string) =>
    new ManifestError('too-large', `The manifest at ${url} is ${size}, over the ${megabytes(maxBytes)} limit.`, {
      url,
    });
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge(megabytes(declared));
  if (response.body === null) return new Uint8Array(0);
  // Count as the bytes arrive: a server may send no Content-Length (or a wrong one), and
  // nothing past the cap is ever held.
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(`more than ${megabytes(maxBytes)}`);
    }
    chunks.push(value);
  }
  // The browser joins the chunks (fewer bytes of ours than a copying loop: the core is at its size ceiling).
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
}

/**
 * Parses manifest JSON. A syntax error rejects with a {@link ManifestError} `not-json` with the
 * line and column: engines do not agree on (or always give) a position in `JSON.parse`
 * messages, so on failure the text is parsed again with jsonc-parser, which reports offsets.
 * That code is imported only then, so pages with valid manifests never download it.
 */
export async function parseJson(text: string, url?: string): Promise<unknown> {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw await syntaxError(text, url, error);
  }
}

async function syntaxError(text: string, url: string | undefined, cause: unknown): Promise<ManifestError> {
  const where = url === undefined ? 'The manifest' : `The manifest at ${url}`;
  if (text.trim() === '') return new ManifestError('not-json', `${where} is empty.`, { url, cause });
  const html = /^\s*</.test(text) ? ' It looks like an HTML page: is the URL right?' : '';
  // Only a broken manifest pays for the parser that finds the position. Should that code be
  // missing (a standalone file copied without its sibling), say what is wrong without where.
  const found = await import('./json-position.js')
    .then(({ locateSyntaxError }) => locateSyntaxError(text))
    .catch(() => undefined);
  if (found === undefined) return new ManifestError('not-json', `${where} is not valid JSON.${html}`, { url, cause });
  const { line, column, problem } = found;
  return new ManifestError(
    'not-json',
    `${where} is not valid JSON: ${problem} at line ${line}, column ${column}.${html}`,
    {
      url,
      line,
      column,
      cause,
    },
  );
}
