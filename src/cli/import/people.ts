/**
 * Records from an identity or HR source merged into a manifest, by the ownership rules of
 * core's `update.ts`: the source's fields are written, a person's own fields (profiles,
 * languages) are only filled where the person has none, and managers become person ids.
 * @module
 */
import { writeProfile } from '../../core/index.js';
import { resolveProfile } from '../../core/index.js';
import { foldText } from '../../core/index.js';
import { IdAllocator, slugify } from '../slug.js';
import { DepartmentIndex } from './departments.js';
import { checkFields } from './fields.js';
import { isObject, type Json, type SourceField, type SourceNote, type SourceRecord } from './source.js';

/** The order fields are written in for new people, as in the manifest guide. */
export const PERSON_ORDER = [
  'id',
  'name',
  'pronouns',
  'title',
  'department',
  'email',
  'phone',
  'location',
  'timeZone',
  'photo',
  'profiles',
  'topics',
  'askMeAbout',
  'languages',
  'champion',
  'visibility',
  'manager',
  'employeeNumber',
];
const TEXT_FIELDS = ['name', 'title', 'email', 'phone', 'location', 'timeZone', 'photo', 'employeeNumber'] as const;

/** What merging records did. */
export interface RecordsImport {
  /** People added, updated (something changed), unchanged. */
  added: number;
  updated: number;
  unchanged: number;
  /** Records not imported, with why. */
  readonly skipped: SourceNote[];
  /** Values left out (a bad handle, an unknown manager), with the record and field. */
  readonly warnings: SourceNote[];
  /** Departments created from names. */
  readonly createdDepartments: readonly { id: string; name: string }[];
  /** Ids of people in the manifest that no record matched (no longer in the source). */
  readonly missing: readonly string[];
  /** Whether `missing` were removed. */
  readonly removed: boolean;
}

/**
 * Merges `records` into the manifest `document` (changed in place). People are matched by
 * employee number, then email, then id (a slug of the same name). `fields` are the
 * source-owned fields the format maps: a record without one of them clears it.
 */
