/**
 * The Directory: a validated manifest, indexed once for the questions pages ask of it.
 * @module
 */
import type { Department, Manifest, Organization, Person, Topic } from './manifest/schema.js';
import { DepartmentTree, ReportingLines, type ReportingInput } from './hierarchy.js';
import { managerPlaces } from './manifest/hierarchy.js';
import { SearchIndex, type Facets, type SearchQuery, type SearchResult } from './search.js';
import { createWordFolder } from './text.js';

/**
 * Everything a person's page shows about where they stand in the organization, from one
 * {@link Directory} (so on a public page, only public people: a manager who is not in the
 * directory is not mentioned at all).
 */
export interface PersonPage {
  /** The person. */
  readonly person: Person;
  /**
   * Their managers from the top of the organization down to their own manager: the
   * breadcrumbs. Empty without a manager.
   */
  readonly reportingLine: readonly Person[];
  /** The people who report directly to them, sorted by name. */
  readonly reports: readonly Person[];
  /** The other people who report to their manager, sorted by name. */
  readonly peers: readonly Person[];
  /** How many people are under them, transitively. */
  readonly teamSize: number;
  /** Their department, if the directory has it. */
  readonly department?: Department;
  /** The person who leads their department (may be themselves), if the directory has them. */
  readonly lead?: Person;
  /** The topics they own, in manifest order: those they name and those that name them. */
  readonly topics: readonly Topic[];
}

/** Options for {@link createDirectory}. */
export interface DirectoryOptions {
  /**
   * The locale people are sorted by name in (`Intl.Collator`).
   * @defaultValue the runtime's default locale
   */
  readonly locale?: string;
}

/**
 * The places of `people` in the order a {@link Directory} lists them: by name in `locale`
 * (`Intl.Collator`, accents and case ignored, numbers by value), names the collator finds equal
 * by their `folded` form (`createWordFolder`), then in manifest order. For the CLI's report,
 * which needs the Directory's order but not its indexes.
 * @internal
 */
export function nameOrder(people: readonly Person[], folded: readonly string[], locale?: string): number[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  // Collator comparisons are slow (~250 ms for 100,000 names). Sorting by the folded names
  // first leaves the collator nearly sorted runs, which V8's TimSort finishes in ~n comparisons.
  return people
    .map((_, i) => i)
    .sort((a, b) =>
      (folded[a] as string) < (folded[b] as string) ? -1 : (folded[a] as string) > (folded[b] as string) ? 1 : 0,
    )
    .sort((a, b) => collator.compare((people[a] as Person).name, (people[b] as Person).name));
}

/**
 * An immutable, indexed view of a manifest: people sorted by name, lookups by id and by
 * department, and search. Build it once per manifest with {@link createDirectory}.
 */
export class Directory {
  /** The manifest this directory was built from. */
  readonly manifest: Manifest;
  /** Everyone, sorted by name. */
  readonly people: readonly Person[];
  // Each person's place in `people`: one map serves lookups by id and the hierarchy's index.
  readonly #position: ReadonlyMap<string, number>;
  readonly #byEmail: ReadonlyMap<string, Person>;
  readonly #departments: ReadonlyMap<string, Department>;
  readonly #topics: ReadonlyMap<string, Topic>;
  readonly #byDepartment: ReadonlyMap<string, readonly Person[]>;
  // What the reporting lines are built from, kept until they are.
  #reportingInput: ReportingInput | undefined;
  readonly #index: SearchIndex;
  // Built on the first question about the hierarchy: pages that only list people never pay for it.
  #lines: ReportingLines | undefined;
  #departmentTree: DepartmentTree | undefined;

