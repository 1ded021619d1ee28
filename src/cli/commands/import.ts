/**
 * `social-directory import`: people from an HR system's CSV export into a manifest, with the
 * same rules as the components (profiles resolved by `resolveProfile`, fields checked by the
 * `Person` schema), merging into an existing manifest without losing what the CSV lacks.
 * @module
 */
import { parseArgs } from 'node:util';
import type * as z from 'zod/mini';
import { foldText, ManifestError, NETWORKS, resolveProfile, validateManifest, writeProfile, type NetworkId } from '../../core/index.js';
import { Department, manifestErrorMap, Person } from '../../core/schema.js';
import { describeColumn, planColumns, type Column, type ColumnPlan, type CsvField } from '../columns.js';
import { readCsv, type CsvRow } from '../csv.js';
import { CliError, prettyJson, readManifestFile, sameFile, writeOutputFile, type Output } from '../io.js';
import { ManagerLinks } from '../managers.js';
import { IdAllocator, slugify } from '../slug.js';

/** `social-directory import --help`. */
export const IMPORT_HELP = `Usage: social-directory import <people.csv> [options]

Adds the people of an HR export (CSV, UTF-8) to a manifest, or makes a new one.

Options:
  --into <manifest.json>  merge into this manifest (people matched by id, then email, then name)
  --organization <name>   the organization's name, for a new manifest (without --into)
  --map <column=field>    import a column as a field, a network or "ignore"; repeatable
                          fields: id, name, firstName, lastName, email, department, title,
                          location, pronouns, phone, timeZone, photo, askMeAbout, languages,
                          champion, visibility, manager (an email, employee id or name),
                          employeeId (what manager ids refer to); networks: linkedin, x, …
  -o, --output <file>     write the manifest here (default: standard output)
  --force                 allow -o to replace the --into manifest
  --verbose               list every skipped row and warning (default: the first 50 of each)
  -h, --help              show this help

Exit status: 0 written, 1 nothing importable (no name column, every row skipped, invalid
--into manifest), 2 usage or file problem.
`;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A row that was not imported, or a value that was left out, with its line in the CSV. */
interface RowNote {
  readonly line: number;
  readonly message: string;
}

const TEXT_FIELDS = ['pronouns', 'title', 'email', 'phone', 'location', 'timeZone', 'photo'] as const;
const LIST_FIELDS = ['askMeAbout', 'languages'] as const;
// The order fields are written in for new people, as in the manifest guide.
const PERSON_ORDER = [
  'id', 'name', 'pronouns', 'title', 'department', 'email', 'phone', 'location', 'timeZone', 'photo',
  'profiles', 'topics', 'askMeAbout', 'languages', 'champion', 'visibility', 'manager',
];

const YES = /^(?:yes|y|true|1|x|✓|✔)$/i;
const NO = /^(?:no|n|false|0|-)$/i;

/** Runs `social-directory import`; returns the exit code. */
export async function runImport(args: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      into: { type: 'string' },
      organization: { type: 'string' },
      map: { type: 'string', multiple: true },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(IMPORT_HELP);
    return 0;
  }
  const [csvPath, ...extra] = positionals;
  if (csvPath === undefined || extra.length > 0) throw new CliError('import takes one CSV file: social-directory import <people.csv> [--into manifest.json] [-o out.json]');
  if (values.into === undefined && values.organization === undefined) {
    throw new CliError('give --into <manifest.json> to merge into a manifest, or --organization "<name>" to start a new one.');
  }
  if (values.output !== undefined) checkOutput(values.output, csvPath, values.into, values.force === true);

  const document = values.into === undefined ? newManifest(values.organization as string) : await existingManifest(values.into);
  const started: { importer?: Importer; plan?: ColumnPlan } = {};
  readCsv(csvPath, (header) => {
    const plan = planColumns(header, values.map ?? []);
    const importer = new Importer(document, plan.used, header.length);
    Object.assign(started, { importer, plan });
    return (row) => importer.add(row);
  });
  const { importer, plan } = started;
  if (importer === undefined || plan === undefined) throw new CliError(`${csvPath} is empty.`);
  importer.warnings.push(...importer.managers.resolve(document['people'] as unknown[]));

  if (importer.added + importer.updated + importer.unchanged === 0) {
    report(io, csvPath, importer, plan.used, plan.ignored, values.verbose === true);
    throw new CliError(`no row of ${csvPath} could be imported.`, 1);
  }
  // A new manifest is made only of values checked row by row (the schema's field rules,
  // resolved profiles, slug ids), so validating it whole again would only cost a fifth of a
  // 100,000-row import. A merge is validated: there the --into manifest's entries meet ours.
  let warnings = 0;
  if (values.into !== undefined) {
    try {
      warnings = validateManifest(document).warnings.length;
    } catch (error) {
      if (error instanceof ManifestError) throw new CliError(`the merged manifest is not valid: ${error.message}`, 1);
      throw error;
    }
  }
  report(io, csvPath, importer, plan.used, plan.ignored, values.verbose === true);
  if (warnings > 0) {
    // Imported values were checked row by row, so these come from the --into manifest.
    io.err(`The merged manifest has ${warnings} warning${warnings === 1 ? '' : 's'}: run "social-directory validate" on it.\n`);
  }
  const json = prettyJson(document);
  if (values.output === undefined) io.out(json);
  else {
    writeOutputFile(values.output, json);
    io.err(`Wrote ${values.output} (${(document['people'] as unknown[]).length} people).\n`);
  }
  return 0;
}

