/**
 * The page's schema.org structured data, kept in `document.head` by an element that shows a
 * public directory (`<social-directory structured-data audience="public">`).
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Manifest } from '../core/index.js';

/** What the structured data describes, or `undefined` for none. */
export interface StructuredDataSource {
  /** The manifest (any audience: `toJsonLd` keeps only what the public may see). */
  readonly manifest: Manifest;
  /** The id of the person the page shows, for their `ProfilePage`. */
  readonly person?: string;
}

// The mark of the script this library keeps: one per page, found again by any element (or
// written by `social-directory public --jsonld` into a static page and then kept up to date).
const MARK = 'data-social-directory';

/**
 * Keeps exactly one `<script type="application/ld+json" data-social-directory>` in
 * `document.head` while its host is connected and `source()` gives something to describe;
 * rewrites it when the manifest, the page or the person changes, and removes it when the host
 * is disconnected or there is nothing to describe.
 */
export class StructuredDataController implements ReactiveController {
  #written: string | undefined;
  #key: readonly unknown[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => StructuredDataSource | undefined,
  ) {
    host.addController(this);
  }

  /** Settles once the script is as the last update asked (the JSON-LD code loads on first use). */
  ready: Promise<void> = Promise.resolve();

  hostUpdated(): void {
    const source = this.source();
    if (source === undefined) {
      this.#remove();
      return;
    }
    const pageUrl = `${location.origin}${location.pathname}`;
    const key = [source.manifest, pageUrl, source.person];
    // Updates come with every keystroke in the search box: describe again only what changed.
    const same = key.every((value, i) => value === this.#key[i]);
    if (same && (this.#written === undefined || this.#script()?.textContent === this.#written)) return;
    this.#key = key;
    this.ready = this.#write(source, pageUrl, key);
  }

  async #write(source: StructuredDataSource, pageUrl: string, key: readonly unknown[]): Promise<void> {
    // Only pages that ask for structured data load the code that writes it.
    const { serializeJsonLd, toJsonLd } = await import('../core/jsonld.js');
    if (key !== this.#key || !this.host.isConnected) return;
    const json = serializeJsonLd(
      toJsonLd(source.manifest, {
        audience: 'public',
        pageUrl,
        ...(source.person === undefined ? {} : { person: source.person }),
      }),
    );
    let script = this.#script();
    if (script === null) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(MARK, '');
      document.head.append(script);
    }
    if (script.textContent !== json) script.textContent = json;
    this.#written = json;
  }

  hostDisconnected(): void {
    this.#remove();
  }

  #script(): HTMLScriptElement | null {
    return document.head.querySelector<HTMLScriptElement>(`script[type="application/ld+json"][${MARK}]`);
  }

  #remove(): void {
    this.#key = [];
    if (this.#written === undefined) return;
    // Another element may have written the script since: leave theirs.
    const script = this.#script();
    if (script?.textContent === this.#written) script.remove();
    this.#written = undefined;
  }
}
