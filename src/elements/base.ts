import { initialState, Task, TaskStatus } from '@lit/task';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ManifestError, validateManifest, type Audience, type Directory, type ManifestIssue } from '../core/index.js';
import { audienceWarnings, directoryFor, issue, loadForAudience } from '../core/internal.js';
import { emit } from './internal/events.js';
import { LocalizedElement } from './internal/localized-element.js';

/** What an element has once its manifest loaded. */
export interface LoadedDirectory {
  /** The directory for the element's audience. */
  readonly directory: Directory;
  /** Problems worked around while loading, each with its place in the manifest. */
  readonly warnings: readonly ManifestIssue[];
  /** Set when the network failed and the last saved copy is shown: when it was saved. */
  readonly staleSince?: Date;
  /** Set with `staleSince`: why the latest copy could not be loaded. */
  readonly staleReason?: 'network' | 'timeout' | 'http';
}

import type { SocialLoadDetail } from './internal/events.js';
export type { SocialErrorDetail, SocialLoadDetail, SocialWarningDetail } from './internal/events.js';

/** What an element reading a static index (`index`) has of it: its directory, and a way to read it again. */
export interface IndexReading {
  /** The directory the element shows, once read. */
  directory(audience: Audience, lang: string | undefined): Directory | undefined;
  /** Reads the index again (the retry button). */
  reload(): void;
}

/**
 * The manifest in a `<script type="application/json" id="…">` of the page, for `src="#id"`:
 * a page rendered by `social-directory render` carries its manifest so the element shows it
 * at once, without a second request.
 */
function inPageManifest(src: string | undefined): unknown {
  if (isServer || src === undefined || !src.startsWith('#')) return undefined;
  const script = document.getElementById(decodeURIComponent(src.slice(1)));
  if (script === null)
    throw new ManifestError('invalid', `No element with the id "${src.slice(1)}" holds the manifest (src="${src}").`);
  try {
    return JSON.parse(script.textContent ?? '');
  } catch (error) {
    throw new ManifestError('not-json', `The manifest in #${script.id} is not JSON: ${(error as Error).message}`);
  }
}

/**
 * What every social-directory element shares: the manifest from `src` or `.manifest`, the
 * audience, the message catalog, and the load / error / warning events.
 */
export class SocialElement extends LocalizedElement {
  /** URL of the manifest JSON. Ignored when `manifest` is set. */
  @property() src?: string;

  /** The manifest as an object (already parsed), instead of `src`. */
  @property({ attribute: false }) manifest?: object;

  /** Which people and fields may be shown: `internal` (intranet, default) or `public` (careers page). */
  @property({ reflect: true }) audience: Audience = 'internal';

  #reloads = 0;

  /**
   * The directory shown by the first render, when the manifest is at hand without waiting: on
   * the server (`social-directory render`, with `.manifest`), and in the page (`src="#id"`),
   * where hydrating a server-rendered page needs the first render to be the one the server made.
   */
  #prerendered: { readonly source: unknown; readonly audience: Audience; readonly loaded: LoadedDirectory } | undefined;

  /** The manifest loading: pending, complete or error, with abort of stale loads. */
  protected readonly load = new Task(this, {
    task: async ([src, manifest, audience, reloads, given, wanted], { signal }) =>
      !wanted
        ? initialState
        : given === undefined
          ? this.#load(src, manifest, audience, reloads, signal)
          : { directory: given, warnings: [] },
    args: () =>
      [this.src, this.manifest, this.audience, this.#reloads, this.givenDirectory(), this.readsManifest()] as const,
  });

  /**
   * Whether the element shows a manifest: `false` for a directory reading a static index
   * (`index`), which loads nothing here and fires its own events.
   */
  protected readsManifest(): boolean {
    return this.indexReading() === undefined;
  }

  /**
   * The static index the element reads instead of a manifest: `undefined` when it reads a
   * manifest, `null` while the index's reader (imported on demand) is on its way.
   */
  protected indexReading(): IndexReading | null | undefined {
    return undefined;
  }

  /**
   * A directory an enclosing element already loaded (the signature builder hands its own to the
   * profile editor it shows): when there is one, nothing is loaded and no load event fires, since
   * the enclosing element fired them.
   */
  protected givenDirectory(): Directory | undefined {
    return this.indexReading()?.directory(this.audience, this.localization.lang);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!changed.has('src') && !changed.has('manifest') && !changed.has('audience')) return;
    this.#prerendered = undefined;
    const server = isServer && this.manifest !== undefined;
    if (!server && !this.src?.startsWith('#')) return;
    try {
      const source = this.manifest ?? inPageManifest(this.src);
      const { manifest, warnings } = validateManifest(source);
      const directory = directoryFor(manifest, this.audience, this.localization.lang);
      this.#prerendered = { source, audience: this.audience, loaded: { directory, warnings } };
    } catch {
      // Shown by the load task, which meets the same problem and reports it.
    }
  }