  /** Prefer {@link createDirectory}. */
  constructor(manifest: Manifest, options: DirectoryOptions = {}) {
    this.manifest = manifest;
    const all = manifest.people;
    const fold = createWordFolder();
    const folded = all.map((person) => fold(person.name));
    const order = nameOrder(all, folded, options.locale);
    this.people = Object.freeze(order.map((i) => all[i] as Person));
    const ids = this.people.map((p) => p.id);
    this.#position = new Map(ids.map((id, i) => [id, i]));
    this.#byEmail = new Map(
      this.people.flatMap((p) => (p.email === undefined ? [] : [[p.email.toLowerCase(), p] as const])),
    );
    this.#departments = new Map(manifest.departments.map((d) => [d.id, d]));
    this.#topics = new Map(manifest.topics.map((t) => [t.id, t]));
    const byDepartment = new Map<string, Person[]>();
    const managerIds = new Array<string | undefined>(this.people.length);
    for (let i = 0; i < this.people.length; i++) {
      const person = this.people[i] as Person;
      managerIds[i] = person.manager;
      if (person.department === undefined) continue;
      const members = byDepartment.get(person.department);
      if (members === undefined) byDepartment.set(person.department, [person]);
      else members.push(person);
    }
    this.#byDepartment = byDepartment;
    this.#reportingInput = {
      people: this.people,
      ids,
      managerIds,
      position: this.#position,
      order,
      places: managerPlaces.get(all),
    };
    this.#index = new SearchIndex(
      this.people,
      order.map((i) => folded[i] as string),
      manifest.departments,
      manifest.topics,
      fold,
    );
  }

  /** The organization. */
  get organization(): Organization {
    return this.manifest.organization;
  }

  /** Departments, in manifest order. */
  get departments(): readonly Department[] {
    return this.manifest.departments;
  }

  /** Topics, in manifest order. */
  get topics(): readonly Topic[] {
    return this.manifest.topics;
  }

  /** Facet counts over everyone (which departments, networks, topics and locations occur at all), computed once. */
  get facets(): Facets {
    return this.#index.search({}).facets;
  }

  /** The person with this id. */
  person(id: string): Person | undefined {
    const at = this.#position.get(id);
    return at === undefined ? undefined : this.people[at];
  }

  /** The person with this id, or else with this email address (in any case): how people name themselves. */
  find(idOrEmail: string): Person | undefined {
    const wanted = idOrEmail.trim();
    return this.person(wanted) ?? this.#byEmail.get(wanted.toLowerCase());
  }

  /**
   * People whose email address starts with `prefix` (in any case), in name order. Search
   * leaves email out, since every address at a company shares its domain and would match
   * every query for it; this is for a person looking for their own address.
   */
  withEmailStarting(prefix: string): readonly Person[] {
    const wanted = prefix.trim().toLowerCase();
    if (wanted === '') return [];
    return this.people.filter((p) => p.email?.toLowerCase().startsWith(wanted));
  }

  /**
   * The people someone typing their own name or email address may be, best first, at most
   * `limit`: an address typed in full or in part finds its owner first, then name search
   * (which leaves email out, see {@link Directory.withEmailStarting}).
   *
   * @example
   * directory.identify('ellen@north') // [Ellen Park]
   */
  identify(text: string, limit = 8): readonly Person[] {
    const query = text.trim();
    if (query === '' || limit <= 0) return [];
    const found = new Set<Person>();
    if (query.includes('@')) {
      for (const person of this.withEmailStarting(query)) if (found.add(person).size >= limit) return [...found];
    }
    for (const person of this.search({ text: query }).people) if (found.add(person).size >= limit) break;
    return [...found];
  }

  /** The department with this id. */
  department(id: string): Department | undefined {
    return this.#departments.get(id);
  }

  /** The topic with this id. */
  topic(id: string): Topic | undefined {
    return this.#topics.get(id);
  }

  /** The people of a department, sorted by name. */
  peopleIn(departmentId: string): readonly Person[] {
    return this.#byDepartment.get(departmentId) ?? [];
  }

  get #reporting(): ReportingLines {
    if (this.#lines === undefined) {
      this.#lines = new ReportingLines(this.#reportingInput as ReportingInput);
      this.#reportingInput = undefined;
    }
    return this.#lines;
  }

  get #tree(): DepartmentTree {
    return (this.#departmentTree ??= new DepartmentTree(
      this.manifest.departments,
      this.people,
      this.#byDepartment,
      this.#position,
    ));
  }

  /** The person this person reports to, if the manifest says (and, on a public page, if both are public). */
  manager(id: string): Person | undefined {
    return this.#reporting.manager(id);
  }

  /** The people who report directly to this person, sorted by name. */
  reports(id: string): readonly Person[] {
    return this.#reporting.reports(id);
  }

  /** How many people report directly to this person (without building the list). */
  reportCount(id: string): number {
    return this.#reporting.reportCount(id);
  }

  /** This person's manager, their manager's manager, and so on up to the top of the organization. */
  chain(id: string): readonly Person[] {
    return this.#reporting.chain(id);
  }

  /** How many people are under this person: their reports, their reports' reports, and so on. */
  teamSize(id: string): number {
    return this.#reporting.teamSize(id);
  }

  /** The people who report to nobody (the top of the organization), sorted by name. */
  roots(): readonly Person[] {
    return this.#reporting.roots();
  }

  /** The other people who report to this person's manager, sorted by name (none for someone without a manager). */
  peers(id: string): readonly Person[] {
    const manager = this.manager(id);
    return manager === undefined ? [] : this.reports(manager.id).filter((p) => p.id !== id);
  }

  /**
   * Everything a person's page shows, or `undefined` when this directory has no one with the id
   * (on a public page, also an internal person's id).
   *
   * @example
   * const page = directory.personPage('ellen-park');
   * page?.reportingLine.map((p) => p.name) // ['Harriet Vance'], top first
   */
  personPage(id: string): PersonPage | undefined {
    const person = this.person(id);
    if (person === undefined) return undefined;
    const department = person.department === undefined ? undefined : this.department(person.department);
    const lead = department === undefined ? undefined : this.lead(department.id);
    // The topics they name, and those that name them (a topic's `people`): one rule of owning.
    const topics = this.topics.filter((t) => person.topics.includes(t.id) || t.people.includes(id));
    return {
      person,
      reportingLine: [...this.chain(id)].reverse(),
      reports: this.reports(id),
      peers: this.peers(id),
      teamSize: this.teamSize(id),
      ...(department === undefined ? {} : { department }),
      ...(lead === undefined ? {} : { lead }),
      topics,
    };
  }

  /** The departments whose `parent` is this one, in manifest order. */
  subdepartments(id: string): readonly Department[] {
    return this.#tree.subdepartments(id);
  }

  /** The departments that belong to no other, in manifest order. */
  topDepartments(): readonly Department[] {
    return this.#tree.top();
  }

  /** The people of a department and of every department under it, sorted by name. */
  peopleUnder(departmentId: string): readonly Person[] {
    return this.#tree.peopleUnder(departmentId);
  }

  /** The person who leads this department, if the manifest says (and, on a public page, if they are public). */
  lead(departmentId: string): Person | undefined {
    const id = this.department(departmentId)?.lead;
    return id === undefined ? undefined : this.person(id);
  }

  /**
   * The top of a department's part of the organization: its lead when it has one, else the
   * people in it (or under it) whose manager is not, sorted by name.
   */
  departmentHeads(departmentId: string): readonly Person[] {
    const lead = this.lead(departmentId);
    if (lead !== undefined) return [lead];
    const members = this.peopleUnder(departmentId);
    const inside = new Set(members.map((p) => p.id));
    return members.filter((p) => p.manager === undefined || !inside.has(p.manager) || this.manager(p.id) === undefined);
  }

  /**
   * Finds people: every word of `text` must match (accents and case folded), filters narrow
   * the result, and facet counts come with it.
   *
   * @example
   * directory.search({ text: 'zoe', network: 'mastodon' }).people
   */
  search(query: SearchQuery = {}): SearchResult {
    return this.#index.search(query);
  }
}

/**
 * Builds the {@link Directory} of a validated manifest.
 *
 * @example
 * const { manifest } = await loadManifest('/social.json');
 * const directory = createDirectory(manifest);
 */
export function createDirectory(manifest: Manifest, options: DirectoryOptions = {}): Directory {
  return new Directory(manifest, options);
}