/** Refuses, before any work, an output that would replace the CSV or (without --force) the --into manifest. */
function checkOutput(output: string, csvPath: string, into: string | undefined, force: boolean): void {
  // Never the CSV, even with --force: the manifest is JSON, and the export would be lost.
  if (sameFile(csvPath, output)) throw new CliError(`${output} is the CSV being imported; write the manifest elsewhere with -o.`);
  if (into !== undefined && !force && sameFile(into, output)) {
    throw new CliError(`${output} is the --into manifest; add --force to replace it, or write elsewhere with -o.`);
  }
}

function newManifest(organization: string): Json {
  if (organization.trim() === '') throw new CliError('--organization needs a name, like --organization "Northwind Press".');
  return { version: 1, organization: { name: organization.trim() }, departments: [], people: [] };
}

async function existingManifest(path: string): Promise<Json> {
  let data: unknown;
  try {
    data = (await readManifestFile(path)).data;
    // A manifest with an organization and nobody in it yet is what an import is for.
    if (isObject(data) && data['people'] === undefined) data['people'] = [];
    validateManifest(data);
  } catch (error) {
    if (error instanceof ManifestError && error.code !== 'no-people') {
      const message = error.message.startsWith(path) ? error.message : `${path}: ${error.message}`;
      throw new CliError(`${message} Run "social-directory validate ${path}" to see every problem.`, 1);
    }
    if (!(error instanceof ManifestError)) throw error;
  }
  const document = data as Json;
  if (!Array.isArray(document['people'])) document['people'] = [];
  return document;
}

/** Turns rows into people and merges them into the document, collecting what happened. */
class Importer {
  added = 0;
  updated = 0;
  unchanged = 0;
  readonly skipped: RowNote[] = [];
  readonly warnings: RowNote[] = [];
  readonly createdDepartments: { id: string; name: string }[] = [];
  /** The rows' manager references, resolved once every row is read. */
  readonly managers = new ManagerLinks();

  readonly #document: Json;
  readonly #people: unknown[];
  readonly #columns: readonly Column[];
  readonly #width: number;
  readonly #byId = new Map<string, Json>();
  readonly #byEmail = new Map<string, Json>();
  readonly #ids: IdAllocator;
  readonly #departmentIds: IdAllocator;
  readonly #departments = new Map<string, string>();
  // People this import already wrote, with the line that did: a second row for them is a duplicate.
  readonly #touched = new Map<Json, number>();
  readonly #rows = new Map<string, number>();
  readonly #splitName: boolean;

