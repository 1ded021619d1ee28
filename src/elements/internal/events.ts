/**
 * Every `social-*` event the elements fire, in one map from name to event type, and the one way
 * to fire them. The map is declared into `HTMLElementEventMap` and `DocumentEventMap`, so a page
 * written in TypeScript gets `event.detail` typed from `addEventListener('social-select', …)`,
 * and the React wrappers take their `onSocial*` props from it.
 * @module
 */
import type { Directory, ManifestIssue, Person, Topic } from '../../core/index.js';
import type { DirectorySource } from '../../core/source.js';
import type { ContactChannel } from '../../core/contact.js';
import type { UpdateInput } from '../../core/update.js';
import type { LoadedDirectory } from '../base.js';
import type { SocialShareDetail } from '../person-share.js';

/** `detail` of the `social-load` event. */
export interface SocialLoadDetail extends Omit<LoadedDirectory, 'directory'> {
  /** The directory of the manifest; absent when a `<social-directory index>` read a static index. */
  readonly directory?: Directory;
  /** The static index a `<social-directory index>` reads (absent for a manifest). */
  readonly source?: DirectorySource;
}

/** `detail` of the `social-error` event. */
export interface SocialErrorDetail {
  /** Why loading failed: a `ManifestError` for anything about the manifest. */
  readonly error: unknown;
}

/** `detail` of the `social-warning` event. */
export interface SocialWarningDetail {
  /** The problems, each with its place in the manifest. */
  readonly warnings: readonly ManifestIssue[];
}

/** `detail` of the `social-select` event. */
export interface SocialSelectDetail {
  /** The person chosen. */
  readonly person: Person;
}

/** `detail` of the `social-ask` event. */
export interface SocialAskDetail {
  /** The "ask me about" phrase that was chosen. */
  readonly text: string;
  /** Whose phrase it is. */
  readonly person: Person;
}

/** `detail` of the `social-contact-select` event. */
export interface SocialContactSelectDetail {
  /** The topic whose channel or person was chosen; absent for the fallback answer (the organization's own channels). */
  readonly topic?: Topic;
  /** The channel whose link was activated (the link still navigates). */
  readonly channel?: ContactChannel;
  /** The person chosen from the topic's people. */
  readonly person?: Person;
}

/** `detail` of the `social-copy` event. */
export interface SocialCopyDetail {
  /**
   * What was copied: `html` the signature as rich text (with its plain-text version), `text` the
   * plain-text signature, `source` the HTML source, `update` the profile editor's update document as JSON.
   */
  readonly format: 'html' | 'text' | 'source' | 'update';
}

/** `detail` of the `social-update-submit` event. */
export interface SocialUpdateSubmitDetail {
  /** The update document that was sent. */
  readonly update: UpdateInput;
  /** The HTTP status the endpoint answered (2xx). */
  readonly status: number;
}

/** `detail` of the `social-update-error` event. */
export interface SocialUpdateErrorDetail {
  /** The update document that could not be sent; the form keeps it, and Retry sends it again. */
  readonly update: UpdateInput;
  /** The HTTP status the endpoint answered; absent when it could not be reached. */
  readonly status?: number;
  /** What went wrong: the network error, or an `Error` naming the status. */
  readonly error: unknown;
}

/**
 * Every event the elements fire, by name. They all bubble and cross shadow roots, so a page can
 * listen on `document`; none has a default action, so none is cancelable.
 *
 * @example
 * document.addEventListener('social-select', (event) => open(event.detail.person.id));
 */
export interface SocialEventMap {
  /** The manifest loaded (directory, contact finder, signature). */
  'social-load': CustomEvent<SocialLoadDetail>;
  /** The manifest could not be loaded. */
  'social-error': CustomEvent<SocialErrorDetail>;
  /** Entries were left out of the manifest. */
  'social-warning': CustomEvent<SocialWarningDetail>;
  /** A person was chosen (a card's name, the signature's "find yourself" list). */
  'social-select': CustomEvent<SocialSelectDetail>;
  /** An "ask me about" chip of a card was chosen. */
  'social-ask': CustomEvent<SocialAskDetail>;
  /** A channel link or a person was chosen in the contact finder. */
  'social-contact-select': CustomEvent<SocialContactSelectDetail>;
  /** Something was copied to the clipboard (the signature builder, the profile editor). */
  'social-copy': CustomEvent<SocialCopyDetail>;
  /** The profile editor's `action` accepted an update. */
  'social-update-submit': CustomEvent<SocialUpdateSubmitDetail>;
  /** The profile editor could not send an update (a network error or a non-2xx answer). */
  'social-update-error': CustomEvent<SocialUpdateErrorDetail>;
  /** A person's link was shared or copied (the card's Share action). */
  'social-share': CustomEvent<SocialShareDetail>;
}

/** The name of a `social-*` event. */
export type SocialEventName = keyof SocialEventMap;

/** The `detail` of the event named `K`. */
export type SocialEventDetail<K extends SocialEventName> = SocialEventMap[K]['detail'];

declare global {
  // Interfaces merge: this is how `addEventListener('social-select', …)` learns the detail type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging, not a type of its own
  interface HTMLElementEventMap extends SocialEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging, as above
  interface DocumentEventMap extends SocialEventMap {}
}

/**
 * Fires the `social-*` event `name` from `from`: it bubbles and crosses shadow roots, so a page
 * can listen on `document`. Only names in {@link SocialEventMap} compile, each with its detail.
 *
 * (A function outside the element classes, so the custom-elements analyzer reads each
 * element's `@fires` instead of reporting one generic event named after a parameter.)
 */
export function emit<K extends SocialEventName>(from: HTMLElement, name: K, detail: SocialEventDetail<K>): void {
  from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
