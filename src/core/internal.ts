/**
 * What the CLI and the elements share with the core beyond the published entries: helpers that
 * are rules of this repository, not API for users (so they stay out of `social-directory/core`
 * and its API report). Not listed in package.json `exports`.
 * @internal
 * @module
 */
export { formatPath, issue, placeOnly } from './manifest/issues.js';
export { LIST_LIMITS } from './manifest/schema.js';
export { withoutControls } from './safe.js';
export { createWordFolder, foldLetters } from './text.js';
export { decodeManifestBytes, describeEncodingProblem } from './manifest/encoding.js';
export { fetchManifest, startFetch } from './manifest/load.js';
export { breakHierarchyCycles } from './manifest/hierarchy.js';
export { nameOrder } from './directory.js';
export { audienceWarnings, directoryFor, loadForAudience } from './audience-directory.js';
export { reportingLinesOf } from './hierarchy.js';
export {
  INDEX_FORMAT,
  INDEX_ASKS_FILE,
  INDEX_CONTACTS_FOLDER,
  INDEX_FACETS_FILE,
  INDEX_HEAD_FILE,
  INDEX_LIST_PAGE,
  INDEX_LISTS_FOLDER,
  INDEX_PEOPLE_FOLDER,
  INDEX_ROWS_FOLDER,
  INDEX_ROWS_PAGE,
  INDEX_SEARCH_FOLDER,
  indexAsks,
  indexFacetTable,
  indexHead,
  indexLists,
  indexPerson,
  indexRecords,
  indexRow,
  indexTopicContacts,
  type IndexHead,
  type IndexListPage,
  type IndexRow,
  type IndexPerson,
  type IndexRecord,
} from './static-index.js';
