/**
 * Validation of a parsed manifest: the schema, the references between its parts, and the
 * lenient policy (an invalid entry is left out with a warning, the rest loads).
 * @module
 */
import type * as z from 'zod/mini';
import { MULTILINE_TEXT, withoutControls } from '../safe.js';
import { CONTROL_CHARACTERS_MESSAGE, Manifest, MANIFEST_VERSION } from './schema.js';
import { breakHierarchyCycles } from './hierarchy.js';
import { describeIssue, issue, ManifestError, manifestErrorMap, type ManifestIssue } from './issues.js';

/** Options for {@link validateManifest}. */
export interface ValidateOptions {
  /**
   * Treat every problem as an error instead of leaving the entry out with a warning.
   * Use it when publishing a manifest; leave it off where a page must render.
   * @defaultValue false
   */
  readonly strict?: boolean;
}

/** A valid manifest and the problems that were worked around to get it. */
export interface ValidationResult {
  /** The validated, normalized manifest. */
  readonly manifest: Manifest;
  /** What was left out, each with its place in the manifest as written. */
  readonly warnings: readonly ManifestIssue[];
}

type Path = readonly (string | number)[];
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const UNIT_NAMES: Readonly<Record<string, string>> = {
  people: 'person',
  profiles: 'profile',
  topics: 'topic',
  departments: 'department',
};

// Fields without which an entry means nothing: a problem there leaves the whole entry out.
const REQUIRED_FIELDS: ReadonlySet<string | number | undefined> = new Set(['id', 'name', 'label']);

/**
 * The smallest part of the document that can be left out to get rid of a problem at `path`,
 * so that nothing valid is lost: a list item (a profile, a keyword, a person that is not an
 * object), an optional field of a person, topic or department (the rest of it stays), the whole
 * entry when a required field or a profile's handle is wrong, or an optional field of the
 * organization. `undefined` when nothing can be left out (the problem is fatal).
 */
function unitFor(path: Path): Path | undefined {
  for (let i = path.length - 1; i > 0; i--) {
    if (typeof path[i] !== 'number') continue;
    if (i === path.length - 1 || path[i - 1] === 'profiles' || REQUIRED_FIELDS.has(path[i + 1]))
      return path.slice(0, i + 1);
    return path.slice(0, i + 2);
  }
  // A signature banner means nothing without its image, alt text and size: a problem in any
  // of them leaves the whole banner out.
  if (path[0] === 'organization' && path[2] === 'banner') return path.slice(0, 3);
  if (path[0] === 'organization' && path.length >= 2 && path[1] !== 'name') return path;
  return undefined;
}

function unitName(unit: Path): string {
  const key = unit[unit.length - 1];
  if (typeof key === 'number') return UNIT_NAMES[String(unit[unit.length - 2])] ?? 'entry';
  return 'field';
}

/** Removes the given units from a copy of `root`; containers on the way are copied once, the rest shared. */
function withoutUnits(root: Json, units: readonly Path[]): Json {
  const copies = new Map<unknown, unknown>();
  const copyOf = <T>(value: T): T => {
    let copy = copies.get(value);
    if (copy === undefined) {
      copy = Array.isArray(value) ? [...value] : { ...(value as Json) };
      copies.set(value, copy);
    }
    return copy as T;
  };
  const top = copyOf(root);
  const isInside = (unit: Path, outer: Path) => outer.length < unit.length && outer.every((k, i) => unit[i] === k);
  const disjoint = units.filter((unit) => !units.some((outer) => isInside(unit, outer)));
  // Deeper units first, then higher indices first, so no removal shifts a path still to come.
  const ordered = disjoint.sort((a, b) => {
    if (a.length !== b.length) return b.length - a.length;
    for (let i = 0; i < a.length; i++) {
      const x = a[i] as string | number;
      const y = b[i] as string | number;
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return y - x;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  });
  for (const unit of ordered) {
    let node: unknown = top;
    for (let i = 0; i < unit.length - 1; i++) {
      const container = node as Json;
      const key = unit[i] as string;
      const child = copyOf(container[key]);
      container[key] = child;
      node = child;
    }
    const last = unit[unit.length - 1] as string | number;
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else if (isObject(node)) delete node[last];
  }
  return top;
}

/** A problem the lenient validator mends in place rather than leaving its entry out. */
interface Repair {
  readonly path: Path;
  readonly mend: (value: unknown) => unknown;
  /** The warning, which names the place and never repeats the value. */
  readonly message: string;
}

const MULTILINE_PATTERN = MULTILINE_TEXT.toString();

function repairFor(raw: z.core.$ZodIssue): Repair | undefined {
  const path = raw.path as (string | number)[];
  if (raw.code === 'invalid_format' && raw.message === CONTROL_CHARACTERS_MESSAGE) {
    const multiline = raw.pattern === MULTILINE_PATTERN;
    return {
      path,
      mend: (value) => (typeof value === 'string' ? withoutControls(value, multiline) : value),
      message: `${CONTROL_CHARACTERS_MESSAGE} (removed)`,
    };
  }
  if (raw.code === 'too_big' && raw.origin === 'array') {
    const max = Number(raw.maximum);
    return {
      path,
      mend: (value) => (Array.isArray(value) ? value.slice(0, max) : value),
      message: `has more than the ${max} items a list may hold here (the rest left out)`,
    };
  }
  return undefined;
}

/** A copy of `root` with each repair applied; containers on the way are copied, the rest shared. */
function withRepairs(root: Json, repairs: readonly Repair[]): Json {
  const copies = new Set<unknown>();
  const top: Json = { ...root };
  copies.add(top);
  for (const { path, mend } of repairs) {
    let node: Record<string | number, unknown> = top;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i] as string | number;
      let child = node[key];
      if (!copies.has(child)) {
        child = Array.isArray(child) ? [...child] : { ...(child as Json) };
        copies.add(child);
        node[key] = child;
      }
      node = child as Record<string | number, unknown>;
    }
    const last = path[path.length - 1] as string | number;
    node[last] = mend(node[last]);
  }
  return top;
}

