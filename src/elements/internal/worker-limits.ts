/**
 * Where a manifest is worth a worker: small ones load on the main thread. Apart from
 * `worker-source.ts` so that `<social-directory>` decides without importing it (a page with a
 * small manifest never fetches the worker's code).
 * @internal
 * @module
 */

/**
 * Manifest objects with fewer people than this are loaded on the main thread. Validating and
 * indexing costs ~36 µs a person on a quiet machine (issue 18: 356 ms at 10,000), so below 1,000
 * people it is one task under the 50 ms long-task budget, while a worker's start (the core and
 * zod, ~23 KB gzip, compiled again in the worker's realm) and the object's structured clone
 * would be pure cost (`npm run bench:worker`, docs/development.md).
 */
export const MAIN_THREAD_PEOPLE = 1000;

/**
 * Manifests of fewer bytes than this are decoded and parsed on the main thread: about
 * {@link MAIN_THREAD_PEOPLE} people of a typical manifest (the generated ones take ~440 bytes a
 * person), so the same rule as for objects, decided once the response has arrived and before
 * anything is decoded.
 */
export const MAIN_THREAD_BYTES = 400_000;
