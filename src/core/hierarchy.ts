/**
 * The organization's two trees, indexed for the Directory: who reports to whom, and which
 * departments belong to which. Built once, then every question answers in the size of its
 * answer.
 * @module
 */
import { managerPlaces } from './manifest/hierarchy.js';
import type { Department, Person } from './manifest/schema.js';

const NONE = -1;

/**
 * What the reporting lines are built from: what the Directory read of each person while it
 * built (read again here, 100,000 objects scattered in memory cost more than the whole index),
 * and what validation found (see `managerPlaces`).
 */
export interface ReportingInput {
  /** Everyone, in name order. */
  readonly people: readonly Person[];
  /** Their ids and their `manager`s, in the same order. */
  readonly ids: readonly string[];
  readonly managerIds: readonly (string | undefined)[];
  /** Each id's place in `people`. */
  readonly position: ReadonlyMap<string, number>;
  /** Each person's place in the manifest's list. */
  readonly order: readonly number[];
  /** Validation's place of each manager in the manifest's list, if this list was validated. */
  readonly places: Int32Array | undefined;
}

/**
 * The reporting lines of people sorted by name: managers, direct reports in name order (one
 * flat array with an offset per person, rather than 100,000 small arrays), and team sizes.
 * A validated manifest has no cycles; a hand-made one may, so nothing here loops on one.
 */
export class ReportingLines {
  readonly #people: readonly Person[];
  readonly #position: ReadonlyMap<string, number>;
  readonly #manager: Int32Array;
  readonly #reportsStart: Int32Array;
  readonly #reports: Int32Array;
  readonly #teamSize: Int32Array;
  readonly #roots: readonly Person[];

