/**
 * The static index as a {@link DirectorySource} (issue 18): `social-directory index`'s folder,
 * served by any web server or CDN, read in a page or a worker. `head.json` answers what a page
 * shows before a search; Pagefind's own browser API (`pagefind/pagefind.js`, imported from the
 * index's folder from the first search on) finds people by text, never given a filter;
 * `facets.json` filters and counts (each Pagefind page's facet values) and gives each text
 * result's rank in the name order; `rows/` gives text results' rows by that rank; `lists/` answer
 * searches without text with their rows; `people/<id>.json` gives each person's page.
 * @module
 */
import type { PersonPage } from './directory.js';
import type { Audience, Person } from './manifest/schema.js';
import type { Facets, FilterValue, SearchQuery } from './search.js';
import type {
  Answer,
  DirectorySource,
  PersonRef,
  PersonRow,
  ResultGroup,
  SearchOrder,
  SourceHead,
  SourceResults,
} from './source.js';
import {
  INDEX_ASKS_FILE,
  INDEX_CONTACTS_FOLDER,
  INDEX_CONTACTS_FORMAT,
  facetValues,
  INDEX_FACETS_FILE,
  INDEX_FORMAT,
  INDEX_HEAD_FILE,
  INDEX_LIST_PAGE,
  INDEX_LISTS_FOLDER,
  INDEX_PEOPLE_FOLDER,
  INDEX_ROWS_FOLDER,
  INDEX_SEARCH_FOLDER,
  indexListKey,
  readFacetTable,
  type IndexAsks,
  type IndexTopicContacts,
  type FacetTable,
  type IndexFacetTable,
  type IndexHead,
  type IndexListPage,
  type IndexPerson,
  type IndexRow,
  type IndexRowsPage,
} from './static-index.js';
import { foldText } from './text.js';

/** Options for {@link staticIndexSource}. */
export interface StaticIndexOptions {
  /** Aborts reading the head file and every later request for a person's record. */
  readonly signal?: AbortSignal;
  /**
   * Fetches the head file and the people's records (default: the global `fetch`). Pagefind's
   * own files are fetched by Pagefind, with the global `fetch`.
   */
  readonly fetch?: typeof fetch;
}

// The part of Pagefind's browser API (1.x) this source uses: never its filters (see `tally`).
interface PagefindResult {
  /** The page's id: the hash naming its fragment, the facet table's key (never its `data()`: see `search`). */
  readonly id: string;
}
interface Pagefind {
  search(term: string, options: Record<string, never>): Promise<{ readonly results: readonly PagefindResult[] }>;
}
interface PagefindModule {
  createInstance(options: { basePath: string }): Pagefind;
}

/** The filters a query can set, Pagefind's filter names being the facets' (`IndexFilters`). */
const DIMENSIONS = ['department', 'network', 'topic', 'location', 'champion'] as const;
type Dimension = (typeof DIMENSIONS)[number];

/**
 * Reads a static index written by `social-directory index` at `url` (a folder: `head.json`,
 * `people/`, `pagefind/`; relative URLs resolve against the page's). Resolves once `head.json` is
 * read; rejects with an error naming the file and the reason when it cannot be fetched, is not
 * JSON, or has a newer format than this version reads.
 *
 * Its answers follow `Directory.search` where Pagefind allows: every word must match (Pagefind
 * matches words by prefix and stem, where the directory also matches inside words), filters
 * narrow, and facets count each filter value with the other filters as they are (counted from
 * `facets.json` in one pass over the matches, not by Pagefind). Without text, people come
 * in the directory's name order; with text, as Pagefind ranks them; grouped, by department and
 * then by name. Rows are fetched when {@link SourceResults.load} asks for them, so a search
 * nobody shows costs no row's file.
 *
 * The index keeps only a {@link PersonRef} of the people a person's page mentions (reporting
 * line, reports, peers, lead): on {@link PersonPage} they are minimal `Person`s, with no
 * profiles, topics, "ask me about" or languages, `champion` false and `visibility` the index's
 * audience. Fetch the person's own page for the rest.
 *
 * @example
 * const source = await staticIndexSource('/people-index/');
 * const results = await source.search({ text: 'zoe', department: 'editorial' });
 * await results.load(0, 24);
 * results.row(0)?.person.name;
 */
