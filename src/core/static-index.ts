/**
 * The static index's format (`social-directory index`, issue 18): what each person's search
 * record holds, the head file, and the per-person records. Pure data from a {@link Directory},
 * so the CLI writes it (with Pagefind) and a browser data source reads the same shapes; the
 * search engine itself stays out of the core.
 * @module
 */
import { personRef, type PersonRef, type SourceHead } from './source.js';
import { topicAsks, topicOwners } from './topic-owners.js';
import { forAudience } from './manifest/audience.js';
import type { Directory } from './directory.js';
import type { Audience, Manifest, Person } from './manifest/schema.js';
import { FACET_DIMENSIONS, pushSearchedParts, visitFacetValues, type Facets, type SearchedParts } from './search.js';
import { foldText } from './text.js';

/**
 * The version of the index's layout (head file, records, meta keys). A reader refuses a
 * greater one, as the loader refuses a newer manifest. Format 3 split format 2's `contacts.json`
 * into `asks.json` and `contacts/<topic-id>.json`; format 2 had given records to format 1's ids.
 */
export const INDEX_FORMAT = 3;

/** The oldest format whose contacts the contact finder reads (`asks.json`, `contacts/`). */
export const INDEX_CONTACTS_FORMAT = 3;

/** The head file's name in the index folder. */
export const INDEX_HEAD_FILE = 'head.json';

/** The folder of per-person records in the index folder: `people/<id>.json`. */
export const INDEX_PEOPLE_FOLDER = 'people';

/** The folder Pagefind's files go to in the index folder (`pagefind/pagefind.js` is its browser API). */
export const INDEX_SEARCH_FOLDER = 'pagefind';

/** The Pagefind filters of every record: the directory's facets, under the same names. */
export type IndexFilters = { readonly [K in keyof Facets]: readonly string[] };

/** One person as a Pagefind custom record (`addCustomRecord`). */
export interface IndexRecord {
  /** The person's id (not part of Pagefind's record: `meta.person` has it). */
  readonly id: string;
  /** A stable key: `?person=<id>`, the directory's own link to the person. */
  readonly url: string;
  /**
   * The text search matches: the name and what `pushSearchedParts` lists, then the words that
   * accent folding changes, folded (`foldText`: Pagefind folds "ë" but not "Ł", and the
   * directory finds "Łukasz" by "lukasz").
   */
  readonly content: string;
  /**
   * `title` (the name, Pagefind's convention) and `id` (`people/<id>.json` has the rest). No
   * more: Pagefind indexes every meta value as searchable text, so a card's fields here would
   * make emails and phone numbers searchable, which `Directory.search` deliberately is not.
   */
  readonly meta: Readonly<Record<'title' | 'id', string>>;
  /** The values of each facet (`champion`: `["true"]` for champions, else none). */
  readonly filters: IndexFilters;
  /**
   * `name`: the person's place in the directory's name order (collation included), zero-padded.
   * `group`: their department's place in the departments' order (people without one last), then
   * `name`: the order of grouped results (`SearchOrder.grouped`).
   */
  readonly sort: Readonly<Record<'name' | 'group', string>>;
}

/**
 * The folder of the lists that answer searches without text (everyone, and each filter value on
 * its own) in name order: `lists/<key>/<page>.json`, {@link INDEX_LIST_PAGE} rows a file. Pagefind
 * answers these slowly at scale (everyone sorted by name: 5–9 s at 100,000 people, one
 * department 3.5–4.6 s), and they are every directory's first view.
 */
export const INDEX_LISTS_FOLDER = 'lists';

/** How many rows a list file holds. */
export const INDEX_LIST_PAGE = 100;

/**
 * A person as a list file holds them: what the directory draws (`PersonRow`), their manager by
 * reference. The same values as their `people/<id>.json`, so a list holds nothing the audience's
 * records do not.
 */
export interface IndexRow {
  /** The person, every field of the audience (`IndexPerson.person`). */
  readonly person: Person;
  /** Their manager (`IndexPerson.reportingLine`'s last). */
  readonly manager?: PersonRef;
  /** How many people report to them directly. */
  readonly reportCount: number;
}

/**
 * The folder of everyone's rows in name order, {@link INDEX_ROWS_PAGE} a file: `rows/<n>.json`
 * holds the people of ranks `n * INDEX_ROWS_PAGE` on ({@link IndexRowsPage}). A text result's
 * row is read from it by the rank the facet table gives, one request where Pagefind's fragment
 * (for the id) and then `people/<id>.json` were two, one after the other.
 */
export const INDEX_ROWS_FOLDER = 'rows';

