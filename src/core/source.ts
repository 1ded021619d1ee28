/**
 * Where a directory's people come from. `<social-directory>` reads one interface: the manifest
 * held in memory ({@link memorySource}), a static index served by a CDN (`social-directory
 * index`, read by `staticIndexSource`), or any other (a company's own search server) written
 * against {@link DirectorySource} without touching the elements.
 *
 * Answers are values or promises ({@link Answer}): a source that holds the answer returns it as
 * is, so a page reading the manifest in memory renders a keystroke's results in the same frame;
 * a source that must fetch returns a promise, and the page keeps showing the last answer until it
 * arrives.
 * @module
 */
import type { Directory, PersonPage } from './directory.js';
import type { Department, Organization, Person, Topic } from './manifest/schema.js';
import type { Facets, SearchQuery } from './search.js';

/** An answer a source has at hand (the value) or must fetch (a promise of it). */
export type Answer<T> = T | Promise<T>;

/** Another person as a row or a page mentions them: enough to show and link them. */
export interface PersonRef {
  /** Their id. */
  readonly id: string;
  /** Their name. */
  readonly name: string;
  /** Their job title. */
  readonly title?: string;
  /** Their photo's URL. */
  readonly photo?: string;
}

/** What a directory shows before any search: the organization and what its filters offer. */
export interface SourceHead {
  /** The organization. */
  readonly organization: Organization;
  /** Departments, in manifest order. */
  readonly departments: readonly Department[];
  /** Topics, in manifest order. */
  readonly topics: readonly Topic[];
  /** How many people the source holds. */
  readonly people: number;
  /** The facet counts over everyone: a filter offers only the values someone has. */
  readonly facets: Facets;
}

/** One person as the list shows them: the card's person and their place in the hierarchy. */
export interface PersonRow {
  /** The person, every field of the source's audience. */
  readonly person: Person;
  /**
   * The person they report to (a source that knows only a reference to them gives a person
   * with the reference's fields, like a {@link PersonPage}'s people).
   */
  readonly manager?: Person;
  /** How many people report to them directly. */
  readonly reportCount: number;
}

/**
 * People grouped by department (`grouped`): one entry per department with anyone in the results,
 * in the departments' order, and last the people without a department (`department` undefined).
 */
export interface ResultGroup {
  /** The department, or `undefined` for the people without one. */
  readonly department: Department | undefined;
  /** How many of the results are in it. */
  readonly count: number;
}

/** How the results are ordered. */
export interface SearchOrder {
  /**
   * `true`: by department (in {@link SourceHead.departments}' order, people without one last),
   * then as they rank; {@link SourceResults.groups} says where each department starts.
   */
  readonly grouped?: boolean;
}

/**
 * The answer to a search: how many, the facet counts, and the rows, which a source may hold
 * only in part (a static index fetches the ones a page shows).
 */
export interface SourceResults {
  /** How many people match. */
  readonly total: number;
  /**
   * How many people each filter value would give, with the other filters as they are
   * (`Directory.search`'s facets).
   */
  readonly facets: Facets;
  /** With {@link SearchOrder.grouped}: the groups, in order, their counts summing to `total`. */
  readonly groups?: readonly ResultGroup[];
  /** The row at a position (0 to `total - 1`), or `undefined` while it has not been loaded. */
  row(position: number): PersonRow | undefined;
  /** Makes the rows from `start` up to (not including) `end` available to {@link row}. */
  load(start: number, end: number): Answer<void>;
}

/**
 * Everything `<social-directory>` asks of the people it shows. Implementations: {@link memorySource}
 * (a validated manifest in memory) and `staticIndexSource` (`social-directory index`'s files).
 *
 * A third, for example a company's search server, implements these four members; the element
 * needs nothing else. Its answers must follow `Directory.search`'s rules (every word must
 * match, filters narrow, facet counts disregard their own filter) for the element to behave the
 * same on every source.
 */
export interface DirectorySource {
  /** The organization, departments, topics and everyone's facet counts. */
  readonly head: SourceHead;
  /** Finds people, as `Directory.search` does. */
  search(query: SearchQuery, order?: SearchOrder): Answer<SourceResults>;
  /** What a person's page shows, or `undefined` when the source has no one with this id. */
  personPage(id: string): Answer<PersonPage | undefined>;
  /**
   * The manifest-backed {@link Directory}, when the source is one (the in-memory source): what
   * only a whole manifest can answer (printing every card, structured data) asks for it.
   */
  readonly directory?: Directory;
}

/** A person as other rows and pages mention them. */
export function personRef(person: PersonRef): PersonRef {
  return {
    id: person.id,
    name: person.name,
    ...(person.title === undefined ? {} : { title: person.title }),
    ...(person.photo === undefined ? {} : { photo: person.photo }),
  };
}

/**
 * The in-memory source: a {@link Directory} of a validated manifest. Every answer is at hand.
 *
 * @example
 * const source = memorySource(createDirectory(manifest));
 * const results = source.search({ text: 'zoe' }) as SourceResults;
 */
export function memorySource(directory: Directory): DirectorySource {
  const head: SourceHead = {
    organization: directory.organization,
    departments: directory.departments,
    topics: directory.topics,
    people: directory.people.length,
    get facets() {
      return directory.facets;
    },
  };
  return {
    head,
    directory,
    search(query, order = {}) {
      const { people, facets } = directory.search(query);
      const grouped = order.grouped === true ? groupByDepartment(directory.departments, people) : undefined;
      const shown = grouped?.people ?? people;
      return {
        total: shown.length,
        facets,
        ...(grouped === undefined ? {} : { groups: grouped.groups }),
        row(position) {
          const person = shown[position];
          if (person === undefined) return undefined;
          const manager = directory.manager(person.id);
          return {
            person,
            ...(manager === undefined ? {} : { manager }),
            reportCount: directory.reportCount(person.id),
          };
        },
        load() {},
      };
    },
    personPage: (id) => directory.personPage(id),
  };
}

/** People in department order (people without one last), each department's people as they ranked. */
function groupByDepartment(
  departments: readonly Department[],
  people: readonly Person[],
): { people: readonly Person[]; groups: readonly ResultGroup[] } {
  const byDepartment = new Map<string, Person[]>();
  for (const person of people) {
    const key = person.department ?? '';
    const members = byDepartment.get(key);
    if (members === undefined) byDepartment.set(key, [person]);
    else members.push(person);
  }
  const ordered: Person[] = [];
  const groups: ResultGroup[] = [];
  for (const department of [...departments, undefined]) {
    const members = byDepartment.get(department?.id ?? '');
    if (members === undefined) continue;
    groups.push({ department, count: members.length });
    for (const person of members) ordered.push(person);
  }
  return { people: ordered, groups };
}

export { staticIndexSource, type StaticIndexOptions } from './static-index-source.js';
