/**
 * `social-directory import`: people from an HR or identity system (CSV here; SCIM, Graph,
 * Google Workspace and LDIF in src/cli/import/) into a manifest, with the
 * same rules as the components (profiles resolved by `resolveProfile`, fields checked by the
 * `Person` schema), merging into an existing manifest without losing what the CSV lacks.
 * @module
 */
import { parseArgs } from 'node:util';
import {
  foldText,
  ManifestError,
  NETWORKS,
  resolveProfile,
  validateManifest,
  writeProfile,
  type NetworkId,
} from '../../core/index.js';
import { withoutControls } from '../../core/internal.js';
import { describeColumn, planColumns, type Column, type ColumnPlan, type CsvField } from '../columns.js';
import { readCsv, type CsvRow } from '../csv.js';
import {
  CliError,
  isStandardOutput,
  prettyJson,
  prettyJsonParts,
  readManifestFile,
  readTextFile,
  sameFile,
  writeOutputFile,
  type Output,
} from '../io.js';
import { ManagerLinks } from '../managers.js';
import { IdAllocator, slugify } from '../slug.js';
import { DepartmentIndex } from '../import/departments.js';
import { checkFields } from '../import/fields.js';
import { comparePeople, describeChanges, snapshotPeople } from '../import/changes.js';
import { google } from '../import/google.js';
import { graph } from '../import/graph.js';
import { ldifFormat } from '../import/ldif.js';
import { dropMissing, importRecords, PERSON_ORDER, type RecordsImport } from '../import/people.js';
import { scim } from '../import/scim.js';
import type { SourceFile, SourceFormat, SourceNote, SourceRead } from '../import/source.js';

/** `social-directory import --help`. */
export const IMPORT_HELP = `Usage: social-directory import <file>... [options]

Adds the people of an HR or identity system's export to a manifest, or makes a new one.
The format is recognised by content: CSV/TSV (UTF-8), SCIM 2.0 (ListResponse pages or a list
of users), Microsoft Graph /users pages, Google Workspace users.list pages, or LDIF. The files
of one source (pages of an API) are one import. Disabled, suspended and archived users are
left out. With --into, fields the source owns (name, title, department, email, phone,
location, time zone, photo, manager, employee number) are updated; fields people own
(profiles, pronouns, ask me about, languages, visibility, champion) are never overwritten.

Options:
  --into <manifest.json>  merge into this manifest (people matched by employee number, email, then id/name)
  --organization <name>   the organization's name, for a new manifest (without --into)
  --format <format>       read the files as csv, scim, graph, google or ldif (default: by content)
  --map <column=field>    CSV: import a column as a field, a network or "ignore"; repeatable
                          fields: id, name, firstName, lastName, email, department, title,
                          location, pronouns, phone, timeZone, photo, askMeAbout, languages,
                          champion, visibility, manager (an email, employee id or name),
                          employeeId (what manager ids refer to); networks: linkedin, x, …
  --dry-run               print who would be added, updated (which fields) and removed; write nothing
  --remove-missing        with --into: remove people who are no longer in the source (default: list them)
  -o, --output <file>     write the manifest here (default, or -: standard output)
  --force                 allow -o to replace the --into manifest
  --verbose               list every skipped record and warning (default: the first 50 of each)
  -h, --help              show this help

Exit status: 0 written, 1 nothing importable (no name column, every record skipped, invalid
--into manifest), 2 usage or file problem.
`;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A row that was not imported, or a value that was left out, with its line in the CSV. */
interface RowNote {
  readonly line: number;
  readonly message: string;
}

const TEXT_FIELDS = ['pronouns', 'title', 'email', 'phone', 'location', 'timeZone', 'photo'] as const;
const LIST_FIELDS = ['askMeAbout', 'languages'] as const;

const YES = /^(?:yes|y|true|1|x|✓|✔)$/i;
const NO = /^(?:no|n|false|0|-)$/i;

