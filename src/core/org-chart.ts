/**
 * The org chart as rows: the people a chart shows, given which of them are open. Pure, so the
 * element only draws, and a tree of 100,000 people costs only the rows that are visible.
 * @module
 */
import type { Directory } from './directory.js';
import type { Person } from './manifest/schema.js';

/** One visible person of an org chart, in reading order. */
export interface OrgRow {
  /** The person. */
  readonly person: Person;
  /** Depth from the chart's top, from 1 (ARIA's `aria-level`). */
  readonly level: number;
  /** Their position among their siblings, from 1, and how many siblings there are (ARIA's posinset/setsize). */
  readonly position: number;
  readonly siblings: number;
  /** How many people report to them directly (0: a leaf). */
  readonly reports: number;
  /** Whether their reports are shown. */
  readonly open: boolean;
  /** The index of their manager's row, or -1 at the top. */
  readonly parent: number;
}

/**
 * The rows of an org chart from `tops` down, opening the people in `open`: depth first, each
 * person's reports in name order under them. Costs the number of rows returned.
 *
 * @example
 * const rows = orgChartRows(directory, directory.roots(), new Set(['ana-ruiz']));
 */
export function orgChartRows(directory: Directory, tops: readonly Person[], open: ReadonlySet<string>): OrgRow[] {
  const rows: OrgRow[] = [];
  const add = (people: readonly Person[], level: number, parent: number): void => {
    people.forEach((person, i) => {
      const reports = directory.reportCount(person.id);
      const isOpen = reports > 0 && open.has(person.id);
      const index = rows.length;
      rows.push({ person, level, position: i + 1, siblings: people.length, reports, open: isOpen, parent });
      // Depth is that of the organization (under ten levels), so recursion is safe here.
      if (isOpen) add(directory.reports(person.id), level + 1, index);
    });
  };
  add(tops, 1, -1);
  return rows;
}

/**
 * Where an org chart starts: `department=<id>` gives that department's heads, a person id that
 * person, and nothing (or an id that is no one) the top of the organization.
 */
export function orgChartTops(directory: Directory, root: string | undefined): readonly Person[] {
  const wanted = root?.trim() ?? '';
  if (wanted.startsWith('department=')) return directory.departmentHeads(wanted.slice('department='.length));
  const person = wanted === '' ? undefined : directory.person(wanted);
  return person === undefined ? directory.roots() : [person];
}

/**
 * The people to open so that `id` is visible from `tops`: their managers up to one of the tops.
 * Undefined when `id` is not under any of them.
 */
export function orgChartPathTo(directory: Directory, tops: readonly Person[], id: string): string[] | undefined {
  const topIds = new Set(tops.map((p) => p.id));
  if (topIds.has(id)) return [];
  const path: string[] = [];
  for (const manager of directory.chain(id)) {
    path.push(manager.id);
    if (topIds.has(manager.id)) return path.reverse();
  }
  return undefined;
}