export async function staticIndexSource(url: string, options: StaticIndexOptions = {}): Promise<DirectorySource> {
  const reader = new IndexReader(indexBase(url), options);
  // Everyone's first list file, most visits' first screen, beside the head rather than after it:
  // a round trip less before the first results (~0.2 s under a phone's latency). A page whose
  // first search is filtered (its URL's state) does not use it: one list file (~11 KB gzipped).
  const everyone = reader.listPage('all', 0, true);
  everyone.catch(() => undefined);
  const head = await reader.head();
  return new StaticIndexSource(reader, head, everyone);
}

/**
 * What the contact finder routes with, from a static index (`index` on `<social-contact-finder>`):
 * the head file at once; the ask table and each topic's owners only when a question needs them.
 * @internal
 */
export interface StaticIndexContacts {
  /** The head file. */
  readonly head: IndexHead;
  /** `asks.json` ({@link IndexAsks}), fetched once. */
  asks(): Promise<IndexAsks>;
  /** `contacts/<topic-id>.json` ({@link IndexTopicContacts}), fetched once per topic. */
  owners(topic: string): Promise<IndexTopicContacts>;
}

/**
 * Reads a static index's contacts (see {@link StaticIndexContacts}): resolves once the head file
 * is read. Rejects as {@link staticIndexSource} does, and when the index predates `asks.json`
 * and `contacts/` (formats 1 and 2: write it again).
 * @internal
 */
export async function staticIndexContacts(url: string, options: StaticIndexOptions = {}): Promise<StaticIndexContacts> {
  const reader = new IndexReader(indexBase(url), options);
  const head = await reader.head();
  if (head.format < INDEX_CONTACTS_FORMAT)
    throw new Error(
      `The static index at ${reader.base.href} has format ${head.format}, whose contacts this version of ` +
        `social-directory no longer reads (it reads ${INDEX_CONTACTS_FOLDER}/ of format ${INDEX_CONTACTS_FORMAT} ` +
        'and newer). Write it again with social-directory index.',
    );
  return { head, asks: () => reader.asks(), owners: (topic) => reader.topicContacts(topic) };
}

/** The folder of an index as a URL ending in `/`, relative URLs resolved against the page's. */
function indexBase(url: string): URL {
  try {
    return new URL(url.endsWith('/') ? url : `${url}/`, globalThis.location?.href);
  } catch {
    throw new Error(`"${url}" is not a URL of a static index (outside a page, give an absolute URL).`);
  }
}

export { indexManifest } from './static-index.js';

/**
 * A person the index mentions only by reference, as a minimal `Person`: the one place the
 * fields a `PersonRef` lacks are filled in (no profiles, topics, "ask me about" or languages,
 * not a champion, visible to the index's audience).
 * @internal
 */
export function mentioned(ref: PersonRef, audience: Audience): Person {
  return {
    id: ref.id,
    name: ref.name,
    ...(ref.title === undefined ? {} : { title: ref.title }),
    ...(ref.photo === undefined ? {} : { photo: ref.photo }),
    profiles: [],
    topics: [],
    askMeAbout: [],
    languages: [],
    champion: false,
    visibility: audience,
  };
}

/** Fetches the index's JSON files, with errors that say which file and what went wrong. */
class IndexReader {
  readonly #base: URL;
  readonly #fetch: typeof fetch;
  readonly #signal: AbortSignal | undefined;
  readonly #people = new Map<string, Promise<IndexPerson | undefined>>();
  readonly #asks = new Map<string, Promise<IndexAsks>>();
  readonly #contacts = new Map<string, Promise<IndexTopicContacts>>();

  constructor(base: URL, options: StaticIndexOptions) {
    this.#base = base;
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#signal = options.signal;
  }

  get base(): URL {
    return this.#base;
  }

