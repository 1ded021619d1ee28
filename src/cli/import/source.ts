/**
 * What every identity or HR source is read into before it meets a manifest: one record per
 * person with the fields the manifest knows, their profiles and a reference to their manager.
 * A module per format (SCIM, Microsoft Graph, Google Workspace, LDIF) fills these records; one
 * importer (`people.ts`) merges them, so ownership rules are the same for every source.
 * @module
 */
import { NETWORK_IDS, isNetworkId, resolveProfile, type NetworkId } from '../../core/index.js';

/** A source file, read and (for JSON sources) parsed. */
export interface SourceFile {
  /** The path as given on the command line. */
  readonly path: string;
  /** The text. */
  readonly text: string;
  /** The parsed JSON, or `undefined` for a file that is not JSON. */
  readonly data: unknown;
}

/** A profile a source gives, before it is checked with the network's rules. */
export interface SourceProfile {
  /** The network it names. */
  readonly network: NetworkId;
  /** The handle or link as the source has it. */
  readonly value: string;
  /** Where in the record: `ims[1].value`. */
  readonly field: string;
}

/** The person fields a source can fill, as the manifest writes them (department as a name). */
export const SOURCE_FIELDS = [
  'name',
  'title',
  'department',
  'email',
  'phone',
  'location',
  'timeZone',
  'photo',
  'employeeNumber',
  'manager',
] as const;
/** A person field a source can fill. */
export type SourceField = (typeof SOURCE_FIELDS)[number];

/** One person as a source describes them. */
export interface SourceRecord {
  /** Where the record is, for messages: `users-1.json value[3]`. */
  readonly where: string;
  /** The source's own key for the person (SCIM or Graph id, LDAP DN), which managers point at. */
  readonly key?: string;
  /** Text fields, by manifest field; department is a name. */
  readonly fields: Partial<Record<Exclude<SourceField, 'manager'>, string>>;
  /** Language tags (a person-owned field: filled only where the person has none). */
  readonly languages?: readonly string[];
  /** Profiles named by the source (person-owned: filled only where the person has none). */
  readonly profiles: readonly SourceProfile[];
  /** Who their manager is, by the manager's key or email, and where the source says so. */
  readonly manager?: { readonly key?: string; readonly email?: string; readonly field: string };
}

/** Something about one record: why it was left out, or a value that was. */
export interface SourceNote {
  /** Where the record is (and its name when it has one). */
  readonly where: string;
  /** What happened. */
  readonly message: string;
}

/** What a format module read from a source's files. */
export interface SourceRead {
  /** The people. */
  readonly records: readonly SourceRecord[];
  /** Records left out on purpose (disabled, suspended, not a person), with why. */
  readonly excluded: readonly SourceNote[];
  /** Problems with the source as a whole (a page missing). */
  readonly notes: readonly string[];
}

/** One format an import reads. */
export interface SourceFormat {
  /** The `--format` name. */
  readonly id: string;
  /** The name people know it by. */
  readonly label: string;
  /** The source-owned fields this format maps: only those are cleared when a record lacks them. */
  readonly fields: readonly SourceField[];
  /** Whether a file is in this format, by its content. */
  readonly detect: (file: SourceFile) => boolean;
  /** Reads every file (pages of one source) into records. */
  readonly read: (files: readonly SourceFile[]) => SourceRead;
}

/** A JSON object. */
export type Json = Record<string, unknown>;
/** Whether a value is a JSON object. */
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** The value as trimmed text, or `undefined` when it is not text or is blank. */
export const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
/** The value as a list of objects (anything else is an empty list). */
export const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/**
 * The entry a multi-valued attribute marks `primary`, else the first of the preferred types in
 * order, else the first: RFC 7643 §2.4, which Google's directory API follows too.
 */
export function pick(
  entries: readonly Json[],
  types: readonly string[] = [],
  has = 'value',
): { entry: Json; index: number } | undefined {
  // Loops rather than lists of candidates: this runs for three attributes of each of 100,000 users.
  const usable = (entry: Json) => textOf(entry[has]) !== undefined;
  let first: number | undefined;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as Json;
    if (!usable(entry)) continue;
    if (entry['primary'] === true) return { entry, index };
    first ??= index;
  }
  if (first === undefined) return undefined;
  for (const type of types) {
    for (let index = first; index < entries.length; index++) {
      const entry = entries[index] as Json;
      if (usable(entry) && String(entry['type'] ?? '').toLowerCase() === type) return { entry, index };
    }
  }
  return { entry: entries[first] as Json, index: first };
}