/**
 * How many rows a file of `rows/` holds. A screen's 48 text results are scattered in the name
 * order, so each is about one file whatever its size, and the size is the bytes a result costs:
 * ~3 KB gzipped at 25 (at 100, everyone's list files, ~9–11 KB). Smaller files are more of
 * them; larger ones are shared more by results close in the name order (`docs/architecture.md`
 * has the measurements).
 */
export const INDEX_ROWS_PAGE = 25;

/** `rows/<n>.json`: rows of everyone in name order, from rank `n * rowsPage` (the head's). */
export interface IndexRowsPage {
  /** {@link INDEX_FORMAT}. */
  readonly format: number;
  /** The rows, as everyone's list holds them. */
  readonly rows: readonly IndexRow[];
}

/** `lists/<key>/<page>.json`: a page of a list; the first page also has the list's size and facets. */
export interface IndexListPage {
  /** {@link INDEX_FORMAT}. */
  readonly format: number;
  /** How many people the list holds (first page). */
  readonly total?: number;
  /** The facet counts of the search the list answers, as `Directory.search` gives them (first page). */
  readonly facets?: Facets;
  /**
   * This page's people in name order, as rows (format 2): the first screen is one file, where
   * a record per row cost a request each (48 behind the first screen, each a round trip).
   */
  readonly rows?: readonly IndexRow[];
  /** Format 1: this page's people's ids only, in name order (each row is their record). */
  readonly ids?: readonly string[];
}

/**
 * The key of the list answering a search without text that filters at most one dimension by one
 * value (`all` for none), or `undefined` when no list answers it. Values are named by their place
 * among everyone's facet values (the head's `facets`), so keys are safe file names.
 */
export function indexListKey(facets: Facets, dimension?: keyof Facets, value?: string): string | undefined {
  if (dimension === undefined) return 'all';
  if (dimension === 'champion') return value === 'true' && facets.champion > 0 ? 'champion' : undefined;
  const place = Object.keys(facets[dimension]).indexOf(value ?? '');
  return place < 0 ? undefined : `${dimension}-${place}`;
}

/** Every list of a directory's index: its key, its people in name order, and its facets. */
export function* indexLists(
  directory: Directory,
): Generator<{ readonly key: string; readonly ids: readonly string[]; readonly facets: Facets }> {
  const everyone = directory.facets;
  yield { key: 'all', ids: directory.people.map((person) => person.id), facets: everyone };
  for (const dimension of FACET_DIMENSIONS) {
    for (const value of Object.keys(everyone[dimension])) {
      const { people, facets } = directory.search({ [dimension]: value });
      yield { key: indexListKey(everyone, dimension, value) as string, ids: people.map((p) => p.id), facets };
    }
  }
  if (everyone.champion > 0) {
    const { people, facets } = directory.search({ champion: true });
    yield { key: 'champion', ids: people.map((p) => p.id), facets };
  }
}

/** The file of what topic owners are happy to be asked about, in the index folder ({@link IndexAsks}). */
export const INDEX_ASKS_FILE = 'asks.json';

/** The folder of each topic's owners in the index folder: `contacts/<topic-id>.json` ({@link IndexTopicContacts}). */
export const INDEX_CONTACTS_FOLDER = 'contacts';

/**
 * `head.json`: what a directory needs before or without any person — the organization,
 * departments, topics, and the facets over everyone (the filters' first counts). Its size does
 * not grow with the people: it is fetched before the first results.
 */
export interface IndexHead extends SourceHead {
  /** {@link INDEX_FORMAT}. */
  readonly format: number;
  /** Which audience the index was built for. */
  readonly audience: Audience;
  /**
   * How many rows a file of `rows/` holds ({@link INDEX_ROWS_PAGE} when written); absent in an
   * index written before `rows/`, whose text results a reader takes from everyone's list.
   */
  readonly rowsPage?: number;
}

/** `people/<id>.json`: a person and their place in the organization (a person page, a signature). */
export interface IndexPerson {
  /** {@link INDEX_FORMAT}. */
  readonly format: number;
  /** The person, every field of the audience. */
  readonly person: Person;
  /** Their managers, top first (`PersonPage.reportingLine`): their own manager is the last. */
  readonly reportingLine: readonly PersonRef[];
  /** Who reports to them, by name; their peers are their manager's `reports`. */
  readonly reports: readonly PersonRef[];
  /** How many people are under them, transitively. */
  readonly teamSize: number;
  /** Who leads their department, if anyone in this audience. */
  readonly lead?: PersonRef;
  /** The ids of the topics they own (those they name and those that name them). */
  readonly topics: readonly string[];
}