  async head(): Promise<IndexHead> {
    const file = new URL(INDEX_HEAD_FILE, this.#base).href;
    const head = (await this.#json(file, false)) as Partial<IndexHead> | null;
    if (typeof head?.format !== 'number')
      throw new Error(`${file} is not the head file of a social-directory index (it has no "format").`);
    const { format } = head;
    if (format > INDEX_FORMAT)
      throw new Error(
        `The static index at ${this.#base.href} has format ${format}; this version of social-directory reads format ${INDEX_FORMAT} and older. Update social-directory.`,
      );
    if (!Array.isArray(head.departments) || !Array.isArray(head.topics) || typeof head.facets !== 'object')
      throw new Error(
        `${file} is not the head file of a social-directory index (its departments, topics or facets are missing).`,
      );
    return head as IndexHead;
  }

  /** `asks.json`, fetched once. */
  asks(): Promise<IndexAsks> {
    return loadOnce(this.#asks, '', async () => {
      const file = this.file(INDEX_ASKS_FILE);
      const asks = (await this.#json(file, false)) as Partial<IndexAsks> | null;
      if (typeof asks?.topics !== 'object' || asks.topics === null)
        throw new Error(`${file} is not the ask table of a social-directory index (it has no "topics").`);
      return asks as IndexAsks;
    });
  }

  /** `contacts/<topic-id>.json`, fetched once per topic. */
  topicContacts(topic: string): Promise<IndexTopicContacts> {
    return loadOnce(this.#contacts, topic, async () => {
      const file = this.file(`${INDEX_CONTACTS_FOLDER}/${encodeURIComponent(topic)}.json`);
      const contacts = (await this.#json(file, false)) as Partial<IndexTopicContacts> | null;
      if (
        !Array.isArray(contacts?.people) ||
        !Array.isArray(contacts.places) ||
        contacts.places.length !== contacts.people.length
      )
        throw new Error(`${file} is not a topic's contacts in a social-directory index (no "people" and "places").`);
      return contacts as IndexTopicContacts;
    });
  }

  /** A page of one of the index's lists (`lists/<key>/<page>.json`). */
  async listPage(key: string, page: number, missingIsUndefined = false): Promise<IndexListPage | undefined> {
    const file = new URL(`${INDEX_LISTS_FOLDER}/${key}/${page}.json`, this.#base).href;
    const list = (await this.#json(file, missingIsUndefined)) as Partial<IndexListPage> | null | undefined;
    if (list === undefined) return undefined;
    if (list === null || typeof list !== 'object' || !(Array.isArray(list.rows) || Array.isArray(list.ids)))
      throw new Error(`${file} is not a list of the static index (no "rows").`);
    return list as IndexListPage;
  }

  /** A file of everyone's rows by rank (`rows/<n>.json`). */
  async rowsPage(page: number): Promise<IndexRowsPage> {
    const file = new URL(`${INDEX_ROWS_FOLDER}/${page}.json`, this.#base).href;
    const rows = (await this.#json(file, false)) as Partial<IndexRowsPage> | null;
    if (!Array.isArray(rows?.rows)) throw new Error(`${file} is not a file of rows of the static index (no "rows").`);
    return rows as IndexRowsPage;
  }

  /** A file's URL in the index. */
  file(name: string): string {
    return new URL(name, this.#base).href;
  }

  /** The facet table (`facets.json`), read. */
  async facetTable(people: number): Promise<FacetTable> {
    const file = this.file(INDEX_FACETS_FILE);
    const table = (await this.#json(file, true)) as Partial<IndexFacetTable> | null | undefined;
    if (table === undefined)
      throw new Error(
        `${file} is missing: the index at ${this.#base.href} was written by an earlier social-directory. Write it again with \`social-directory index\` to search it by text or several filters.`,
      );
    if (typeof table?.pages !== 'string' || typeof table.values !== 'string')
      throw new Error(`${file} is not the facet table of a social-directory index.`);
    return readFacetTable(table as IndexFacetTable, people);
  }

  /** A person's record, fetched once per id; `undefined` when the index has no such file. */
  person(id: string): Promise<IndexPerson | undefined> {
    const file = new URL(`${INDEX_PEOPLE_FOLDER}/${encodeURIComponent(id)}.json`, this.#base).href;
    return loadOnce(this.#people, id, () => this.#json(file, true) as Promise<IndexPerson | undefined>);
  }

  /** A person's row from their record, for lists that hold only ids (format 1). */
  async row(id: string, audience: Audience): Promise<PersonRow> {
    const record = await this.person(id);
    if (record === undefined)
      throw new Error(`The static index lists ${id} but has no record for them (${INDEX_PEOPLE_FOLDER}/${id}.json).`);
    const manager = record.reportingLine.at(-1);
    return rowOf(
      { person: record.person, ...(manager === undefined ? {} : { manager }), reportCount: record.reports.length },
      audience,
    );
  }

  async #json(file: string, missingIsUndefined: boolean): Promise<unknown> {
    let response: Response;
    try {
      response = await this.#fetch(file, this.#signal === undefined ? {} : { signal: this.#signal });
    } catch (error) {
      if (this.#signal?.aborted) throw error;
      throw new Error(`${file} cannot be fetched: ${(error as Error).message ?? String(error)}`, { cause: error });
    }
    if (missingIsUndefined && (response.status === 404 || response.status === 410)) return undefined;
    if (!response.ok)
      throw new Error(
        `${file} cannot be fetched: the server answered ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}.`,
      );
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
    }
  }
}

class StaticIndexSource implements DirectorySource {
  readonly head: SourceHead;
  readonly #reader: IndexReader;
  readonly #audience: Audience;
  #pagefind: Promise<Pagefind> | undefined;
  #table: Promise<FacetTable> | undefined;
  /** Pages of everyone's list, by number: the rows of results without text, by rank. */
  readonly #everyone = new Map<number, Promise<IndexListPage | undefined>>();
  /** Files of `rows/`, by number: the rows of text results, by rank. */
  readonly #ranked = new Map<number, Promise<IndexRowsPage>>();
  /** How many rows a file of `rows/` holds; `undefined` when the index has no `rows/`. */
  readonly #rowsPage: number | undefined;

  /** Everyone's first list file, asked for with the head; used once, by the first search of everyone. */
  #firstOfEveryone: Promise<IndexListPage | undefined> | undefined;

  constructor(reader: IndexReader, head: IndexHead, firstOfEveryone?: Promise<IndexListPage | undefined>) {
    this.#reader = reader;
    this.#firstOfEveryone = firstOfEveryone;
    this.#audience = head.audience;
    this.#rowsPage = typeof head.rowsPage === 'number' && head.rowsPage > 0 ? head.rowsPage : undefined;
    // The head as a source gives it: the file's own fields (format, audience, rowsPage) left out.
    const { format: _format, audience: _audience, rowsPage: _rowsPage, ...shown } = head;
    this.head = shown;
  }

  async search(query: SearchQuery, order: SearchOrder = {}): Promise<SourceResults> {
    // Pagefind (its worker, WebAssembly and `pf_meta`: four round trips one after another) loads
    // from the first search on, while a list answers the first screen, rather than at the first
    // keystroke. A failure is the first search needing it to report.
    this.#searchEngine().catch(() => undefined);
    const text = foldText(query.text ?? '');
    const term = text === '' ? null : text;
    const filtered = DIMENSIONS.filter((dimension) => filterOf(query, dimension) !== undefined);
    const grouped = order.grouped === true;
    // Without text, everyone or one filter value on its own: the index's own list answers, in
    // name order, with its facets (Pagefind takes seconds for these at scale).
    if (term === null && !grouped && filtered.length <= 1) {
      const [dimension] = filtered;
      const values = dimension === undefined ? [] : (filterOf(query, dimension) ?? []);
      const key = values.length > 1 ? undefined : indexListKey(this.head.facets, dimension, values[0]);
      const listed = key === undefined ? undefined : await this.#listed(key);
      // The facet table (80 KB gzipped at 10,000 people, 745 KB at 100,000) once the list has
      // arrived: fetched beside it, it delayed the first results (~0.1 s at 10,000, Fast 4G).
      this.#facetTable().catch(() => undefined);
      if (listed !== undefined) return listed;
    }
    // Otherwise the facet table filters and counts, over everyone without text, over Pagefind's
    // matches with text. Pagefind is never given a filter: a filter's file, once loaded, makes
    // every later search count it, for seconds at scale.
    if (term === null) {
      const table = await this.#facetTable();
      const ranks = Int32Array.from({ length: this.head.people }, (_, rank) => rank);
      return rankedResults(ranks, tally(table, this.head, query, ranks, grouped), (rank) => this.#listedRow(rank));
    }
    const pagefind = await this.#searchEngine();
    // Pagefind leaves out a word the index does not have at all ("maria zzz" finds Maria), where
    // every word must match: each word of several is looked up on its own too.
    const words = term.split(' ');
    const unknownWord =
      words.length < 2
        ? false
        : Promise.all(words.map((word) => pagefind.search(word, {}))).then((found) =>
            found.some((answer) => answer.results.length === 0),
          );
    const [missing, response, table] = await Promise.all([unknownWord, pagefind.search(term, {}), this.#facetTable()]);
    const results = missing ? [] : response.results;
    const ranks = Int32Array.from(results, (result) => {
      const rank = table.rank(result.id);
      if (rank === undefined)
        throw new Error(
          `${this.#reader.file(INDEX_FACETS_FILE)} has no page ${result.id}: it and ${INDEX_SEARCH_FOLDER}/ are from different builds of the index.`,
        );
      return rank;
    });
    // With text, in Pagefind's order (relevance); grouped, by department then name, as
    // Pagefind's sort key `group` would order them.
    // Each row by its rank: one request, where Pagefind's fragment (for the id) and then
    // `people/<id>.json` were two, one after the other, for each of a screen's 48 rows.
    return rankedResults(ranks, tally(table, this.head, query, ranks, grouped), (rank) => this.#textRow(rank));
  }

  /**
   * The row of the person at a rank in the name order, from its file of `rows/`: a screen of
   * text results is scattered in the name order, about a file a row, and these files are a
   * quarter of everyone's list's (`INDEX_ROWS_PAGE`). An index written before `rows/`: from
   * everyone's list.
   */
  async #textRow(rank: number): Promise<PersonRow> {
    const size = this.#rowsPage;
    if (size === undefined) return this.#listedRow(rank);
    const page = Math.floor(rank / size);
    const { rows } = await loadOnce(this.#ranked, page, () => this.#reader.rowsPage(page));
    const row = rows[rank % size];
    if (row === undefined)
      throw new Error(`${this.#reader.file(`${INDEX_ROWS_FOLDER}/${page}.json`)} has no rank ${rank}.`);
    return rowOf(row, this.#audience);
  }

  /**
   * The row of the person at a rank in the name order from everyone's list: for results without
   * text that no list answers, which keep people in the name order, often close together.
   */
  async #listedRow(rank: number): Promise<PersonRow> {
    const page = Math.floor(rank / INDEX_LIST_PAGE);
    const list = await loadOnce(this.#everyone, page, () => this.#reader.listPage('all', page));
    return this.#listRow(list, rank % INDEX_LIST_PAGE);
  }

  /** A list page's row at a place (a format 1 list names the person: their record is the row). */
  #listRow(list: IndexListPage | undefined, at: number): Promise<PersonRow> {
    const row = list?.rows?.[at];
    if (row !== undefined) return Promise.resolve(rowOf(row, this.#audience));
    return this.#reader.row(list?.ids?.[at] ?? '', this.#audience);
  }

  /** The facet table, fetched and read once (at the first search); a failure is not kept. */
  #facetTable(): Promise<FacetTable> {
    const table = (this.#table ??= this.#reader.facetTable(this.head.people));
    table.catch(() => {
      if (this.#table === table) this.#table = undefined;
    });
    return table;
  }

  /** The results a list of the index gives: its first page read, the others when rows ask. */
  async #listed(key: string): Promise<SourceResults | undefined> {
    // An index written before the lists existed has none: Pagefind answers, slower.
    const fetched = key === 'all' ? this.#firstOfEveryone : undefined;
    // Once: a failure is asked for again by the next search (a retry).
    if (key === 'all') this.#firstOfEveryone = undefined;
    const first = await (fetched ?? this.#reader.listPage(key, 0, true));
    if (first === undefined) return undefined;
    const pages = new Map<number, Promise<IndexListPage | undefined>>([[0, Promise.resolve(first)]]);
    const rowAt = async (position: number): Promise<PersonRow> => {
      const page = Math.floor(position / INDEX_LIST_PAGE);
      const list = await loadOnce(pages, page, () => this.#reader.listPage(key, page));
      return this.#listRow(list, position % INDEX_LIST_PAGE);
    };
    return new IndexResults({ total: first.total ?? 0, rowAt }, first.facets ?? this.head.facets, undefined);
  }

  async personPage(id: string): Promise<PersonPage | undefined> {
    const record = await this.#reader.person(id);
    if (record === undefined) return undefined;
    const { person } = record;
    const managerRef = record.reportingLine.at(-1);
    const manager = managerRef === undefined ? undefined : await this.#reader.person(managerRef.id);
    const department =
      person.department === undefined ? undefined : this.head.departments.find((d) => d.id === person.department);
    const lead =
      record.lead === undefined ? undefined : record.lead.id === id ? person : mentioned(record.lead, this.#audience);
    return {
      person,
      reportingLine: record.reportingLine.map((ref) => mentioned(ref, this.#audience)),
      reports: record.reports.map((ref) => mentioned(ref, this.#audience)),
      peers: (manager?.reports ?? []).filter((ref) => ref.id !== id).map((ref) => mentioned(ref, this.#audience)),
      teamSize: record.teamSize,
      ...(department === undefined ? {} : { department }),
      ...(lead === undefined ? {} : { lead }),
      topics: this.head.topics.filter((topic) => record.topics.includes(topic.id)),
    };
  }

  /** Pagefind's browser API for this index, imported from its folder at the first search. */
  #searchEngine(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const folder = new URL(`${INDEX_SEARCH_FOLDER}/`, this.#reader.base).href;
      const specifier = `${folder}pagefind.js`;
      let engine: PagefindModule;
      try {
        // Computed at run time from the index's URL: bundlers must leave it alone.
        engine = (await import(/* @vite-ignore */ /* webpackIgnore: true */ specifier)) as PagefindModule;
      } catch (error) {
        this.#pagefind = undefined;
        throw new Error(`${specifier} cannot be loaded: ${(error as Error).message}`, { cause: error });
      }
      return engine.createInstance({ basePath: folder });
    })();
    return this.#pagefind;
  }
}

/** The results of one search (a list's or Pagefind's), whose rows are fetched on demand. */
class IndexResults implements SourceResults {
  readonly total: number;
  readonly facets: Facets;
  readonly groups?: readonly ResultGroup[];
  readonly #rowAt: (position: number) => Promise<PersonRow>;
  readonly #rows: (PersonRow | undefined)[] = [];
  readonly #loading = new Map<number, Promise<void>>();

  constructor(
    people: { readonly total: number; readonly rowAt: (position: number) => Promise<PersonRow> },
    facets: Facets,
    groups: readonly ResultGroup[] | undefined,
  ) {
    this.#rowAt = people.rowAt;
    this.total = people.total;
    this.facets = facets;
    if (groups !== undefined) this.groups = groups;
  }

  row(position: number): PersonRow | undefined {
    return this.#rows[position];
  }

  load(start: number, end: number): Answer<void> {
    const waiting: Promise<void>[] = [];
    for (let position = Math.max(0, start); position < Math.min(end, this.total); position++) {
      if (this.#rows[position] !== undefined) continue;
      let loading = this.#loading.get(position);
      if (loading === undefined) {
        loading = this.#rowAt(position)
          .then((row) => {
            this.#rows[position] = row;
          })
          .finally(() => this.#loading.delete(position));
        this.#loading.set(position, loading);
      }
      waiting.push(loading);
    }
    // Rows at hand: answered in the same frame, as the in-memory source does.
    if (waiting.length === 0) return undefined;
    return Promise.all(waiting).then(() => undefined);
  }
}

/** A file's promise from `loading`, or `load`'s kept there; a failure is not kept (a retry fetches again). */
function loadOnce<K, T>(loading: Map<K, Promise<T>>, key: K, load: () => Promise<T>): Promise<T> {
  let file = loading.get(key);
  if (file === undefined) {
    file = load();
    file.catch(() => loading.delete(key));
    loading.set(key, file);
  }
  return file;
}

/** The results `tally` kept of people given by rank, each row read by its rank with `rowOfRank`. */
function rankedResults(
  ranks: Int32Array,
  { kept, facets, groups }: Tally,
  rowOfRank: (rank: number) => Promise<PersonRow>,
): SourceResults {
  const rowAt = (position: number) => rowOfRank(ranks[kept[position] ?? -1] ?? -1);
  return new IndexResults({ total: kept.length, rowAt }, facets, groups);
}

/** A list file's row as the directory draws it. */
function rowOf(row: IndexRow, audience: Audience): PersonRow {
  return {
    person: row.person,
    ...(row.manager === undefined ? {} : { manager: mentioned(row.manager, audience) }),
    reportCount: row.reportCount,
  };
}

/** A query's filter of one dimension as a list of values, or `undefined` when it is not set. */
function filterOf(query: SearchQuery, dimension: Dimension): readonly string[] | undefined {
  if (dimension === 'champion') return query.champion === true ? ['true'] : undefined;
  const value: FilterValue | undefined = query[dimension];
  if (value === undefined) return undefined;
  const values = typeof value === 'string' ? [value] : value;
  return values.length === 0 ? undefined : values;
}

/** What {@link tally} keeps and counts: positions in the ranks given, the facets, the groups if grouped. */
interface Tally {
  readonly kept: readonly number[];
  readonly facets: Facets;
  readonly groups: readonly ResultGroup[] | undefined;
}

/**
 * Filters people (ranks in the name order, in the order given) by a query's filters and counts
 * the facets as `Directory.search` does: a value counts the people every other dimension's filter
 * keeps, so a person failing one filter still counts towards that dimension's other values.
 * Grouped, the people kept are ordered by department (the head's order, none last), then name.
 */
function tally(table: FacetTable, head: SourceHead, query: SearchQuery, ranks: Int32Array, grouped: boolean): Tally {
  const all = facetValues(head.facets);
  const dimensionOf = Uint8Array.from(all, (value) => value.dimension);
  const accepted = new Uint8Array(all.length);
  let filtered = 0;
  DIMENSIONS.forEach((dimension, d) => {
    const values = filterOf(query, dimension);
    if (values === undefined) return;
    filtered |= 1 << d;
    all.forEach((value, place) => {
      if (value.dimension === d && values.includes(value.value)) accepted[place] = 1;
    });
  });
  const { starts, values } = table;
  const counts = new Int32Array(all.length);
  let kept: number[] = [];
  for (let i = 0; i < ranks.length; i++) {
    const rank = ranks[i] as number;
    const end = starts[rank + 1] as number;
    let has = 0;
    for (let j = starts[rank] as number; j < end; j++)
      if (accepted[values[j] as number] === 1) has |= 1 << (dimensionOf[values[j] as number] as number);
    const failed = filtered & ~has;
    // Kept: counts everywhere. Failing one dimension only: counts towards that dimension.
    if (failed === 0) kept.push(i);
    else if ((failed & (failed - 1)) !== 0) continue;
    for (let j = starts[rank] as number; j < end; j++)
      if (failed === 0 || 1 << (dimensionOf[values[j] as number] as number) === failed)
        (counts[values[j] as number] as number)++;
  }
  const record = (d: number) => {
    const out: Record<string, number> = {};
    all.forEach((value, place) => {
      if (value.dimension === d && (counts[place] as number) > 0) out[value.value] = counts[place] as number;
    });
    return out;
  };
  const facets: Facets = {
    department: record(0),
    network: record(1),
    topic: record(2),
    location: record(3),
    champion: counts[all.length - 1] as number,
  };
  if (!grouped) return { kept, facets, groups: undefined };
  // Each department value's place among the head's departments (the groups' order).
  const order = head.departments.map((department) => department.id);
  const groupOf = all.map((value) => (value.dimension === 0 ? order.indexOf(value.value) : -1));
  const groupAt = (i: number) => {
    const rank = ranks[i] as number;
    for (let j = starts[rank] as number; j < (starts[rank + 1] as number); j++) {
      const group = groupOf[values[j] as number] as number;
      if (group >= 0) return group;
    }
    return order.length;
  };
  const keyed = kept.map((i) => ({ i, group: groupAt(i), rank: ranks[i] as number }));
  keyed.sort((a, b) => a.group - b.group || a.rank - b.rank);
  kept = keyed.map(({ i }) => i);
  const members: Record<string, number> = {};
  for (const { group } of keyed)
    if (group < order.length) members[order[group] as string] = (members[order[group] as string] ?? 0) + 1;
  return { kept, facets, groups: groupsOf(head, members, kept.length) };
}

/** The groups of grouped results: the departments with anyone in them, in order, then no department. */
function groupsOf(
  head: SourceHead,
  departments: Readonly<Record<string, number>> | undefined,
  total: number,
): readonly ResultGroup[] {
  const groups: ResultGroup[] = [];
  let grouped = 0;
  for (const department of head.departments) {
    const count = departments?.[department.id] ?? 0;
    if (count === 0) continue;
    groups.push({ department, count });
    grouped += count;
  }
  if (total > grouped) groups.push({ department: undefined, count: total - grouped });
  return groups;
}