// Networks a link can be told apart by its host: not Mastodon (any host) nor the generic links.
const BY_HOST = NETWORK_IDS.filter((id) => !['mastodon', 'website', 'blog', 'rss', 'other'].includes(id));
// What sources call some networks.
const ALIASES: Readonly<Record<string, NetworkId>> = { twitter: 'x', bsky: 'bluesky', fb: 'facebook', ig: 'instagram' };

/** The network a link is on (`https://www.linkedin.com/in/ellen` → linkedin), if it names one. */
export function networkOfUrl(url: string): NetworkId | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  return BY_HOST.find((network) => resolveProfile(network, { url }).ok);
}

/** The network a name stands for (`Twitter`, `skype`, `Mastodon`), if it names one. */
export function networkNamed(name: string | undefined): NetworkId | undefined {
  const folded = (name ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (isNetworkId(folded) && !['website', 'blog', 'rss', 'other'].includes(folded)) return folded;
  return ALIASES[folded];
}

/**
 * A profile from an instant-messaging or link entry: the network its type names, else the one
 * its link is on; `undefined` when it names no network (an AIM or XMPP address).
 */
export function profileFrom(
  typeName: string | undefined,
  value: string | undefined,
  field: string,
): SourceProfile | undefined {
  if (value === undefined) return undefined;
  const network = networkNamed(typeName) ?? networkOfUrl(value);
  return network === undefined ? undefined : { network, value, field };
}

/** Language tags from a preferred-language value: `en-US`, `fr_CA` or an Accept-Language list (RFC 7643 §4.1.1). */
export function languageTags(value: unknown): string[] | undefined {
  const text = textOf(value);
  if (text === undefined) return undefined;
  const tags = text
    .split(',')
    .map((part) => (part.split(';')[0] ?? '').trim().replace(/_/g, '-'))
    .filter((tag) => tag !== '' && tag !== '*');
  return tags.length > 0 ? [...new Set(tags)] : undefined;
}

/** Names a record in messages: `users.json value[3] (Zoë Lambert)`. */
export const describeRecord = (where: string, name: string | undefined): string =>
  name === undefined ? where : `${where} (${name})`;

/** How a paged JSON API lists its users, for {@link readPages}. */
export interface PagedUsers {
  /** What a page is called in messages: `a page of Microsoft Graph users`. */
  readonly page: string;
  /** The users of one page, or `undefined` when the file is not such a page. */
  readonly usersOf: (data: unknown) => unknown[] | undefined;
  /** The name of the list in a page, for places: `value`, `users`. */
  readonly list: string;
  /** The field of the last page that says more pages follow: `@odata.nextLink`, `nextPageToken`. */
  readonly next: string;
  /** Why a user is left out (disabled, suspended), or `undefined` to import them. */
  readonly excluded: (user: Json) => string | undefined;
  /** The user's name, for messages about a user left out. */
  readonly nameOf: (user: Json) => string | undefined;
  /** The user as a record. */
  readonly record: (user: Json, where: string) => SourceRecord;
}

/** Reads the pages of a JSON API (several files are one listing), noting a last page that says more follow. */
export function readPages(files: readonly SourceFile[], paged: PagedUsers): SourceRead {
  const records: SourceRecord[] = [];
  const excluded: SourceNote[] = [];
  const notes: string[] = [];
  for (const file of files) {
    const users = paged.usersOf(file.data);
    if (users === undefined) {
      notes.push(`${file.path} is not ${paged.page}: left out.`);
      continue;
    }
    users.forEach((user, i) => {
      const where = `${file.path} ${paged.list}[${i}]`;
      if (!isObject(user)) return void excluded.push({ where, message: 'is not a user object' });
      const why = paged.excluded(user);
      if (why !== undefined)
        return void excluded.push({ where: describeRecord(where, paged.nameOf(user)), message: why });
      records.push(paged.record(user, where));
    });
  }
  const last = files[files.length - 1];
  if (last !== undefined && isObject(last.data) && textOf(last.data[paged.next]) !== undefined) {
    notes.push(
      `${last.path} ends with a ${paged.next} (more pages follow): the pages after it are missing (give every page's file).`,
    );
  }
  return { records, excluded, notes };
}

/** A record from what a format read; optional parts are left out when they are empty. */
export function sourceRecord(
  where: string,
  key: string | undefined,
  fields: SourceRecord['fields'],
  languages: readonly string[] | undefined,
  profiles: readonly SourceProfile[],
  manager: SourceRecord['manager'],
): SourceRecord {
  return {
    where: describeRecord(where, fields.name),
    ...(key === undefined ? {} : { key }),
    fields,
    ...(languages === undefined || languages.length === 0 ? {} : { languages }),
    profiles,
    ...(manager === undefined ? {} : { manager }),
  };
}
