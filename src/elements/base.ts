import { Task } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  createDirectory,
  forAudience,
  issue,
  loadManifest,
  ManifestError,
  type Audience,
  type Directory,
  type Manifest,
  type ManifestIssue,
} from '../core/index.js';
import { emit } from './internal/events.js';
import { formatMessage, langOf, messagesFor, type Messages } from './messages.js';

/** What an element has once its manifest loaded. */
export interface LoadedDirectory {
  /** The directory for the element's audience. */
  readonly directory: Directory;
  /** Problems worked around while loading, each with its place in the manifest. */
  readonly warnings: readonly ManifestIssue[];
  /** Set when the network failed and the last saved copy is shown: when it was saved. */
  readonly staleSince?: Date;
}

export type { SocialErrorDetail, SocialLoadDetail, SocialWarningDetail } from './internal/events.js';

// Several elements on a page showing the same manifest share one Directory per audience: the
// loader already shares the request and the validation; this shares the index.
const directories = new WeakMap<Manifest, Map<Audience, Directory>>();

function directoryFor(manifest: Manifest, audience: Audience, locale: string | undefined): Directory {
  let byAudience = directories.get(manifest);
  if (byAudience === undefined) directories.set(manifest, (byAudience = new Map()));
  let directory = byAudience.get(audience);
  if (directory === undefined) {
    directory = createDirectory(forAudience(manifest, audience), locale === undefined ? {} : { locale });
    byAudience.set(audience, directory);
  }
  return directory;
}

/**
 * What every social-directory element shares: the manifest from `src` or `.manifest`, the
 * audience, the message catalog, and the load / error / warning events.
 */
export class SocialElement extends LitElement {
  /** URL of the manifest JSON. Ignored when `manifest` is set. */
  @property() src?: string;

  /** The manifest as an object (already parsed), instead of `src`. */
  @property({ attribute: false }) manifest?: object;

  /** Which people and fields may be shown: `internal` (intranet, default) or `public` (careers page). */
  @property({ reflect: true }) audience: Audience = 'internal';

  /** Overrides for any message of the catalog (see the `Messages` type). */
  @property({ attribute: false }) strings: Partial<Messages> = {};

  #reloads = 0;

  /** The manifest loading: pending, complete or error, with abort of stale loads. */
  protected readonly load = new Task(this, {
    task: async ([src, manifest, audience, reloads], { signal }) => this.#load(src, manifest, audience, reloads, signal),
    args: () => [this.src, this.manifest, this.audience, this.#reloads] as const,
  });

  /** The message catalog for this element's language, with `strings` applied. */
  protected get messages(): Messages {
    // Read by every msg() of a render: looked up once per update, not once per message.
    this.#messages ??= messagesFor(langOf(this), this.strings);
    return this.#messages;
  }

  #messages: Messages | undefined;

  protected override update(changed: PropertyValues): void {
    this.#messages = undefined;
    super.update(changed);
  }

  /** A message with its placeholders filled. */
  protected msg(key: keyof Messages, values?: Readonly<Record<string, string | number>>): string {
    return formatMessage(this.messages[key], values);
  }

  /** Loads the manifest again, bypassing the page's copy (the retry button). */
  reload(): void {
    this.#reloads++;
    this.requestUpdate();
  }

  async #load(
    src: string | undefined,
    manifest: object | undefined,
    audience: Audience,
    reloads: number,
    signal: AbortSignal,
  ): Promise<LoadedDirectory> {
    const source = manifest ?? src;
    try {
      if (source === undefined || source === '') {
        throw new ManifestError('invalid', 'No manifest: set the src attribute or the manifest property.');
      }
      const result = await loadManifest(source, { signal, reload: reloads > 0 });
      const lang = langOf(this);
      const directory = directoryFor(result.manifest, audience, lang);
      const warnings = [...result.warnings];
      if (audience === 'public' && directory.people.length < result.manifest.people.length) {
        warnings.push(issue(['people'], this.msg('internalOnPublic')));
      }
      const loaded: LoadedDirectory = result.staleSince === undefined ? { directory, warnings } : { directory, warnings, staleSince: result.staleSince };
      emit(this, 'social-load', loaded);
      if (warnings.length > 0) {
        emit(this, 'social-warning', { warnings });
        console.warn(
          `${this.localName}: ${warnings.length} problem(s) in the manifest:\n${warnings.map((w) => `  ${w.at ? `${w.at}: ` : ''}${w.message}`).join('\n')}`,
        );
      }
      return loaded;
    } catch (error) {
      if (!signal.aborted) emit(this, 'social-error', { error });
      throw error;
    }
  }

  /** Renders the pending and error states, or `complete` once the manifest is loaded. */
  protected renderLoaded(complete: (loaded: LoadedDirectory) => TemplateResult, pending: () => TemplateResult): unknown {
    return this.load.render({
      initial: pending,
      pending,
      // Every element says so when it shows the copy saved by an earlier visit.
      complete: (loaded) => html`${loaded.staleSince === undefined
          ? nothing
          : html`<p part="stale" class="stale" role="status">${this.msg('staleCopy')}</p>`}${complete(loaded)}`,
      error: (error) => html`
        <div part="error" class="load-error" role="alert">
          <p><strong>${this.msg('loadFailed')}</strong></p>
          ${error instanceof Error ? html`<p class="detail">${error.message}</p>` : nothing}
          <button part="button" type="button" @click=${() => this.reload()}>${this.msg('retry')}</button>
        </div>
      `,
    });
  }
}