export function importRecords(
  document: Json,
  records: readonly SourceRecord[],
  fields: readonly SourceField[],
  options: { readonly removeMissing: boolean },
): RecordsImport {
  const people = document['people'] as Json[];
  const byId = new Map<string, Json>();
  const byEmail = new Map<string, Json>();
  const byNumber = new Map<string, Json>();
  for (const person of people) {
    if (!isObject(person)) continue;
    if (typeof person['id'] === 'string') byId.set(person['id'], person);
    if (typeof person['email'] === 'string') byEmail.set(person['email'].toLowerCase(), person);
    if (typeof person['employeeNumber'] === 'string') byNumber.set(person['employeeNumber'], person);
  }
  const ids = new IdAllocator(byId.keys());
  const departments = new DepartmentIndex(document);
  const result: RecordsImport = {
    added: 0,
    updated: 0,
    unchanged: 0,
    skipped: [],
    warnings: [],
    createdDepartments: departments.created,
    missing: [],
    removed: false,
  };
  const mapped = new Set<string>(fields);
  const touched = new Map<Json, string>();
  const before = new Map<Json, string>();
  const placed: { record: SourceRecord; person: Json }[] = [];
  // A name is folded when its slug is taken, so the same names again and again: each folded once.
  const foldedNames = new Map<string, string>();
  const fold = (name: string) => {
    let folded = foldedNames.get(name);
    if (folded === undefined) foldedNames.set(name, (folded = foldText(name)));
    return folded;
  };

  for (const record of records) {
    const warn = (message: string) => void result.warnings.push({ where: record.where, message });
    const incoming: Json = {};
    for (const field of TEXT_FIELDS) {
      const value = record.fields[field];
      if (value !== undefined) incoming[field] = field === 'name' ? value.replace(/\s+/g, ' ') : value;
    }
    if (incoming['name'] === undefined) {
      result.skipped.push({ where: record.where, message: 'it has no name (displayName, cn or the like)' });
      continue;
    }
    if (record.languages !== undefined) incoming['languages'] = [...record.languages];
    for (const problem of checkFields(incoming)) {
      const [field, index] = problem.path as [string, number | undefined];
      const shown = typeof index === 'number' ? (incoming[field] as unknown[])[index] : incoming[field];
      warn(`${field} ${JSON.stringify(shown)} ${problem.message} (left out)`);
      if (typeof index === 'number') (incoming[field] as unknown[])[index] = undefined;
      else delete incoming[field];
    }
    if (incoming['name'] === undefined) {
      result.skipped.push({ where: record.where, message: 'its name is not usable' });
      continue;
    }
    if (Array.isArray(incoming['languages'])) {
      const kept = incoming['languages'].filter((tag) => tag !== undefined);
      if (kept.length > 0) incoming['languages'] = kept;
      else delete incoming['languages'];
    }
    const profiles: Json[] = [];
    for (const { network, value, field } of record.profiles) {
      const resolved = resolveProfile(network, { handle: value });
      if (!resolved.ok) warn(`${field} "${value}": ${resolved.message} (profile not imported)`);
      else profiles.push(writeProfile({ network, handle: resolved.handle, url: resolved.url }) as Json);
    }
    const department = record.fields.department;
    if (department !== undefined) {
      const id = departments.resolve(department);
      if (id === undefined) warn(`department "${department}" is not a department name (left out)`);
      else incoming['department'] = id;
    }

    const email = typeof incoming['email'] === 'string' ? incoming['email'].toLowerCase() : undefined;
    const number = incoming['employeeNumber'] as string | undefined;
    let existing =
      (number === undefined ? undefined : byNumber.get(number)) ??
      (email === undefined ? undefined : byEmail.get(email));
    // Computed once: the match by name and the new person's id both use it.
    const slug = existing === undefined ? slugify(incoming['name'] as string) : undefined;
    if (slug !== undefined) {
      const candidate = byId.get(slug);
      if (
        candidate !== undefined &&
        typeof candidate['name'] === 'string' &&
        fold(candidate['name']) === fold(incoming['name'] as string)
      ) {
        if (email === undefined || typeof candidate['email'] !== 'string') existing = candidate;
      }
    }
    const earlier = existing === undefined ? undefined : touched.get(existing);
    if (earlier !== undefined) {
      result.skipped.push({
        where: record.where,
        message: `it is the same person as ${earlier} (same employee number, email or name)`,
      });
      continue;
    }

    let person: Json;
    if (existing === undefined) {
      const id = ids.allocate(incoming['name'] as string, 'person', slug);
      person = { id };
      for (const key of PERSON_ORDER) {
        if (key === 'profiles' && profiles.length > 0) person[key] = profiles;
        else if (key !== 'id' && incoming[key] !== undefined) person[key] = incoming[key];
      }
      people.push(person);
      byId.set(id, person);
      result.added++;
    } else {
      person = existing;
      before.set(person, JSON.stringify(person));
      for (const field of [...TEXT_FIELDS, 'department'] as const) {
        if (incoming[field] !== undefined) person[field] = incoming[field];
        // The source says the field is empty now (it maps it): the manifest follows.
        else if (mapped.has(field) && field !== 'name') delete person[field];
      }
      // A person's own fields: filled from the source only where they have none.
      if (profiles.length > 0 && !(Array.isArray(person['profiles']) && person['profiles'].length > 0))
        person['profiles'] = profiles;
      if (
        incoming['languages'] !== undefined &&
        !(Array.isArray(person['languages']) && person['languages'].length > 0)
      ) {
        person['languages'] = incoming['languages'];
      }
    }
    if (email !== undefined && !byEmail.has(email)) byEmail.set(email, person);
    if (number !== undefined && !byNumber.has(number)) byNumber.set(number, person);
    touched.set(person, record.where);
    placed.push({ record, person });
  }

  // Managers, once everyone is placed: the source's key or email, to the manifest's id.
  const byKey = new Map<string, Json>();
  for (const { record, person } of placed) if (record.key !== undefined) byKey.set(record.key, person);
  for (const { record, person } of placed) {
    const reference = record.manager;
    const manager =
      reference === undefined
        ? undefined
        : ((reference.key === undefined ? undefined : byKey.get(reference.key)) ??
          (reference.email === undefined ? undefined : byEmail.get(reference.email.toLowerCase())));
    if (reference !== undefined && manager === undefined) {
      result.warnings.push({
        where: record.where,
        message: `${reference.field}: the manager "${reference.key ?? reference.email}" is not in the source (left out)`,
      });
    }
    if (manager !== undefined && manager !== person) person['manager'] = manager['id'];
    else if (mapped.has('manager')) delete person['manager'];
  }
  for (const [person, json] of before) {
    if (JSON.stringify(person) === json) result.unchanged++;
    else result.updated++;
  }

  const missing = dropMissing(document, (person) => touched.has(person), options.removeMissing);
  return { ...result, ...missing };
}

/**
 * The ids of people no record of the source matched; with `remove`, takes them out of the
 * manifest with the references to them (managers, topic owners), which would otherwise dangle.
 */
export function dropMissing(
  document: Json,
  matched: (person: Json) => boolean,
  remove: boolean,
): { missing: string[]; removed: boolean } {
  const people = document['people'] as unknown[];
  const missing = people
    .filter((person): person is Json => isObject(person) && !matched(person))
    .map((person) => String(person['id']));
  if (!remove || missing.length === 0) return { missing, removed: false };
  const gone = new Set(missing);
  document['people'] = people.filter((person) => !isObject(person) || matched(person));
  for (const person of document['people'] as unknown[]) {
    if (isObject(person) && typeof person['manager'] === 'string' && gone.has(person['manager']))
      delete person['manager'];
  }
  for (const topic of Array.isArray(document['topics']) ? document['topics'] : []) {
    if (isObject(topic) && Array.isArray(topic['people']))
      topic['people'] = topic['people'].filter((id) => !gone.has(id as string));
  }
  return { missing, removed: true };
}