  constructor(document: Json, columns: readonly Column[], width: number) {
    this.#document = document;
    this.#people = document['people'] as unknown[];
    this.#columns = columns;
    this.#width = width;
    for (const person of this.#people) {
      if (!isObject(person)) continue;
      if (typeof person['id'] === 'string') this.#byId.set(person['id'], person);
      if (typeof person['email'] === 'string') this.#byEmail.set(person['email'].trim().toLowerCase(), person);
    }
    this.#ids = new IdAllocator(this.#byId.keys());
    const departments = Array.isArray(document['departments']) ? (document['departments'] as unknown[]) : [];
    this.#departmentIds = new IdAllocator();
    for (const department of departments) {
      if (!isObject(department) || typeof department['id'] !== 'string') continue;
      const id = department['id'];
      this.#departmentIds.take(id);
      for (const key of [id.toLowerCase(), slugify(id)]) this.#departments.set(key, id);
      if (typeof department['name'] === 'string') this.#departments.set(foldText(department['name']), id);
    }
    const fields = new Set(columns.map((c) => (c.target.kind === 'field' ? c.target.field : undefined)));
    this.#splitName = !fields.has('firstName') && !fields.has('lastName');
  }

  add(row: CsvRow): void {
    const skip = (message: string): void => {
      this.skipped.push({ line: row.line, message });
    };
    if (row.problem !== undefined) return skip(row.problem);
    if (row.fields.length > this.#width) {
      return skip(`it has ${row.fields.length} values but the header has ${this.#width} columns (a comma inside a value without quotes?)`);
    }
    const rowKey = row.fields.join('\u0001');
    const repeated = this.#rows.get(rowKey);
    if (repeated !== undefined) return skip(`it repeats line ${repeated}`);
    this.#rows.set(rowKey, row.line);

    const values = new Map<CsvField, string>();
    const profiles: { network: NetworkId; header: string; value: string }[] = [];
    for (const column of this.#columns) {
      const value = (row.fields[column.index] ?? '').trim();
      if (value === '') continue;
      if (column.target.kind === 'field') values.set(column.target.field, value);
      else if (column.target.kind === 'profile') profiles.push({ network: column.target.network, header: column.header, value });
    }
    let name = values.get('name');
    if (name !== undefined && this.#splitName) {
      // "Park, Ellen": the sortable form many HR systems export.
      const parts = name.split(',');
      if (parts.length === 2 && parts.every((p) => p.trim() !== '')) name = `${(parts[1] as string).trim()} ${(parts[0] as string).trim()}`;
    }
    name ??= [values.get('firstName'), values.get('lastName')].filter(Boolean).join(' ');
    name = name.replace(/\s+/g, ' ');
    if (name === '') return skip('it has no name');
    const warn = (message: string): void => {
      this.warnings.push({ line: row.line, message: `${name}: ${message}` });
    };

    const person: Json = { name };
    const id = values.get('id');
    if (id !== undefined) person['id'] = id;
    for (const field of TEXT_FIELDS) {
      const value = values.get(field);
      if (value !== undefined) person[field] = value;
    }
    const askMeAbout = values.get('askMeAbout');
    if (askMeAbout !== undefined) person['askMeAbout'] = splitList(askMeAbout, /[;,|\n]/);
    const languages = values.get('languages');
    if (languages !== undefined) person['languages'] = splitList(languages, /[;,|\s]+/);
    const champion = values.get('champion');
    if (champion !== undefined) {
      if (YES.test(champion)) person['champion'] = true;
      else if (NO.test(champion)) person['champion'] = false;
      else warn(`champion "${champion}" is not yes or no (left out)`);
    }
    const visibility = values.get('visibility');
    if (visibility !== undefined) {
      if (/^(?:public|external)$/i.test(visibility) || YES.test(visibility)) person['visibility'] = 'public';
      else if (/^(?:internal|private)$/i.test(visibility) || NO.test(visibility)) person['visibility'] = 'internal';
      else warn(`visibility "${visibility}" is not public or internal (left out)`);
    }
    const written: Json[] = [];
    for (const { network, header, value } of profiles) {
      const resolved = resolveProfile(network, { handle: value });
      if (!resolved.ok) {
        warn(`${header} "${value}": ${resolved.message} (profile left out)`);
        continue;
      }
      written.push(writeProfile({ network, handle: resolved.handle, url: resolved.url }) as Json);
    }
    if (written.length > 0) person['profiles'] = written;

    // The manifest's own rules, so the import never writes what the loader would reject.
    const problems = checkFields(person);
    if (problems.length > 0) {
      const drop = new Map<string, number[]>();
      for (const problem of problems) {
        const [field, index] = problem.path as [string, number | undefined];
        if (field === 'name') return skip(`its name ${problem.message}`);
        const shown = typeof index === 'number' ? (person[field] as unknown[])[index] : person[field];
        warn(`${field} ${JSON.stringify(shown)} ${problem.message} (left out)`);
        const list = drop.get(field) ?? [];
        if (typeof index === 'number') list.push(index);
        drop.set(field, list);
      }
      for (const [field, indices] of drop) {
        const value = person[field];
        if (Array.isArray(value) && indices.length > 0) {
          const kept = value.filter((_, i) => !indices.includes(i));
          if (kept.length > 0) person[field] = kept;
          else delete person[field];
        } else delete person[field];
      }
    }
    const department = values.get('department');
    if (department !== undefined) {
      const departmentId = this.#department(department);
      if (departmentId === undefined) warn(`department "${department}" is not a department name (left out)`);
      else person['department'] = departmentId;
    }
    const merged = this.#merge(person, row.line, warn, skip);
    if (merged !== undefined) this.managers.note(merged, row.line, values.get('manager'), values.get('employeeId'));
  }

