/**
 * The last good copy of each manifest URL, kept in IndexedDB so a page still shows its
 * directory when the network fails. localStorage is too small (5 MB) for large manifests.
 * Where IndexedDB does not exist (Node, some private modes) every call is a quiet no-op.
 * @module
 */

const DB_NAME = 'social-directory';
const STORE = 'manifests';

/** A manifest text saved after a successful load. */
export interface CachedManifest {
  /** The absolute URL the manifest was loaded from (the key). */
  readonly url: string;
  /**
   * The manifest exactly as it arrived, so it is validated again with the current rules: a Blob
   * (see {@link saveCachedManifest}), or a string where an earlier version saved it.
   */
  readonly text: Blob | string;
  /** When it was saved. */
  readonly savedAt: number;
}

let database: Promise<IDBDatabase | undefined> | undefined;

function open(): Promise<IDBDatabase | undefined> {
  database ??= new Promise((resolve) => {
    try {
      // Throws where there is no IndexedDB (Node): the cache is then off, as when it fails.
      const request = (globalThis as { indexedDB: IDBFactory }).indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'url' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = request.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
  return database;
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T | undefined> {
  const db = await open();
  return new Promise((resolve) => {
    try {
      // Throws without a database (`undefined`): no copy, as when IndexedDB fails.
      const request = action(db!.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

/** Reads the saved copy of a manifest URL, if there is one. */
export function readCachedManifest(url: string): Promise<CachedManifest | undefined> {
  return run<CachedManifest>('readonly', (store) => store.get(url));
}

/**
 * Saves a manifest that loaded and validated, replacing the previous copy. Failures are ignored: the cache is a
 * convenience.
 */
export async function saveCachedManifest(url: string, text: string): Promise<void> {
  // Stored as a Blob: IndexedDB serializes a 40 MB string on the calling thread (1.5–5.9 s of the
  // directory worker's at 100,000 people, every search queued behind it); a Blob's bytes are
  // written apart from it (70 ms, docs/development.md).
  await run('readwrite', (store) => store.put({ url, text: new Blob([text]), savedAt: Date.now() }));
}

/** Removes every saved manifest (for tests, and for pages that must forget on sign-out). */
export async function clearManifestCache(): Promise<void> {
  await run('readwrite', (store) => store.clear());
}