function checkVersion(data: unknown): Json {
  if (!isObject(data)) {
    throw new ManifestError('invalid', 'The manifest must be a JSON object ({ "version": 1, … }).');
  }
  const version = data['version'];
  if (version === undefined) {
    throw new ManifestError(
      'version',
      'The manifest has no "version". Add "version": 1 at the top; is this a social-directory manifest?',
      { issues: [issue(['version'], 'is required')] },
    );
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > MANIFEST_VERSION) {
    throw new ManifestError(
      'version',
      `This manifest is version ${version}, newer than this social-directory understands (version ${MANIFEST_VERSION}). Update social-directory to read it.`,
      { issues: [issue(['version'], `version ${version} is not supported yet`)] },
    );
  }
  if (version !== MANIFEST_VERSION) {
    throw new ManifestError('version', `"version" must be ${MANIFEST_VERSION}, not ${JSON.stringify(version)}.`, {
      issues: [issue(['version'], `must be ${MANIFEST_VERSION}`)],
    });
  }
  return data;
}

function invalid(issues: readonly ManifestIssue[]): ManifestError {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new ManifestError(
    'invalid',
    `The manifest is not valid: ${first ? describeIssue(first) : 'unknown problem'}${more}.`,
    {
      issues,
    },
  );
}

/**
 * Validates and normalizes a parsed manifest (the value of `JSON.parse`).
 *
 * Lenient by default: an invalid person, profile, topic or department is left out and
 * reported in `warnings` with its place; unknown references are removed the same way, and so
 * are a manager or parent department that is the entry itself or closes a cycle. With
 * `strict: true` any problem throws. A missing or newer `version`, a document that is not an
 * object, or a manifest with no valid people always throws a {@link ManifestError}.
 *
 * @example
 * const { manifest, warnings } = validateManifest(JSON.parse(text));
 * for (const w of warnings) console.warn(`${w.at}: ${w.message}`);
 */
export function validateManifest(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const strict = options.strict === true;
  let document = checkVersion(data);
  const warnings: ManifestIssue[] = [];
  // Original indices of the top-level entries that survive, so later warnings point into the
  // document the editor wrote, not into our pruned copy.
  const kept: Record<'people' | 'topics' | 'departments', number[]> = { people: [], topics: [], departments: [] };
  // Ids of entries left out, so references to them say why instead of "no such id".
  const dropped = new Set<string>();

  let parsed = Manifest.safeParse(document, { error: manifestErrorMap });
  // Text with control characters is cleaned and an overlong list cut rather than left out: the
  // name is still the name. Mending moves no kept entry, so every path after it still points
  // into the document as written.
  const repairs = parsed.success ? [] : parsed.error.issues.map(repairFor).filter((r) => r !== undefined);
  if (repairs.length > 0 && !parsed.success) {
    if (strict) throw invalid(parsed.error.issues.map((i) => issue(i.path as (string | number)[], i.message)));
    document = withRepairs(document, repairs);
    for (const repair of repairs) warnings.push(issue(repair.path, repair.message));
    parsed = Manifest.safeParse(document, { error: manifestErrorMap });
  }
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => issue(i.path as (string | number)[], i.message));
    if (strict) throw invalid(problems);
    const units = new Map<string, Path>();
    for (const problem of problems) {
      const unit = unitFor(problem.path);
      if (unit === undefined) throw invalid(problems.filter((p) => unitFor(p.path) === undefined));
      const key = JSON.stringify(unit);
      if (!units.has(key)) {
        units.set(key, unit);
        warnings.push({ ...problem, message: `${problem.message} (${unitName(unit)} left out)` });
      }
    }
    const written = document;
    document = withoutUnits(document, [...units.values()]);
    for (const list of ['people', 'topics', 'departments'] as const) {
      const entries = written[list];
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry: unknown, i) => {
        if (!units.has(JSON.stringify([list, i]))) kept[list].push(i);
        else if (isObject(entry) && typeof entry['id'] === 'string') dropped.add(entry['id']);
      });
    }
    parsed = Manifest.safeParse(document, { error: manifestErrorMap });
    if (!parsed.success) throw invalid(parsed.error.issues.map((i) => issue(i.path as (string | number)[], i.message)));
  } else {
    for (const list of ['people', 'topics', 'departments'] as const) {
      kept[list] = parsed.data[list].map((_, i) => i);
    }
  }

  const manifest = parsed.data;
  const refWarnings = checkReferences(manifest, kept, dropped);
  if (strict && refWarnings.length > 0) throw invalid(refWarnings);
  warnings.push(...refWarnings);

  if (manifest.people.length === 0) {
    const listed = Array.isArray((data as Json)['people']) ? ((data as Json)['people'] as unknown[]).length : 0;
    throw new ManifestError(
      'no-people',
      listed === 0
        ? 'The manifest lists no people: add at least one person to "people".'
        : `The manifest has no valid people: all ${listed} were left out (first problem: ${warnings[0] ? describeIssue(warnings[0]) : 'unknown'}).`,
      { issues: warnings },
    );
  }
  return { manifest, warnings };
}

