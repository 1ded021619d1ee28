/**
 * The organization's two trees, indexed for the Directory: who reports to whom, and which
 * departments belong to which. Built once, then every question answers in the size of its
 * answer.
 * @module
 */
import type { Department, Person } from './manifest/schema.js';

const NONE = -1;

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

  constructor(people: readonly Person[], position: ReadonlyMap<string, number>) {
    const n = people.length;
    this.#people = people;
    this.#position = position;
    const manager = new Int32Array(n).fill(NONE);
    const counts = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const id = (people[i] as Person).manager;
      const m = id === undefined ? undefined : position.get(id);
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
    const order = new Int32Array(n);
    let length = 0;
    const roots: Person[] = [];
    for (let i = 0; i < n; i++) {
      if (manager[i] !== NONE) continue;
      order[length++] = i;
      roots.push(people[i] as Person);
    }
    for (let head = 0; head < length; head++) {
      const i = order[head]!;
      for (let r = reportsStart[i]!; r < reportsStart[i + 1]!; r++) order[length++] = reports[r]!;
    }
    const teamSize = new Int32Array(n);
    for (let k = length - 1; k >= 0; k--) {
      const i = order[k]!;
      const m = manager[i]!;
      if (m !== NONE) teamSize[m]! += teamSize[i]! + 1;
    }
    this.#manager = manager;
    this.#reportsStart = reportsStart;
    this.#reports = reports;
    this.#teamSize = teamSize;
    this.#roots = Object.freeze(roots);
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
 * The department tree: subdepartments in manifest order, and for each department everyone in
 * it or in a department under it, in name order.
 */
export class DepartmentTree {
  readonly #children: ReadonlyMap<string, readonly Department[]>;
  readonly #members: ReadonlyMap<string, readonly Person[]>;
  readonly #top: readonly Department[];

  constructor(departments: readonly Department[], people: readonly Person[]) {
    const known = new Map(departments.map((d) => [d.id, d]));
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
    // Each department with its ancestors, itself first, computed once per department.
    const lines = new Map<string, string[]>();
    for (const department of departments) {
      const line = [department.id];
      for (
        let up = department.parent;
        up !== undefined && known.has(up) && !line.includes(up);
        up = known.get(up)?.parent
      ) {
        line.push(up);
      }
      lines.set(department.id, line);
    }
    const members = new Map<string, Person[]>();
    for (const person of people) {
      if (person.department === undefined) continue;
      for (const id of lines.get(person.department) ?? []) {
        const list = members.get(id);
        if (list === undefined) members.set(id, [person]);
        else list.push(person);
      }
    }
    this.#children = children;
    this.#members = members;
    this.#top = Object.freeze(top);
  }

  subdepartments(id: string): readonly Department[] {
    return this.#children.get(id) ?? [];
  }

  peopleUnder(id: string): readonly Person[] {
    return this.#members.get(id) ?? [];
  }

  top(): readonly Department[] {
    return this.#top;
  }
}