// Fields no page of the index shows: the HR system's key is for re-imports only.
const withoutHrKey = (person: Person): Person => {
  if (person.employeeNumber === undefined) return person;
  const { employeeNumber: _hrKey, ...rest } = person;
  return rest;
};

/**
 * Every person's search record, in the directory's name order. The content mirrors what
 * `Directory.search` matches, and the filters its facets, so both sources find the same people.
 */
export function* indexRecords(directory: Directory): Generator<IndexRecord> {
  const digits = String(directory.people.length).length;
  const departments = new Map(directory.departments.map((department, place) => [department.id, place]));
  const groupDigits = String(departments.size).length;
  const parts: SearchedParts<string> = {
    text: (text) => text,
    department: (id) => directory.department(id)?.name ?? '',
    topic: (id) => directory.topic(id)?.label ?? '',
    handle: (handle) => handle,
  };
  let rank = 0;
  for (const person of directory.people) {
    const name = String(rank++).padStart(digits, '0');
    const group = departments.get(person.department ?? '') ?? departments.size;
    const found = [person.name];
    pushSearchedParts(person, parts, found);
    const content = found.filter((text) => text !== '').join('\n');
    const words = new Set(content.toLowerCase().split(/\s+/));
    const folded = foldText(content)
      .split(' ')
      .filter((word) => !words.has(word));
    yield {
      id: person.id,
      url: `?person=${person.id}`,
      content: folded.length === 0 ? content : `${content}\n${[...new Set(folded)].join(' ')}`,
      meta: { title: person.name, id: person.id },
      filters: filtersOf(person),
      sort: { name, group: `${String(group).padStart(groupDigits, '0')}${name}` },
    };
  }
}

/** A person's Pagefind filters: the directory's facet values (each once), and champions. */
function filtersOf(person: Person): IndexFilters {
  const values = {
    department: new Set<string>(),
    network: new Set<string>(),
    topic: new Set<string>(),
    location: new Set<string>(),
  };
  visitFacetValues(person, (dimension, value) => values[FACET_DIMENSIONS[dimension]!].add(value));
  return {
    department: [...values.department],
    network: [...values.network],
    topic: [...values.topic],
    location: [...values.location],
    champion: person.champion ? ['true'] : [],
  };
}

/** The head file of a directory's index. */
export function indexHead(directory: Directory, audience: Audience): IndexHead {
  return {
    format: INDEX_FORMAT,
    audience,
    rowsPage: INDEX_ROWS_PAGE,
    organization: directory.organization,
    departments: directory.departments,
    topics: directory.topics,
    people: directory.people.length,
    facets: directory.facets,
  };
}

/** Per topic id, what its owners are happy to be asked about (`topicAsks`), in routing's order. */
export type IndexAskTable = Readonly<Record<string, readonly string[]>>;

/**
 * `asks.json`: the one thing routing reads of every topic owner to rank topics, their "ask me
 * about" entries, per topic. With it and the head, the contact finder knows which topics answer
 * a question before it fetches anyone; it then fetches those topics' owners
 * ({@link IndexTopicContacts}) and answers as from the whole manifest. Small next to the
 * owners' records: each entry once per topic, whoever says it.
 */
export interface IndexAsks {
  /** {@link INDEX_FORMAT}. */
  readonly format: number;
  /** For the index's audience. */
  readonly topics: IndexAskTable;
  /**
   * In an internal index: the table for a public page reading it (public topics, public owners, the fields the
   * organization shows publicly). Absent from a public index, whose `topics` are that already.
   */
  readonly public?: IndexAskTable;
}

/**
 * `contacts/<topic-id>.json`: the people who own one topic (`topicOwners`), each as their own
 * record has them (`people/<id>.json`), in manifest order: the people routing answers with for
 * that topic, fetched only when an answer lists it. Format 3; format 2 had every topic's owners
 * in one `contacts.json`, which the finder fetched before the first question (975 KB gzipped at
 * 100,000 people).
 */
export interface IndexTopicContacts {
  /** {@link INDEX_FORMAT}. */
  readonly format: number;
  /** The topic's owners, every field of the index's audience, in manifest order. */
  readonly people: readonly Person[];
  /**
   * Each person's place in the manifest's people, in the same order: the files of several topics merge back into
   * manifest order, the order in which routing lists a topic's volunteers.
   */
  readonly places: readonly number[];
}

const askTable = (manifest: Manifest): IndexAskTable => Object.fromEntries(topicAsks(topicOwners(manifest)));

