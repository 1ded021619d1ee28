/**
 * The rules of the manifest's two trees: people's `manager` and departments' `parent`. A link
 * to nobody, to oneself, or that closes a cycle is left out with a warning, so what remains is
 * a forest every page can walk without a guard.
 * @module
 */
import { issue, type ManifestIssue } from './issues.js';

/** One link of a tree as the checks see it: the entry's id and the id it points to. */
interface Link {
  readonly id: string;
  readonly to: string | undefined;
}

/** Words for one tree, for its warnings. */
interface TreeWords {
  /** The list in the manifest (`people`), and the field that links (`manager`). */
  readonly list: 'people' | 'departments';
  readonly field: 'manager' | 'parent';
  /** What a self-link and a cycle are called: "their own manager", "of managers". */
  readonly self: string;
  readonly cycle: string;
}

const MANAGERS: TreeWords = {
  list: 'people',
  field: 'manager',
  self: 'a person cannot be their own manager',
  cycle: 'managers',
};
const PARENTS: TreeWords = {
  list: 'departments',
  field: 'parent',
  self: 'a department cannot be its own parent',
  cycle: 'parent departments',
};

/**
 * Finds the links of one tree to leave out: self-links, and in each cycle the link that closes
 * it, walking entries in manifest order (so the first entry of the document keeps its link and
 * the warning points at the entry whose link brings the walk back). `at` maps an entry's
 * position to its index in the document as written. Links to unknown ids must be gone already.
 * Linear: every entry is walked once.
 */
function brokenLinks(
  links: readonly Link[],
  at: (i: number) => number,
  words: TreeWords,
): { broken: Map<number, ManifestIssue>; targets: Int32Array } {
  const position = new Map<string, number>();
  links.forEach((link, i) => position.set(link.id, i));
  const broken = new Map<number, ManifestIssue>();
  // Where each link points (-1: nowhere), found once by the walk.
  const targets = new Int32Array(links.length).fill(-1);
  // 0: not walked yet, 1: on the walk in progress, 2: done.
  const state = new Uint8Array(links.length);
  for (let start = 0; start < links.length; start++) {
    if (state[start] !== 0) continue;
    const walk: number[] = [];
    let current: number | undefined = start;
    while (current !== undefined && state[current] === 0) {
      state[current] = 1;
      walk.push(current);
      const link = links[current] as Link;
      if (link.to === link.id) {
        broken.set(current, issue([words.list, at(current), words.field], `${words.self} (link left out)`));
        break;
      }
      const from: number = current;
      current = link.to === undefined ? undefined : position.get(link.to);
      if (current !== undefined) targets[from] = current;
    }
    if (current !== undefined && state[current] === 1 && !broken.has(walk[walk.length - 1] as number)) {
      const members = walk.slice(walk.indexOf(current)).map((i) => (links[i] as Link).id);
      const closing = walk[walk.length - 1] as number;
      const names = [...members, members[0]].map((id) => `"${id}"`).join(' → ');
      broken.set(
        closing,
        issue([words.list, at(closing), words.field], `${names} is a cycle of ${words.cycle} (link left out)`),
      );
    }
    for (const i of walk) state[i] = 2;
  }
  for (const i of broken.keys()) targets[i] = -1;
  return { broken, targets };
}

/**
 * For each validated manifest's `people`: the place in that list of each person's manager, or
 * -1. The cycle check resolves every link anyway; the Directory's reporting lines start from
 * it rather than look up 100,000 ids again, and check each place against the id it read, so a
 * manifest changed after validation is still answered right.
 */
export const managerPlaces = new WeakMap<readonly object[], Int32Array>();

/** A manifest's entries as the checks need them; mutated in place (links left out are deleted). */
interface Trees {
  readonly people: { id: string; manager?: string }[];
  readonly departments: { id: string; parent?: string; lead?: string }[];
}

/**
 * Leaves out self-links and the links that close cycles among managers and among parent
 * departments, and says so with each entry's place. Unknown ids must have been removed first.
 * Mutates the freshly parsed manifest, which nobody else holds.
 */
export function breakHierarchyCycles(
  manifest: Trees,
  kept: Readonly<Record<'people' | 'departments', readonly number[]>>,
): ManifestIssue[] {
  const warnings: ManifestIssue[] = [];
  const trees = [
    [manifest.departments, PARENTS],
    [manifest.people, MANAGERS],
  ] as const;
  for (const [entries, words] of trees) {
    const links = entries.map((entry) => ({
      id: entry.id,
      to: (entry as Record<string, string | undefined>)[words.field],
    }));
    const { broken, targets } = brokenLinks(links, (i) => kept[words.list][i] ?? i, words);
    if (words === MANAGERS) {
      // The manager's own id string in place of the equal one parsed from the document: the
      // Directory's check of each place (see managerPlaces) then compares pointers, not text.
      const people = entries as Trees['people'];
      targets.forEach((target, i) => {
        if (target >= 0) (people[i] as Trees['people'][number]).manager = (people[target] as Link).id;
      });
      managerPlaces.set(entries, targets);
    }
    for (const [i, problem] of [...broken].sort(([a], [b]) => a - b)) {
      delete (entries[i] as Record<string, unknown>)[words.field];
      warnings.push(problem);
    }
  }
  return warnings;
}
