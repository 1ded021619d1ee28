/**
 * The headless SDK (`social-directory/core`): load and validate a manifest, normalize
 * profiles, filter by audience, and search. No DOM and no lit: it runs in browsers, workers
 * and Node. Email signatures and vCards are in `social-directory/core/signature` and
 * `social-directory/core/vcard`, structured data in `social-directory/core/jsonld`, routing in
 * `social-directory/core/contact`: separate entries, so a page that only lists people does not
 * carry them. The zod schemas themselves are in `social-directory/core/schema`.
 * @module
 */
export {
  MANIFEST_VERSION,
  type Audience,
  type Channel,
  type Department,
  type Manifest,
  type ManifestInput,
  type Organization,
  type Person,
  type PersonField,
  type Profile,
  type ProfileInput,
  type Topic,
} from './manifest/schema.js';
export {
  ManifestError,
  type ManifestErrorCode,
  type ManifestErrorDetails,
  type ManifestIssue,
} from './manifest/issues.js';
export { validateManifest, type ValidateOptions, type ValidationResult } from './manifest/validate.js';
export { loadManifest, parseJson, type LoadOptions, type LoadResult } from './manifest/load.js';
export { clearManifestCache } from './manifest/cache.js';
export { forAudience, DEFAULT_PUBLIC_FIELDS } from './manifest/audience.js';
export { toManifestEntry, writeProfile, type PersonInput } from './manifest/entry.js';
export {
  NETWORK_IDS,
  NETWORKS,
  isNetworkId,
  resolveProfile,
  type Network,
  type NetworkId,
  type ProfileResolution,
} from './networks.js';
export { safeUrl, escapeHtml, telUri, mailtoUrl } from './safe.js';
export { personUrl, PERSON_PARAM } from './person-link.js';
export { foldText } from './text.js';
export { Directory, createDirectory, type DirectoryOptions, type PersonPage } from './directory.js';
export type { SearchQuery, SearchResult, Facets, FilterValue } from './search.js';
export { orgChartRows, orgChartTops, orgChartPathTo, type OrgRow } from './org-chart.js';
export {
  UPDATE_VERSION,
  PERSON_OWNED_FIELDS,
  SOURCE_OWNED_FIELDS,
  isPersonOwned,
  validateUpdate,
  createUpdate,
  applyUpdates,
  type Update,
  type PersonOwnedField,
  type SourceOwnedField,
  type UpdateInput,
  type UpdateChanges,
  type UpdateValidation,
  type PersonOwnedDraft,
  type AppliedUpdate,
  type RefusedUpdate,
  type SupersededChange,
  type UpdateReport,
  type ManifestDocument,
} from './update.js';