/** The ask file of a directory's index (its manifest is the index's audience's). */
export function indexAsks(directory: Directory, audience: Audience): IndexAsks {
  const { manifest } = directory;
  return {
    format: INDEX_FORMAT,
    topics: askTable(manifest),
    ...(audience === 'internal' ? { public: askTable(forAudience(manifest, 'public')) } : {}),
  };
}

/** Each topic's contacts file of a directory's index, by topic id, in the topics' order. */
export function* indexTopicContacts(directory: Directory): Generator<[string, IndexTopicContacts]> {
  const { manifest } = directory;
  const places = new Map(manifest.people.map((person, place) => [person.id, place]));
  for (const [id, { people }] of topicOwners(manifest)) {
    const owners = people
      .map((person) => [places.get(person.id) as number, person] as const)
      .sort((a, b) => a[0] - b[0]);
    yield [
      id,
      {
        format: INDEX_FORMAT,
        people: owners.map(([, person]) => withoutHrKey(person)),
        places: owners.map(([p]) => p),
      },
    ];
  }
}

/**
 * The owners of several topics ({@link IndexTopicContacts}) as one list in manifest order, each
 * person once: what {@link indexManifest} takes so that routing lists them as the whole manifest does.
 */
export function mergeTopicContacts(files: readonly IndexTopicContacts[]): Person[] {
  const byPlace = new Map<number, Person>();
  for (const { people, places } of files) people.forEach((person, at) => byPlace.set(places[at] as number, person));
  return [...byPlace].sort((a, b) => a[0] - b[0]).map(([, person]) => person);
}

/**
 * A manifest of the index's organization with only some of its people (the owners of the topics
 * an answer lists, or the one person a signature is for): what the elements that read a manifest
 * need to run unchanged from a static index. Routing gives the same answers as from the whole
 * manifest when it also has every owner's "ask me about" entries ({@link IndexAsks}); a link to
 * someone left out (a manager, a lead) reads as none.
 */
export function indexManifest(head: SourceHead, people: readonly Person[]): Manifest {
  return {
    version: 1,
    organization: head.organization,
    departments: [...head.departments],
    topics: [...head.topics],
    people: [...people],
  };
}

/** A person's row in the list files, or `undefined` when the directory has no one with this id. */
export function indexRow(directory: Directory, id: string): IndexRow | undefined {
  const person = directory.person(id);
  if (person === undefined) return undefined;
  const manager = directory.manager(id);
  return {
    person: withoutHrKey(person),
    ...(manager === undefined ? {} : { manager: personRef(manager) }),
    reportCount: directory.reportCount(id),
  };
}

/** A person's record (`people/<id>.json`), or `undefined` when the directory has no one with this id. */
export function indexPerson(directory: Directory, id: string): IndexPerson | undefined {
  const page = directory.personPage(id);
  if (page === undefined) return undefined;
  return {
    format: INDEX_FORMAT,
    person: withoutHrKey(page.person),
    reportingLine: page.reportingLine.map(personRef),
    reports: page.reports.map(personRef),
    teamSize: page.teamSize,
    ...(page.lead === undefined ? {} : { lead: personRef(page.lead) }),
    topics: page.topics.map((topic) => topic.id),
  };
}

/**
 * `facets.json`, the facet table: each Pagefind page's facet values, so a reader filters and
 * counts text results itself and never loads Pagefind's filter files. Pagefind 1.6 counts a
 * filter value by a linear `Vec::contains` over the results (`get_filters`), for every loaded
 * filter on every search: at 100,000 people a keystroke took 1–12 s with the filter files
 * loaded, 0.06–0.8 s without (`docs/development.md`).
 */
export const INDEX_FACETS_FILE = 'facets.json';

/**
 * The facet table's file. Both strings list the people in the directory's name order (the
 * sort key `name`), so a person's place is their rank in it; `pages[rank]` and
 * `values[rank]` are theirs, each entry ended by a space.
 */
export interface IndexFacetTable {
  /** {@link INDEX_FORMAT}. */
  readonly format: number;
  /** Pagefind's page ids (a result's `id`, the hash naming its fragment file), one per person. */
  readonly pages: string;
  /**
   * Each person's facet values, one character per value (see {@link facetValues}): a code of
   * their place among every value, so the file holds no value itself, only places in the head.
   */
  readonly values: string;
}

/** A facet value as a place: its dimension (`FACET_DIMENSIONS`, then 4: champion) and its name. */
export interface FacetValue {
  readonly dimension: number;
  readonly value: string;
}

/**
 * Every facet value in the order the facet table numbers them: each dimension's values in the
 * order of the head's facets (`Object.keys`), then champion (`"true"`) last.
 */
