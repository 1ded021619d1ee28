/**
 * The language an element speaks, followed as the page changes it.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  catalogReady,
  en,
  formatCount,
  formatMessage,
  formatPlural,
  langOf,
  loadCatalog,
  messagesFor,
  type Messages,
  type Plural,
} from '../messages.js';

/** The keys of messages that are plain text. */
export type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];
/** The keys of messages that depend on a count. */
export type PluralKey = Exclude<keyof Messages, TextKey>;

// One MutationObserver per tree (the document, each shadow root) for every element watching a
// `lang` in it: a directory's fifty cards share their directory's shadow root and the document.
const watchers = new Map<
  Node,
  { readonly observer: MutationObserver; readonly controllers: Set<LocalizationController> }
>();

function watch(root: Node, controller: LocalizationController): void {
  let watcher = watchers.get(root);
  if (watcher === undefined) {
    const controllers = new Set<LocalizationController>();
    const observer = new MutationObserver(() => {
      for (const each of controllers) each.langMayHaveChanged();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    watchers.set(root, (watcher = { observer, controllers }));
  }
  watcher.controllers.add(controller);
}

function unwatch(root: Node, controller: LocalizationController): void {
  const watcher = watchers.get(root);
  if (watcher === undefined) return;
  watcher.controllers.delete(controller);
  if (watcher.controllers.size > 0) return;
  watcher.observer.disconnect();
  watchers.delete(root);
}

/**
 * The host's language and messages. The language is the nearest `lang` attribute on the host
 * or an ancestor, looking through shadow roots; a change to any of them re-renders the host.
 * A language other than English loads its catalog on demand: the host shows English until it
 * arrives, then re-renders. `strings` overrides apply on top of either.
 */
export class LocalizationController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #strings: () => Partial<Messages>;
  #lang: string | undefined;
  /** The trees whose `lang` attributes decide the host's language, from its own up to the document. */
  #roots: Node[] = [];
  /** Whether `#lang` has been read from the page once. */
  #resolved = false;
  /** The catalog on its way, if the host's language has one that has not arrived. */
  #arriving: Promise<unknown> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, strings: () => Partial<Messages>) {
    this.#host = host;
    this.#strings = strings;
    host.addController(this);
  }

  /** The host's `lang` (nearest attribute, through shadow roots), or undefined for none. */
  get lang(): string | undefined {
    return this.#lang;
  }

  /**
   * The host's messages: its language's catalog (English until it arrives) with `strings` applied. Shared: do
   * not change it.
   */
  get messages(): Readonly<Messages> {
    // Read by every message of a render: looked up again only when the language, its catalog
    // or the overrides changed. Kept across updates, so `willUpdate` (which runs before the
    // controllers' `hostUpdate`) reads the messages of this update, not of the last one. English
    // grows as element modules load (`addEnglish`): a directory's person page brings its own.
    const strings = this.#strings();
    if (this.#messages === undefined || this.#messagesStrings !== strings || this.#english !== en) {
      this.#messages = messagesFor(this.#lang, strings);
      this.#messagesStrings = strings;
      this.#english = en;
    }
    return this.#messages;
  }

  #messages: Readonly<Messages> | undefined;
  #messagesStrings: Partial<Messages> | undefined;
  /** The English catalog `#messages` was read with. */
  #english: Messages | undefined;

  /** A message with its placeholders filled. */
  msg(key: TextKey, values?: Readonly<Record<string, string | number>>): string {
    return formatMessage(this.messages[key], values);
  }

  /**
   * A message for `count` in the language's plural form (`Intl.PluralRules`), `{count}` written as the language
   * writes numbers.
   */
  plural(key: PluralKey, count: number, values?: Readonly<Record<string, string | number>>): string {
    return formatPlural(this.messages[key] as Plural, count, this.#lang, values);
  }

  /** A number as the host's language writes it. */
  number(value: number): string {
    return formatCount(value, this.#lang);
  }

  /**
   * Resolves once the catalog the host needs has arrived and the update it caused is done;
   * `true` when it had to wait. Hosts await it in `getUpdateComplete`, so `updateComplete`
   * means "rendered in its language".
   */
  async arrived(): Promise<boolean> {
    const arriving = this.#arriving;
    if (arriving === undefined) return false;
    await arriving;
    return true;
  }

  hostConnected(): void {
    for (let root = this.#host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      this.#roots.push(root);
      watch(root, this);
      if (!(root instanceof ShadowRoot)) break;
    }
    this.langMayHaveChanged();
  }

  hostDisconnected(): void {
    for (const root of this.#roots) unwatch(root, this);
    this.#roots = [];
  }

  /** Called when a `lang` attribute changed in one of the host's trees. */
  langMayHaveChanged(): void {
    const lang = langOf(this.#host);
    if (this.#resolved && lang === this.#lang) return;
    this.#resolved = true;
    this.#lang = lang;
    this.#messages = undefined;
    this.#host.requestUpdate();
    this.#arriving = undefined;
    if (catalogReady(lang)) return;
    const arriving = loadCatalog(lang).then(() => {
      if (this.#arriving !== arriving) return;
      this.#arriving = undefined;
      this.#messages = undefined;
      this.#host.requestUpdate();
    });
    this.#arriving = arriving;
  }
}