  /** Adds or updates the person; returns the manifest entry written, or nothing when the row was skipped. */
  #merge(person: Json, line: number, warn: (message: string) => void, skip: (message: string) => void): Json | undefined {
    const name = person['name'] as string;
    const email = typeof person['email'] === 'string' ? person['email'].toLowerCase() : undefined;
    let existing: Json | undefined;
    let by = '';
    if (typeof person['id'] === 'string') [existing, by] = [this.#byId.get(person['id']), 'id'];
    if (existing === undefined && email !== undefined) [existing, by] = [this.#byEmail.get(email), 'email'];
    if (existing === undefined && email === undefined) {
      const candidate = this.#byId.get(slugify(name));
      if (candidate !== undefined && typeof candidate['name'] === 'string' && foldText(candidate['name']) === foldText(name)) {
        [existing, by] = [candidate, 'name'];
      }
    }
    const earlier = existing === undefined ? undefined : this.#touched.get(existing);
    if (earlier !== undefined) {
      if (by !== 'name') {
        skip(`same ${by} as line ${earlier}`);
        return undefined;
      }
      warn(`same name as line ${earlier} and no email to tell them apart: imported as a separate person`);
      existing = undefined;
    }

    if (existing === undefined) {
      const id = typeof person['id'] === 'string' && !this.#ids.has(person['id']) ? person['id'] : this.#ids.allocate(name, 'person');
      this.#ids.take(id);
      const created: Json = {};
      for (const key of PERSON_ORDER) {
        if (key === 'id') created[key] = id;
        else if (person[key] !== undefined) created[key] = person[key];
      }
      this.#people.push(created);
      this.#byId.set(id, created);
      if (email !== undefined && !this.#byEmail.has(email)) this.#byEmail.set(email, created);
      this.#touched.set(created, line);
      this.added++;
      return created;
    }

    const before = JSON.stringify(existing);
    for (const [key, value] of Object.entries(person)) {
      if (key === 'id') continue;
      if (key === 'profiles') mergeProfiles(existing, value as Json[]);
      else if ((LIST_FIELDS as readonly string[]).includes(key) && Array.isArray(existing[key])) {
        existing[key] = [...new Set([...(existing[key] as unknown[]), ...(value as unknown[])])];
      } else existing[key] = value;
    }
    if (email !== undefined) this.#byEmail.set(email, existing);
    this.#touched.set(existing, line);
    if (JSON.stringify(existing) === before) this.unchanged++;
    else this.updated++;
    return existing;
  }

  /** The id of the department a CSV names, by id or name; creates it when there is none. */
  #department(value: string): string | undefined {
    for (const key of [value.toLowerCase(), foldText(value), slugify(value)]) {
      const id = this.#departments.get(key);
      if (id !== undefined) return id;
    }
    if (slugify(value) === '' || !DEPARTMENT_NAME.safeParse(value).success) return undefined;
    const id = this.#departmentIds.allocate(value, 'department');
    if (!Array.isArray(this.#document['departments'])) this.#document['departments'] = [];
    (this.#document['departments'] as Json[]).push({ id, name: value });
    this.createdDepartments.push({ id, name: value });
    for (const key of [value.toLowerCase(), foldText(value), slugify(value), id]) this.#departments.set(key, id);
    return id;
  }
}

// The Person schema's own field schemas: the manifest's rules, so the import never writes what
// the loader would reject. Checked field by field (profiles excepted: resolveProfile above is
// their rule), which costs a third of parsing the whole person for each of 100,000 rows.
const PERSON_FIELDS = Person.shape as unknown as Readonly<Record<string, z.ZodMiniType>>;

const DEPARTMENT_NAME = Department.shape.name;

type FieldProblem = { readonly path: readonly (string | number)[]; readonly message: string };
// Titles, offices and pronouns repeat across an organization: each distinct value is checked once.
const REPEATING: ReadonlySet<string> = new Set(['title', 'location', 'pronouns', 'timeZone']);
const checked = new Map<string, readonly FieldProblem[]>();

function checkFields(person: Json): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, value] of Object.entries(person)) {
    const schema = PERSON_FIELDS[field];
    if (field === 'profiles' || schema === undefined) continue;
    const key = REPEATING.has(field) ? `${field}\u0000${String(value)}` : undefined;
    let found = key === undefined ? undefined : checked.get(key);
    if (found === undefined) {
      const parsed = schema.safeParse(value, { error: manifestErrorMap });
      found = parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: [field, ...(issue.path as (string | number)[])], message: issue.message }));
      if (key !== undefined) checked.set(key, found);
    }
    problems.push(...found);
  }
  return problems;
}

