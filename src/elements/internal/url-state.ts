/**
 * The state an element mirrors in the page URL with `sync-url`, one rule for every element.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An element's mirrored state as the URL writes it: text per key, `''` for none. */
export type UrlState<K extends string> = Record<K, string>;

/** What a {@link UrlStateController} needs from its host. */
export interface UrlStateOptions<K extends string> {
  /** The query parameter that mirrors each key (`{ query: 'q' }`). */
  readonly params: Readonly<Record<K, string>>;
  /** Whether the host mirrors its state now: its `sync-url`. */
  enabled(): boolean;
  /** The host's state now. */
  current(): UrlState<K>;
  /** Applies a state read from the URL (on connect, when `sync-url` turns on, on Back and Forward). */
  restore(state: UrlState<K>): void;
}

/**
 * Mirrors an element's state in the page URL, so a view can be linked and Back works. The rule,
 * the same for every element:
 *
 * - a value set in HTML (an attribute, or the property before `sync-url` takes effect) wins until
 *   the URL names its key: a key the URL names takes the URL's value, even an empty one; a key it
 *   does not name keeps, or returns to, the value from HTML;
 * - the URL is read when the element connects, when `sync-url` turns on, and on every `popstate`
 *   (Back and Forward);
 * - a change the person makes is written with {@link write}: `push` for a choice that changes the
 *   results (a filter, a chip, clearing) or opens another page (a person's), so Back undoes it;
 *   `replace` for typing, so Back does not replay keystrokes. A value equal to the one from HTML
 *   leaves the URL without its key; other parameters of the page are kept;
 * - the `popstate` listener exists only while the element is connected with `sync-url` on.
 */
export class UrlStateController<K extends string> implements ReactiveController {
  readonly #options: UrlStateOptions<K>;
  readonly #keys: readonly K[];
  /** The values from HTML, taken when mirroring first starts. */
  #defaults: UrlState<K> | undefined;
  #listening = false;
  readonly #onPopState = (): void => this.#read();

  constructor(host: ReactiveControllerHost, options: UrlStateOptions<K>) {
    this.#options = options;
    this.#keys = Object.keys(options.params) as K[];
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#options.enabled()) this.#start();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  // After the update, so a host that derives what it shows from its state in willUpdate sees the
  // state read from the URL in the update this schedules.
  hostUpdated(): void {
    const enabled = this.#options.enabled();
    if (enabled && !this.#listening) this.#start();
    else if (!enabled && this.#listening) this.#stop();
  }

  /** Writes the host's state into the URL: `push` adds a history entry, `replace` amends the current one. */
  write(how: 'push' | 'replace'): void {
    if (!this.#listening || this.#defaults === undefined) return;
    const state = this.#options.current();
    const url = new URL(window.location.href);
    for (const key of this.#keys) {
      const param = this.#options.params[key];
      if (state[key] === this.#defaults[key]) url.searchParams.delete(param);
      else url.searchParams.set(param, state[key]);
    }
    if (url.href === window.location.href) return;
    if (how === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  #start(): void {
    this.#defaults ??= this.#options.current();
    this.#listening = true;
    window.addEventListener('popstate', this.#onPopState);
    this.#read();
  }

  #stop(): void {
    this.#listening = false;
    window.removeEventListener('popstate', this.#onPopState);
  }

  #read(): void {
    const defaults = this.#defaults;
    if (defaults === undefined) return;
    const params = new URLSearchParams(window.location.search);
    const current = this.#options.current();
    const state = { ...current };
    let changed = false;
    for (const key of this.#keys) {
      state[key] = params.get(this.#options.params[key]) ?? defaults[key];
      changed ||= state[key] !== current[key];
    }
    if (changed) this.#options.restore(state);
  }
}