  /** Loads the manifest again, bypassing the page's copy, or reads the index again (the retry button). */
  reload(): void {
    this.indexReading()?.reload();
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
    try {
      // The first render already showed this manifest: the same directory, without a second validation.
      const prerendered = this.#prerendered;
      const shown =
        prerendered !== undefined &&
        prerendered.audience === audience &&
        reloads === 0 &&
        (manifest ?? src) === (this.manifest ?? this.src)
          ? prerendered.loaded
          : undefined;
      if (shown !== undefined) {
        const { directory } = shown;
        return this.announce(
          {
            directory,
            warnings: audienceWarnings(shown.warnings, audience),
            peopleLeftOut: directory.manifest.people.length - directory.people.length,
          },
          audience,
        );
      }
      const source = manifest ?? (src?.startsWith('#') ? inPageManifest(src) : src);
      if (source === undefined || source === '') {
        throw new ManifestError('invalid', 'No manifest: set the src attribute or the manifest property.');
      }
      const options = { audience, locale: this.localization.lang, reload: reloads > 0, signal };
      return this.announce(await loadForAudience(source as string | object, options), audience);
    } catch (error) {
      if (!signal.aborted) emit(this, 'social-error', { error });
      throw error;
    }
  }

  /**
   * Fires `social-load` (and `social-warning`, with the console's note) for what loaded, and
   * resolves with it as the element keeps it. People left out on a public page mean it was
   * given an internal manifest, which the element says in its own words.
   */
  protected announce<T extends SocialLoadDetail & { readonly peopleLeftOut: number }>(
    loaded: T,
    audience: Audience,
  ): T {
    const warnings =
      audience === 'public' && loaded.peopleLeftOut > 0
        ? [...loaded.warnings, issue([], this.msg('internalOnPublic'))]
        : loaded.warnings;
    const { directory, source, staleSince, staleReason } = loaded;
    // Only the event's own fields: what else the element keeps (a worker's release) is not the page's.
    emit(this, 'social-load', { directory, source, warnings, staleSince, staleReason });
    if (warnings.length > 0) {
      emit(this, 'social-warning', { warnings });
      console.warn(
        `${this.localName}: ${warnings.length} problem(s) in the manifest:\n${warnings.map((w) => `  ${w.at ? `${w.at}: ` : ''}${w.message}`).join('\n')}`,
      );
    }
    return { ...loaded, warnings };
  }

  /**
   * The loading state every element draws while its manifest loads: a busy box with `lines`
   * placeholder lines (the element's styles size them), named for screen readers.
   */
  protected renderSkeleton(lines = 0): TemplateResult {
    return html`<div class="skeleton" aria-busy="true" aria-label=${this.msg('loading')}>${Array.from(
      { length: lines },
      () => html`<div></div>`,
    )}</div>`;
  }

  /** Renders the pending and error states, or `complete` once the manifest is loaded. */
  protected renderLoaded(
    complete: (loaded: LoadedDirectory) => TemplateResult,
    pending: () => TemplateResult = () => this.renderSkeleton(),
  ): unknown {
    const completed = (loaded: LoadedDirectory) => html`${this.renderStale(loaded)}${complete(loaded)}`;
    const given = this.givenDirectory();
    if (given !== undefined)
      return completed(this.load.value?.directory === given ? this.load.value : { directory: given, warnings: [] });
    const waiting = this.load.status === TaskStatus.INITIAL || this.load.status === TaskStatus.PENDING;
    if (waiting && this.#prerendered !== undefined) return completed(this.#prerendered.loaded);
    return this.load.render({
      initial: pending,
      pending,
      complete: completed,
      error: (error) => this.renderLoadError(error),
    });
  }

  /** Every element says so when it shows the copy saved by an earlier visit. */
  protected renderStale({ staleSince, staleReason }: Pick<LoadedDirectory, 'staleSince' | 'staleReason'>): unknown {
    return staleSince === undefined
      ? nothing
      : html`<p part="stale" class="stale" role="status">
          ${this.msg('staleCopy', { date: staleSince.toLocaleString(this.localization.lang) })}
          ${this.msg(staleReason === 'timeout' ? 'staleTimeout' : staleReason === 'http' ? 'staleServer' : 'staleOffline')}
        </p>`;
  }

  /** The error state: what failed, why, and a retry button. */
  protected renderLoadError(error: unknown): TemplateResult {
    return html`
      <div part="error" class="load-error" role="alert">
        <p><strong>${this.msg('loadFailed')}</strong></p>
        ${error instanceof Error ? html`<p class="detail">${error.message}</p>` : nothing}
        <button part="button" type="button" @click=${() => this.reload()}>${this.msg('retry')}</button>
      </div>
    `;
  }
}
