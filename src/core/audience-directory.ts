/**
 * The directory a page of one audience shows, and the warnings it may show: what the elements
 * and the directory worker both do after `loadManifest`, in one place so the two cannot differ.
 * @internal
 * @module
 */
import { createDirectory, type Directory } from './directory.js';
import { forAudience } from './manifest/audience.js';
import { placeOnly, type ManifestIssue } from './manifest/issues.js';
import { loadFetched, loadManifest, type Fetched } from './manifest/load.js';
import type { Audience, Manifest } from './manifest/schema.js';

// Several elements on a page showing the same manifest share one Directory per audience: the
// loader already shares the request and the validation; this shares the index.
const directories = new WeakMap<Manifest, Map<Audience, Directory>>();

/**
 * The {@link Directory} of `manifest` for `audience`, made once per manifest and audience (the
 * first caller's `locale` sorts it).
 */
export function directoryFor(manifest: Manifest, audience: Audience, locale: string | undefined): Directory {
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
 * The loader's warnings as a page of `audience` may show them: a public page's events and
 * console name places, never what an internal entry says.
 */
export function audienceWarnings(warnings: readonly ManifestIssue[], audience: Audience): ManifestIssue[] {
  return audience === 'public' ? warnings.map(placeOnly) : [...warnings];
}

/** A manifest loaded for a page of one audience: see {@link loadForAudience}. */
export interface AudienceLoad {
  /** The directory for the audience. */
  readonly directory: Directory;
  /** The loader's warnings as a page of the audience may show them ({@link audienceWarnings}). */
  readonly warnings: readonly ManifestIssue[];
  /** How many people of the manifest the audience left out (an internal manifest on a public page). */
  readonly peopleLeftOut: number;
  /** Set when the network failed and the last saved copy is used: when it was saved. */
  readonly staleSince: Date | undefined;
  /** Set with `staleSince`: why the latest copy could not be loaded. */
  readonly staleReason: 'network' | 'timeout' | 'http' | undefined;
}

/**
 * `loadManifest`, then the directory and warnings for `audience`: the whole load of the worker
 * source, the same in its worker and on the main thread.
 */
export async function loadForAudience(
  src: string | object,
  options: {
    audience: Audience;
    locale: string | undefined;
    reload: boolean;
    signal?: AbortSignal | undefined;
    /** `src`'s fetch, already under way (`startFetch`) or done (a text handed to the worker). */
    fetching?: Promise<Fetched> | undefined;
  },
): Promise<AudienceLoad> {
  const { audience, locale, reload, signal, fetching } = options;
  const loadOptions = { reload, ...(signal === undefined ? {} : { signal }) };
  const result = await (fetching === undefined || typeof src !== 'string'
    ? loadManifest(src, loadOptions)
    : loadFetched(src, fetching, loadOptions));
  const directory = directoryFor(result.manifest, audience, locale);
  return {
    directory,
    warnings: audienceWarnings(result.warnings, audience),
    peopleLeftOut: result.manifest.people.length - directory.people.length,
    staleSince: result.staleSince,
    staleReason: result.staleReason,
  };
}