function splitList(value: string, separator: RegExp): string[] {
  return [...new Set(value.split(separator).map((item) => item.trim()).filter(Boolean))];
}

function canonicalUrl(profile: unknown): string | undefined {
  if (!isObject(profile) || typeof profile['network'] !== 'string' || !(profile['network'] in NETWORKS)) return undefined;
  const resolved = resolveProfile(profile['network'] as NetworkId, profile as { handle?: string; url?: string });
  return resolved.ok ? (resolved.url ?? resolved.handle) : undefined;
}

/** The CSV's profile replaces one on the same network, unless both are the same profile (its label then stays). */
function mergeProfiles(person: Json, incoming: readonly Json[]): void {
  const profiles: unknown[] = Array.isArray(person['profiles']) ? [...(person['profiles'] as unknown[])] : [];
  for (const profile of incoming) {
    const url = canonicalUrl(profile);
    if (profiles.some((p) => canonicalUrl(p) === url)) continue;
    const same = profiles.findIndex((p) => isObject(p) && p['network'] === profile['network']);
    if (same >= 0) profiles[same] = profile;
    else profiles.push(profile);
  }
  person['profiles'] = profiles;
}

const LIMIT = 50;

function report(io: Output, csvPath: string, importer: Importer, used: readonly Column[], ignored: readonly Column[], verbose: boolean): void {
  const rows = importer.added + importer.updated + importer.unchanged + importer.skipped.length;
  const parts = [`${importer.added} added`, `${importer.updated} updated`];
  if (importer.unchanged > 0) parts.push(`${importer.unchanged} unchanged`);
  parts.push(`${importer.skipped.length} skipped`);
  io.err(`Imported ${csvPath}: ${rows} rows, ${parts.join(', ')}.\n`);
  io.err(`Columns: ${used.map(describeColumn).join(', ')}\n`);
  if (ignored.length > 0) io.err(`Ignored columns: ${ignored.map(describeColumn).join(', ')}\n`);
  if (importer.createdDepartments.length > 0) {
    io.err(`New departments: ${importer.createdDepartments.map((d) => `${d.id} (${d.name})`).join(', ')}\n`);
  }
  const list = (title: string, notes: readonly RowNote[]) => {
    if (notes.length === 0) return;
    io.err(`${title}:\n`);
    const shown = verbose ? notes : notes.slice(0, LIMIT);
    for (const note of shown) io.err(`  ${note.line > 0 ? `line ${note.line}` : 'manifest'}: ${note.message}\n`);
    if (shown.length < notes.length) io.err(`  … and ${notes.length - shown.length} more (--verbose lists them all)\n`);
  };
  list('Skipped rows', importer.skipped);
  list('Left out', importer.warnings);
}