export function facetValues(facets: Facets): readonly FacetValue[] {
  const values: FacetValue[] = [];
  FACET_DIMENSIONS.forEach((dimension, d) => {
    for (const value of Object.keys(facets[dimension])) values.push({ dimension: d, value });
  });
  values.push({ dimension: FACET_DIMENSIONS.length, value: 'true' });
  return values;
}

// One character per value, from "!" on (below is the space that ends an entry), past the
// surrogates (a lone one is not valid text): up to 63,454 values, one UTF-8 byte for the first 94.
const FIRST_CODE = 0x21;
const SURROGATES = 0xd800;
const PAST_SURROGATES = 0x800;
const MAX_VALUES = 0xffff - PAST_SURROGATES - FIRST_CODE + 1;

/**
 * The facet table of a directory whose Pagefind records (`indexRecords`, in name order) were
 * given the page ids `pages`, in the same order.
 */
export function indexFacetTable(directory: Directory, pages: readonly string[]): IndexFacetTable {
  const all = facetValues(directory.facets);
  if (all.length > MAX_VALUES)
    throw new Error(`${all.length} distinct filter values: the facet table codes at most ${MAX_VALUES}.`);
  const places = FACET_DIMENSIONS.map(() => new Map<string, number>());
  all.forEach(({ dimension, value }, place) => places[dimension]?.set(value, place));
  const char = (place: number) => {
    const code = place + FIRST_CODE;
    return String.fromCharCode(code < SURROGATES ? code : code + PAST_SURROGATES);
  };
  const champion = char(all.length - 1);
  let values = '';
  for (const person of directory.people) {
    const own = new Set<string>();
    visitFacetValues(person, (dimension, value) => own.add(char(places[dimension]?.get(value) ?? 0)));
    values += `${[...own].join('')}${person.champion ? champion : ''} `;
  }
  return { format: INDEX_FORMAT, pages: pages.map((page) => `${page} `).join(''), values };
}

/** A facet table read: each person's rank by page id, and their values' places. */
export interface FacetTable {
  /** A Pagefind page id's rank in the name order, or `undefined` when the table has no such page. */
  rank(page: string): number | undefined;
  /** Where each rank's values start in `values` (one more entry than people). */
  readonly starts: Int32Array;
  /** Every person's values' places, one after the other. */
  readonly values: Uint16Array;
}

/** FNV-1a of `text` from `start` to `end`: the slot of a page id in the table's lookup. */
function pageHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

// People read between two pauses: ~10 ms of work on a loaded 2-core machine, so reading the
// table of 100,000 people (30–66 ms in one go) leaves the page's main thread free every few ms.
const READ_SLICE = 20_000;

/**
 * Reads the facet table of `people` people in one pass over each string, allocating no string
 * per page or value (a `Map` of 100,000 page ids took 90–150 ms here), in slices with a pause
 * between them: no long task on the page's main thread.
 */
export async function readFacetTable(
  table: IndexFacetTable,
  people: number,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve)),
): Promise<FacetTable> {
  const { pages, values: text } = table;
  const mask = (1 << Math.ceil(Math.log2(people * 2 + 2))) - 1;
  // Slot: rank + 1 (0 is free). `at`: where each rank's id starts in `pages`.
  const slots = new Int32Array(mask + 1);
  const at = new Int32Array(people + 1);
  const starts = new Int32Array(people + 1);
  const values = new Uint16Array(text.length);
  let page = 0;
  let i = 0;
  for (let rank = 0; rank < people; rank++) {
    if (rank % READ_SLICE === READ_SLICE - 1) await pause();
    const end = pages.indexOf(' ', page);
    if (end < 0) throw new Error(`The facet table lists ${rank} pages for ${people} people.`);
    let slot = pageHash(pages, page, end) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = rank + 1;
    at[rank] = page;
    page = end + 1;
    let count = starts[rank] as number;
    for (let code = text.charCodeAt(i++); code !== 0x20; code = text.charCodeAt(i++)) {
      if (Number.isNaN(code)) throw new Error(`The facet table has values for ${rank} of ${people} people.`);
      values[count++] = (code < SURROGATES ? code : code - PAST_SURROGATES) - FIRST_CODE;
    }
    starts[rank + 1] = count;
  }
  at[people] = pages.length;
  return {
    rank(page) {
      for (let slot = pageHash(page, 0, page.length) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
        const rank = (slots[slot] as number) - 1;
        const start = at[rank] as number;
        if ((at[rank + 1] as number) - start === page.length + 1 && pages.startsWith(page, start)) return rank;
      }
      return undefined;
    },
    starts,
    values,
  };
}
