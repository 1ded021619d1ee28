/**
 * The directory worker: the script a module Web Worker runs for `workerSource`
 * (`worker-source.ts`). It loads one manifest (`loadManifest`: fetch, IndexedDB copy,
 * validation), indexes it for one audience and answers searches and person pages, so the
 * ~2.3 s a 100,000-person manifest costs never block the page.
 *
 * It imports the core only: a worker has no DOM, and lit or an element module would define
 * custom elements where there is no `customElements`. The message types are exported for the
 * main side, which imports them as types only (no byte of this file lands in a page).
 * @internal
 * @module
 */
import { loadForAudience, type AudienceLoad } from '../../core/audience-directory.js';
import { ManifestError, type ManifestErrorCode, type ManifestIssue } from '../../core/manifest/issues.js';
import type { Audience } from '../../core/manifest/schema.js';
import type { PersonPage } from '../../core/directory.js';
import type { SearchQuery } from '../../core/search.js';
import {
  memorySource,
  type DirectorySource,
  type PersonRow,
  type SearchOrder,
  type SourceHead,
  type SourceResults,
} from '../../core/source.js';

/** What the main side asks; `id` pairs each request with its answer. */
export type WorkerRequest =
  | {
      readonly id: number;
      readonly type: 'load';
      /** An absolute URL (resolved against the page, not the worker's script) or the manifest object. */
      readonly src: string | object;
      /** The bytes of `src` (a URL), when the page fetched them already: decoded and parsed here, not fetched again. */
      readonly bytes: Uint8Array | undefined;
      readonly audience: Audience;
      readonly locale: string | undefined;
      readonly reload: boolean;
    }
  | {
      readonly id: number;
      readonly type: 'search';
      readonly query: SearchQuery;
      readonly order: SearchOrder;
      /** How many rows from the first to send with the answer. */
      readonly rows: number;
    }
  | {
      readonly id: number;
      readonly type: 'rows';
      readonly query: SearchQuery;
      readonly order: SearchOrder;
      readonly start: number;
      readonly end: number;
    }
  | { readonly id: number; readonly type: 'personPage'; readonly person: string };

/**
 * The answer to a `load`: the head, sent once, and what the element's events carry (the
 * directory itself stays in the worker).
 */
export interface LoadAnswer extends Omit<AudienceLoad, 'directory'> {
  readonly head: SourceHead;
}

/** The answer to a `search`: everything of {@link SourceResults} but the rows not asked for. */
export interface SearchAnswer {
  readonly total: number;
  readonly facets: SourceResults['facets'];
  readonly groups: SourceResults['groups'];
  /** The rows from the first. */
  readonly rows: readonly PersonRow[];
}

/** The rows of a `rows` request, from its `start`. */
export interface RowsAnswer {
  readonly rows: readonly PersonRow[];
}

/**
 * An error as it crosses `postMessage`: structured cloning keeps an Error's name and message
 * only, so a {@link ManifestError}'s code and details travel as plain data and are rebuilt.
 */
export interface SentError {
  readonly name: string;
  readonly message: string;
  readonly code?: ManifestErrorCode;
  readonly issues?: readonly ManifestIssue[];
  readonly status?: number;
  readonly line?: number;
  readonly column?: number;
  readonly url?: string;
}

/** What the worker answers, `ok` or with the error its request met. */
export type WorkerAnswer =
  | {
      readonly id: number;
      readonly ok: true;
      readonly value: LoadAnswer | SearchAnswer | RowsAnswer | PersonPage | undefined;
    }
  | { readonly id: number; readonly ok: false; readonly error: SentError };

/** An error as plain data, see {@link SentError}. */
function sendError(error: unknown): SentError {
  if (error instanceof ManifestError) {
    return {
      name: error.name,
      message: error.message,
      code: error.code,
      issues: error.issues,
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.line === undefined ? {} : { line: error.line }),
      ...(error.column === undefined ? {} : { column: error.column }),
      ...(error.url === undefined ? {} : { url: error.url }),
    };
  }
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) };
}

// The worker's one source, once loaded (the main side asks nothing else before its load's answer).
let loaded: Promise<DirectorySource> | undefined;
// The last searches' results by query, so `rows` for a list being scrolled reads what the search
// found instead of searching again. Few: the element asks for rows of its latest search only.
const recent = new Map<string, SourceResults>();
const RECENT_SEARCHES = 8;

async function resultsFor(query: SearchQuery, order: SearchOrder): Promise<SourceResults> {
  const key = JSON.stringify([query, order]);
  const found = recent.get(key);
  if (found !== undefined) {
    recent.delete(key);
    recent.set(key, found);
    return found;
  }
  const source = await requireLoaded();
  // memorySource answers at once; the await only satisfies the interface's type.
  const results = await source.search(query, order);
  recent.set(key, results);
  if (recent.size > RECENT_SEARCHES) recent.delete(recent.keys().next().value as string);
  return results;
}

function requireLoaded(): Promise<DirectorySource> {
  if (loaded === undefined) throw new Error('The directory worker was asked a question before its load.');
  return loaded;
}

function rowsOf(results: SourceResults, start: number, end: number): PersonRow[] {
  const rows: PersonRow[] = [];
  for (let position = Math.max(0, start); position < Math.min(end, results.total); position++) {
    const row = results.row(position);
    if (row !== undefined) rows.push(row);
  }
  return rows;
}

async function answer(
  request: WorkerRequest,
): Promise<LoadAnswer | SearchAnswer | RowsAnswer | PersonPage | undefined> {
  switch (request.type) {
    case 'load': {
      const { bytes } = request;
      const { directory, warnings, peopleLeftOut, staleSince, staleReason } = await loadForAudience(request.src, {
        ...request,
        fetching: bytes === undefined ? undefined : Promise.resolve({ bytes }),
      });
      loaded = Promise.resolve(memorySource(directory));
      return {
        // A plain copy: memorySource's head reads its facets through a getter.
        head: {
          organization: directory.organization,
          departments: directory.departments,
          topics: directory.topics,
          people: directory.people.length,
          facets: directory.facets,
        },
        warnings,
        peopleLeftOut,
        staleSince,
        staleReason,
      };
    }
    case 'search': {
      const results = await resultsFor(request.query, request.order);
      return {
        total: results.total,
        facets: results.facets,
        groups: results.groups,
        rows: rowsOf(results, 0, request.rows),
      };
    }
    case 'rows':
      return { rows: rowsOf(await resultsFor(request.query, request.order), request.start, request.end) };
    case 'personPage':
      return (await requireLoaded()).personPage(request.person);
  }
}

/** The worker's global scope, as much of it as this file uses (the project's types are the DOM's). */
interface WorkerScope {
  postMessage(message: WorkerAnswer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
scope.addEventListener('message', ({ data: request }) => {
  answer(request).then(
    (value) => scope.postMessage({ id: request.id, ok: true, value }),
    (error: unknown) => scope.postMessage({ id: request.id, ok: false, error: sendError(error) }),
  );
});