/**
 * Checks ids are unique and references resolve; removes what does not (later duplicates,
 * unknown references) and says so. Mutates the freshly parsed manifest, which nobody else holds.
 */
function checkReferences(
  manifest: Manifest,
  kept: Record<'people' | 'topics' | 'departments', number[]>,
  dropped: ReadonlySet<string>,
): ManifestIssue[] {
  const warnings: ManifestIssue[] = [];
  const unknown = (what: string, id: string) =>
    dropped.has(id)
      ? `the ${what} "${id}" was left out as invalid (reference left out)`
      : `no ${what} has the id "${id}" (reference left out)`;
  const uniqueIds = <T extends { id: string }>(list: 'people' | 'topics' | 'departments', entries: T[]): T[] => {
    const seen = new Map<string, number>();
    const indices: number[] = [];
    const out = entries.filter((entry, i) => {
      const index = kept[list][i] ?? i;
      const first = seen.get(entry.id);
      if (first !== undefined) {
        warnings.push(
          issue(
            [list, index, 'id'],
            `"${entry.id}" is already used by ${list}[${first}] (${UNIT_NAMES[list]} left out)`,
          ),
        );
        return false;
      }
      seen.set(entry.id, index);
      indices.push(index);
      return true;
    });
    kept[list] = indices;
    return out;
  };
  manifest.departments = uniqueIds('departments', manifest.departments);
  manifest.topics = uniqueIds('topics', manifest.topics);
  manifest.people = uniqueIds('people', manifest.people);

  const departmentIds = new Set(manifest.departments.map((d) => d.id));
  const topicIds = new Set(manifest.topics.map((t) => t.id));
  const personIds = new Set(manifest.people.map((p) => p.id));
  const unknownRefs = (ids: string[], known: Set<string>, path: (string | number)[], what: string): string[] =>
    ids.every((id) => known.has(id))
      ? ids
      : ids.filter((id, i) => {
          if (known.has(id)) return true;
          warnings.push(issue([...path, i], unknown(what, id)));
          return false;
        });

  manifest.departments.forEach((department, i) => {
    const at = kept.departments[i] ?? i;
    if (department.parent !== undefined && !departmentIds.has(department.parent)) {
      warnings.push(issue(['departments', at, 'parent'], unknown('department', department.parent)));
      delete department.parent;
    }
    if (department.lead !== undefined && !personIds.has(department.lead)) {
      warnings.push(issue(['departments', at, 'lead'], unknown('person', department.lead)));
      delete department.lead;
    }
  });
  manifest.topics.forEach((topic, i) => {
    const at = kept.topics[i] ?? i;
    topic.departments = unknownRefs(topic.departments, departmentIds, ['topics', at, 'departments'], 'department');
    topic.people = unknownRefs(topic.people, personIds, ['topics', at, 'people'], 'person');
  });
  manifest.people.forEach((person, i) => {
    const at = kept.people[i] ?? i;
    if (person.department !== undefined && !departmentIds.has(person.department)) {
      warnings.push(issue(['people', at, 'department'], unknown('department', person.department)));
      delete person.department;
    }
    person.topics = unknownRefs(person.topics, topicIds, ['people', at, 'topics'], 'topic');
    if (person.manager !== undefined && !personIds.has(person.manager)) {
      warnings.push(issue(['people', at, 'manager'], unknown('person', person.manager)));
      delete person.manager;
    }
  });
  warnings.push(...breakHierarchyCycles(manifest, kept));
  return warnings;
}
