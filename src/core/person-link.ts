/**
 * A person's stable link on a directory page: the page's address with `?person=<id>`, the form
 * the directory reads with `sync-url`, so a shared link opens on that person.
 * @module
 */
import { safeUrl } from './safe.js';

/** The query parameter that names a person in a directory page's URL. */
export const PERSON_PARAM = 'person';

/**
 * The link to one person on the directory page at `pageUrl`: the page's address with
 * `?person=<id>` (other query parameters, such as filters, and the fragment are dropped, so
 * everyone who shares the person shares the same link). `undefined` when `pageUrl` is not an
 * absolute http(s) URL.
 *
 * @example
 * personUrl('https://northwind.example/careers?q=design#top', 'ellen-park')
 * // 'https://northwind.example/careers?person=ellen-park'
 */
export function personUrl(pageUrl: string, personId: string): string | undefined {
  const page = safeUrl(pageUrl);
  if (page === undefined || !page.startsWith('http')) return undefined;
  const url = new URL(page);
  url.search = '';
  url.hash = '';
  url.searchParams.set(PERSON_PARAM, personId);
  return url.href;
}