/** Runs `social-directory import`; returns the exit code. */
export async function runImport(args: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      into: { type: 'string' },
      organization: { type: 'string' },
      map: { type: 'string', multiple: true },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'remove-missing': { type: 'boolean' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(IMPORT_HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new CliError(
      'import takes the files of one source: social-directory import <people.csv | users.json… | people.ldif> [--into manifest.json] [-o out.json]',
    );
  if (values.into === undefined && values.organization === undefined) {
    throw new CliError(
      'give --into <manifest.json> to merge into a manifest, or --organization "<name>" to start a new one.',
    );
  }
  if (values['remove-missing'] && values.into === undefined)
    throw new CliError(
      '--remove-missing needs --into <manifest.json>: it removes people of that manifest who are no longer in the source.',
    );
  const dryRun = values['dry-run'] === true;
  if (values.output !== undefined && !isStandardOutput(values.output) && !dryRun)
    checkOutput(values.output, positionals, values.into, values.force === true);

  const files = positionals.map(readSourceFile);
  const format = chooseFormat(files, values.format);
  if (format !== 'csv' && values.map !== undefined)
    throw new CliError(`--map is for CSV columns; ${format.label} fields are mapped as docs/cli.md describes.`);
  const document =
    values.into === undefined ? newManifest(values.organization as string) : await existingManifest(values.into);
  const before = values.into === undefined ? new Map() : snapshotPeople(document);
  const verbose = values.verbose === true;
  const removeMissing = values['remove-missing'] === true;

  let missing: { missing: readonly string[]; removed: boolean };
  if (format === 'csv') {
    const [file, ...more] = files;
    if (file === undefined || more.length > 0)
      throw new CliError(
        'a CSV import takes one file; several files are for paged sources (SCIM, Graph, Google Workspace, LDIF).',
      );
    missing = importCsv(io, file.path, document, values.map ?? [], verbose, removeMissing && values.into !== undefined);
  } else {
    const read = format.read(files);
    const result = importRecords(document, read.records, format.fields, { removeMissing });
    reportRecords(io, format, files, read, result, verbose);
    if (result.added + result.updated + result.unchanged === 0)
      throw new CliError(`no user of ${files.map((f) => f.path).join(', ')} could be imported.`, 1);
    missing = result;
  }
  if (missing.missing.length > 0) {
    const ids = verbose ? missing.missing : missing.missing.slice(0, LIMIT);
    const more = missing.missing.length - ids.length;
    io.err(
      `No longer in the source (${missing.missing.length}${missing.removed ? ', removed' : ', kept: --remove-missing removes them'}): ` +
        `${ids.join(', ')}${more > 0 ? ` … and ${more} more` : ''}\n`,
    );
  }
  // A new manifest is made only of values checked record by record (the schema's field rules,
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
  if (warnings > 0) {
    // Imported values were checked one by one, so these come from the --into manifest.
    io.err(
      `The merged manifest has ${warnings} warning${warnings === 1 ? '' : 's'}: run "social-directory validate" on it.\n`,
    );
  }
  if (dryRun || values.into !== undefined) {
    const changes = describeChanges(comparePeople(before, snapshotPeople(document)), LIMIT, verbose);
    if (dryRun) {
      io.out(
        `Dry run: nothing written. ${values.into === undefined ? 'The new manifest would have' : `Changes to ${values.into}`}:\n${changes}`,
      );
      return 0;
    }
    io.err(changes);
  }
  if (values.output === undefined || isStandardOutput(values.output)) io.out(prettyJson(document));
  else {
    writeOutputFile(values.output, prettyJsonParts(document));
    io.err(`Wrote ${values.output} (${(document['people'] as unknown[]).length} people).\n`);
  }
  return 0;
}

/** Imports one CSV file into the document and prints its summary. */
function importCsv(
  io: Output,
  csvPath: string,
  document: Json,
  map: readonly string[],
  verbose: boolean,
  removeMissing: boolean,
) {
  const started: { importer?: Importer; plan?: ColumnPlan } = {};
  readCsv(csvPath, (header) => {
    const plan = planColumns(header, map);
    const importer = new Importer(document, plan.used, header.length);
    Object.assign(started, { importer, plan });
    return (row) => importer.add(row);
  });
  const { importer, plan } = started;
  if (importer === undefined || plan === undefined) throw new CliError(`${csvPath} is empty.`);
  importer.warnings.push(...importer.managers.resolve(document['people'] as unknown[]));
  report(io, csvPath, importer, plan.used, plan.ignored, verbose);
  if (importer.added + importer.updated + importer.unchanged === 0)
    throw new CliError(`no row of ${csvPath} could be imported.`, 1);
  return dropMissing(document, (person) => importer.imported(person), removeMissing);
}

// The formats recognised by content, in the order they are tried; CSV is what is left.
const FORMATS: readonly SourceFormat[] = [scim, graph, google, ldifFormat];
const FORMAT_NAMES = ['csv', ...FORMATS.map((f) => f.id)];

function readSourceFile(path: string): SourceFile {
  const text = readTextFile(path);
  if (!/^\s*[[{]/.test(text)) return { path, text, data: undefined };
  try {
    return { path, text, data: JSON.parse(text) as unknown };
  } catch (error) {
    throw new CliError(`${path} looks like JSON but is not valid JSON (${(error as Error).message}).`, 1);
  }
}

/** The format of the files: `--format` or what their content says; all files are one source. */
function chooseFormat(files: readonly SourceFile[], forced: string | undefined): SourceFormat | 'csv' {
  if (forced !== undefined) {
    if (!FORMAT_NAMES.includes(forced))
      throw new CliError(`--format ${forced}: use one of ${FORMAT_NAMES.join(', ')}.`);
    return FORMATS.find((f) => f.id === forced) ?? 'csv';
  }
  const found = files.map((file) => {
    const format = FORMATS.find((f) => f.detect(file));
    if (format === undefined && file.data !== undefined) {
      throw new CliError(
        `${file.path} is JSON but not a format the import knows (SCIM 2.0, Microsoft Graph /users, Google Workspace users.list). Name it with --format.`,
        1,
      );
    }
    return format ?? 'csv';
  });
  const kinds = [...new Set(found)];
  if (kinds.length > 1) {
    throw new CliError(
      `one import is one source, but these files are ${kinds.map((k) => (k === 'csv' ? 'CSV' : k.label)).join(' and ')}: import them one after the other.`,
    );
  }
  return kinds[0] as SourceFormat | 'csv';
}

function reportRecords(
  io: Output,
  format: SourceFormat,
  files: readonly SourceFile[],
  read: SourceRead,
  result: RecordsImport,
  verbose: boolean,
): void {
  const total = read.records.length + read.excluded.length;
  const parts = [`${result.added} added`, `${result.updated} updated`];
  if (result.unchanged > 0) parts.push(`${result.unchanged} unchanged`);
  parts.push(`${read.excluded.length} left out`, `${result.skipped.length} skipped`);
  const from = files.length === 1 ? (files[0] as SourceFile).path : `${files.length} files`;
  io.err(`Imported ${format.label} (${from}): ${total} records, ${parts.join(', ')}.\n`);
  for (const note of read.notes) io.err(`${note}\n`);
  if (result.createdDepartments.length > 0)
    io.err(`New departments: ${result.createdDepartments.map((d) => `${d.id} (${d.name})`).join(', ')}\n`);
  const list = (title: string, notes: readonly SourceNote[]) => {
    if (notes.length === 0) return;
    io.err(`${title}:\n`);
    const shown = verbose ? notes : notes.slice(0, LIMIT);
    for (const note of shown) io.err(`  ${note.where}: ${note.message}\n`);
    if (shown.length < notes.length) io.err(`  … and ${notes.length - shown.length} more (--verbose lists them all)\n`);
  };
  list('Left out (disabled in the source, or not a person)', read.excluded);
  list('Skipped', result.skipped);
  list('Not imported', result.warnings);
}

/** Refuses, before any work, an output that would replace an input or (without --force) the --into manifest. */
function checkOutput(output: string, inputs: readonly string[], into: string | undefined, force: boolean): void {
  // Never a source file, even with --force: the manifest is JSON, and the export would be lost.
  const input = inputs.find((path) => sameFile(path, output));
  if (input !== undefined)
    throw new CliError(`${output} is a file being imported; write the manifest elsewhere with -o.`);
  if (into !== undefined && !force && sameFile(into, output)) {
    throw new CliError(`${output} is the --into manifest; add --force to replace it, or write elsewhere with -o.`);
  }
}

function newManifest(organization: string): Json {
  if (organization.trim() === '')
    throw new CliError('--organization needs a name, like --organization "Northwind Press".');
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
  /** The rows' manager references, resolved once every row is read. */
  readonly managers = new ManagerLinks();

  readonly #people: unknown[];
  readonly #columns: readonly Column[];
  readonly #width: number;
  readonly #byId = new Map<string, Json>();
  readonly #byEmail = new Map<string, Json>();
  readonly #ids: IdAllocator;
  readonly #departments: DepartmentIndex;
  // People this import already wrote, with the line that did: a second row for them is a duplicate.
  readonly #touched = new Map<Json, number>();
  readonly #rows = new Map<string, number>();
  readonly #splitName: boolean;

  constructor(document: Json, columns: readonly Column[], width: number) {
    this.#people = document['people'] as unknown[];
    this.#columns = columns;
    this.#width = width;
    for (const person of this.#people) {
      if (!isObject(person)) continue;
      if (typeof person['id'] === 'string') this.#byId.set(person['id'], person);
      if (typeof person['email'] === 'string') this.#byEmail.set(person['email'].trim().toLowerCase(), person);
    }
    this.#ids = new IdAllocator(this.#byId.keys());
    this.#departments = new DepartmentIndex(document);
    const fields = new Set(columns.map((c) => (c.target.kind === 'field' ? c.target.field : undefined)));
    this.#splitName = !fields.has('firstName') && !fields.has('lastName');
  }

  /** Whether a person of the manifest was written by a row of this import. */
  imported(person: Json): boolean {
    return this.#touched.has(person);
  }

  add(row: CsvRow): void {
    const skip = (message: string): void => {
      this.skipped.push({ line: row.line, message });
    };
    if (row.problem !== undefined) return skip(row.problem);
    if (row.fields.length > this.#width) {
      return skip(
        `it has ${row.fields.length} values but the header has ${this.#width} columns (a comma inside a value without quotes?)`,
      );
    }
    const rowKey = row.fields.join('\u0001');
    const repeated = this.#rows.get(rowKey);
    if (repeated !== undefined) return skip(`it repeats line ${repeated}`);
    this.#rows.set(rowKey, row.line);

    const values = new Map<CsvField, string>();
    const profiles: { network: NetworkId; header: string; value: string }[] = [];
    // The loader's rule for text: control characters and bidi overrides never reach the
    // manifest (a line break still separates "ask me about" items).
    const cleaned: string[] = [];
    for (const column of this.#columns) {
      const cell = row.fields[column.index] ?? '';
      const multiline = column.target.kind === 'field' && column.target.field === 'askMeAbout';
      const clean = withoutControls(cell, multiline);
      if (clean !== (multiline ? cell.replace(/\r\n?/g, '\n') : cell)) cleaned.push(column.header);
      const value = clean.trim();
      if (value === '') continue;
      if (column.target.kind === 'field') values.set(column.target.field, value);
      else if (column.target.kind === 'profile')
        profiles.push({ network: column.target.network, header: column.header, value });
    }
    let name = values.get('name');
    if (name !== undefined && this.#splitName) {
      // "Park, Ellen": the sortable form many HR systems export.
      const parts = name.split(',');
      if (parts.length === 2 && parts.every((p) => p.trim() !== ''))
        name = `${(parts[1] as string).trim()} ${(parts[0] as string).trim()}`;
    }
    name ??= [values.get('firstName'), values.get('lastName')].filter(Boolean).join(' ');
    name = name.replace(/\s+/g, ' ');
    if (name === '') return skip('it has no name');
    const warn = (message: string): void => {
      this.warnings.push({ line: row.line, message: `${name}: ${message}` });
    };
    if (cleaned.length > 0) warn(`control characters or line breaks removed from ${cleaned.join(', ')}`);

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
      const departmentId = this.#departments.resolve(department);
      if (departmentId === undefined) warn(`department "${department}" is not a department name (left out)`);
      else person['department'] = departmentId;
    }
    const merged = this.#merge(person, row.line, warn, skip);
    if (merged !== undefined) this.managers.note(merged, row.line, values.get('manager'), values.get('employeeId'));
  }

  /** Departments this import created. */
  get createdDepartments(): readonly { id: string; name: string }[] {
    return this.#departments.created;
  }

  /** Adds or updates the person; returns the manifest entry written, or nothing when the row was skipped. */
  #merge(
    person: Json,
    line: number,
    warn: (message: string) => void,
    skip: (message: string) => void,
  ): Json | undefined {
    const name = person['name'] as string;
    const email = typeof person['email'] === 'string' ? person['email'].toLowerCase() : undefined;
    let existing: Json | undefined;
    let by = '';
    if (typeof person['id'] === 'string') [existing, by] = [this.#byId.get(person['id']), 'id'];
    if (existing === undefined && email !== undefined) [existing, by] = [this.#byEmail.get(email), 'email'];
    if (existing === undefined && email === undefined) {
      const candidate = this.#byId.get(slugify(name));
      if (
        candidate !== undefined &&
        typeof candidate['name'] === 'string' &&
        foldText(candidate['name']) === foldText(name)
      ) {
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
      const id =
        typeof person['id'] === 'string' && !this.#ids.has(person['id'])
          ? person['id']
          : this.#ids.allocate(name, 'person');
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
}

function splitList(value: string, separator: RegExp): string[] {
  return [
    ...new Set(
      value
        .split(separator)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

function canonicalUrl(profile: unknown): string | undefined {
  if (!isObject(profile) || typeof profile['network'] !== 'string' || !(profile['network'] in NETWORKS))
    return undefined;
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

function report(
  io: Output,
  csvPath: string,
  importer: Importer,
  used: readonly Column[],
  ignored: readonly Column[],
  verbose: boolean,
): void {
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