  constructor(input: ReportingInput) {
    const { people, ids, managerIds, position, order, places } = input;
    const n = people.length;
    this.#people = people;
    this.#position = position;
    // Validation's places, in manifest order; `rank` turns one into a place in `people`.
    let rank: Int32Array | undefined;
    if (places !== undefined && places.length === n) {
      rank = new Int32Array(n);
      for (let i = 0; i < n; i++) rank[order[i]!] = i;
    }
    const manager = new Int32Array(n).fill(NONE);
    const counts = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const id = managerIds[i];
      if (id === undefined) continue;
      let m: number | undefined;
      if (rank !== undefined) {
        const place = places![order[i]!]!;
        // Taken only if that person still has the id (the manifest may have changed since).
        if (place !== NONE && ids[rank[place]!] === id) m = rank[place];
      }
      m ??= position.get(id);
      if (m === undefined || m === i) continue;
      manager[i] = m;
      counts[m + 1]!++;
    }
    for (let i = 0; i < n; i++) counts[i + 1]! += counts[i]!;
    const reportsStart = counts.slice();
    const reports = new Int32Array(counts[n]!);
    const fill = counts.slice(0, n);
    // People are in name order, so each person's reports are too.
    for (let i = 0; i < n; i++) {
      const m = manager[i]!;
      if (m !== NONE) reports[fill[m]!++] = i;
    }
    // Top down from the roots, then sizes summed bottom up: people in a cycle (only possible
    // in an unvalidated manifest) are never reached and count for nobody.
    const walk = new Int32Array(n);
    let length = 0;
    const roots: Person[] = [];
    for (let i = 0; i < n; i++) {
      if (manager[i] !== NONE) continue;
      walk[length++] = i;
      roots.push(people[i] as Person);
    }
    for (let head = 0; head < length; head++) {
      const i = walk[head]!;
      for (let r = reportsStart[i]!; r < reportsStart[i + 1]!; r++) walk[length++] = reports[r]!;
    }
    const teamSize = new Int32Array(n);
    for (let k = length - 1; k >= 0; k--) {
      const i = walk[k]!;
      const m = manager[i]!;
      if (m !== NONE) teamSize[m]! += teamSize[i]! + 1;
    }
    this.#manager = manager;
    this.#reportsStart = reportsStart;
    this.#reports = reports;
    this.#teamSize = teamSize;
    this.#roots = Object.freeze(roots);
  }

  /** The place in `people` of the manager of the person at place `i` (a place in `people`), or -1. */
  managerAt(i: number): number {
    return this.#manager[i]!;
  }

  /** How many people report directly to the person at place `i`. */
  reportCountAt(i: number): number {
    return this.#reportsStart[i + 1]! - this.#reportsStart[i]!;
  }

  manager(id: string): Person | undefined {
    const i = this.#position.get(id);
    if (i === undefined) return undefined;
    const m = this.#manager[i]!;
    return m === NONE ? undefined : this.#people[m];
  }

  reports(id: string): readonly Person[] {
    const i = this.#position.get(id);
    if (i === undefined) return [];
    const out: Person[] = [];
    for (let r = this.#reportsStart[i]!; r < this.#reportsStart[i + 1]!; r++)
      out.push(this.#people[this.#reports[r]!] as Person);
    return out;
  }

  reportCount(id: string): number {
    const i = this.#position.get(id);
    return i === undefined ? 0 : this.#reportsStart[i + 1]! - this.#reportsStart[i]!;
  }

  chain(id: string): readonly Person[] {
    const out: Person[] = [];
    const i = this.#position.get(id);
    if (i === undefined) return out;
    // Bounded by the number of people: a cycle in an unvalidated manifest ends the walk.
    for (let m = this.#manager[i]!; m !== NONE && out.length < this.#people.length; m = this.#manager[m]!) {
      out.push(this.#people[m] as Person);
    }
    return out;
  }

  teamSize(id: string): number {
    const i = this.#position.get(id);
    return i === undefined ? 0 : this.#teamSize[i]!;
  }

  roots(): readonly Person[] {
    return this.#roots;
  }
}

/**
 * The reporting lines of a manifest's `people` taken in `order` (each person's place in the
 * list, as the Directory's name order gives it), for code that needs them without a Directory
 * (the CLI's report). A function, not a static method, so browser bundles leave it out.
 */
export function reportingLinesOf(all: readonly Person[], order: readonly number[]): ReportingLines {
  const people = order.map((i) => all[i] as Person);
  const ids = people.map((p) => p.id);
  return new ReportingLines({
    people,
    ids,
    managerIds: people.map((p) => p.manager),
    position: new Map(ids.map((id, i) => [id, i])),
    order,
    places: managerPlaces.get(all),
  });
}

/**
 * The department tree: subdepartments in manifest order, and for each department everyone in
 * it or in a department under it, in name order. Only the tree of departments is built up
 * front (a few hundred entries); a department's people are gathered the first time someone
 * asks, from the lists of direct members the Directory keeps anyway, then kept.
 */
export class DepartmentTree {
  readonly #known: ReadonlySet<string>;
  readonly #children: ReadonlyMap<string, readonly Department[]>;
  readonly #top: readonly Department[];
  readonly #people: readonly Person[];
  readonly #members: ReadonlyMap<string, readonly Person[]>;
  readonly #position: ReadonlyMap<string, number>;
  readonly #under = new Map<string, readonly Person[]>();

  /**
   * @param people - everyone, in name order
   * @param members - each department's own people, in name order
   * @param position - each person's place in `people`
   */
  constructor(
    departments: readonly Department[],
    people: readonly Person[],
    members: ReadonlyMap<string, readonly Person[]>,
    position: ReadonlyMap<string, number>,
  ) {
    const known = new Set(departments.map((d) => d.id));
    const children = new Map<string, Department[]>();
    const top: Department[] = [];
    for (const department of departments) {
      const parent = department.parent;
      if (parent === undefined || !known.has(parent) || parent === department.id) {
        top.push(department);
        continue;
      }
      const siblings = children.get(parent);
      if (siblings === undefined) children.set(parent, [department]);
      else siblings.push(department);
    }
    this.#known = known;
    this.#children = children;
    this.#top = Object.freeze(top);
    this.#people = people;
    this.#members = members;
    this.#position = position;
  }

  subdepartments(id: string): readonly Department[] {
    return this.#children.get(id) ?? [];
  }

  peopleUnder(id: string): readonly Person[] {
    let under = this.#under.get(id);
    if (under === undefined) {
      under = this.#gather(id);
      this.#under.set(id, under);
    }
    return under;
  }

  top(): readonly Department[] {
    return this.#top;
  }

  /** The department's own people and those of every department under it, merged in name order. */
  #gather(id: string): readonly Person[] {
    const lists: (readonly Person[])[] = [];
    // A set, not a depth count: an unvalidated manifest's parents may form a cycle.
    const seen = new Set<string>();
    // People of a department the manifest does not list are under nothing.
    const pending = this.#known.has(id) ? [id] : [];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      if (seen.has(next)) continue;
      seen.add(next);
      const own = this.#members.get(next);
      if (own !== undefined && own.length > 0) lists.push(own);
      for (const child of this.#children.get(next) ?? []) pending.push(child.id);
    }
    if (lists.length <= 1) return lists[0] ?? [];
    // Each list is in name order already; sorting the places of all of them merges them.
    const all = lists.flat();
    const places = Int32Array.from(all, (person) => this.#position.get(person.id) ?? 0).sort();
    return Array.from(places, (place) => this.#people[place] as Person);
  }
}
