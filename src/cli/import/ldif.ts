/**
 * LDIF (RFC 2849) exports of an LDAP directory (OpenLDAP, 389 DS, Active Directory's ldifde):
 * `inetOrgPerson`-style entries. Parsing is the `ldif` package's (a PEG grammar of RFC 2849:
 * folded lines, base64 `::` values, comments); this maps its entries to people.
 * @module
 */
import { createRequire } from 'node:module';
import type ldif from 'ldif';
import {
  languageTags,
  profileFrom,
  sourceRecord,
  type SourceFile,
  type SourceFormat,
  type SourceNote,
  type SourceProfile,
  type SourceRecord,
} from './source.js';

// Loaded on the first LDIF file: importing a CommonJS package adds to every command's start.
let ldifPackage: typeof ldif | undefined;
const loadLdif = () => (ldifPackage ??= createRequire(import.meta.url)('ldif') as typeof ldif);

// Content records start with an optional `version: 1`, comments, then `dn:` (or `dn::` in base64).
const LDIF_START = /^\uFEFF?(?:#[^\n]*\r?\n|\s*\r?\n)*(?:version:\s*1\s*\r?\n(?:#[^\n]*\r?\n|\s*\r?\n)*)?dn::?[ \t]/i;

// A DN compared the way LDAP does for the attributes people export: case and spaces after commas do not matter.
const normalizeDn = (dn: string) =>
  dn
    .split(/\s*,\s*/)
    .map((rdn) => rdn.replace(/\s*=\s*/, '=').toLowerCase())
    .join(',');

/** The parts of the `ldif` package's records this reads. */
interface LdifEntry {
  readonly dn: string;
  readonly attributes?: readonly {
    readonly attribute: { readonly attribute: string; readonly options: readonly string[] };
    readonly value: { readonly type: string; readonly value: string };
  }[];
}

const PEOPLE_CLASSES = new Set(['person', 'organizationalperson', 'inetorgperson', 'user']);

function record(entry: LdifEntry, where: string, skip: (message: string) => void): SourceRecord | undefined {
  const values = new Map<string, string[]>();
  for (const { attribute, value } of entry.attributes ?? []) {
    // Language-tagged variants (`cn;lang-ja`) are alternatives; the plain attribute is the one used.
    if (attribute.options.length > 0) continue;
    const name = attribute.attribute.toLowerCase();
    // RFC 2849 `:<` URL values would have the import read files or fetch URLs named by the export.
    if (value.type === 'file') continue;
    values.set(name, [...(values.get(name) ?? []), value.value]);
  }
  const first = (name: string) =>
    values
      .get(name)
      ?.map((v) => v.trim())
      .find((v) => v !== '');
  const classes = (values.get('objectclass') ?? []).map((c) => c.toLowerCase());
  if (classes.length > 0 && !classes.some((c) => PEOPLE_CLASSES.has(c)))
    return void skip(`not a person (objectClass ${classes.join(', ')})`);
  const fields: SourceRecord['fields'] = {};
  const set = (field: keyof SourceRecord['fields'], value: string | undefined) => {
    if (value !== undefined) fields[field] = value;
  };
  const given = [first('givenname'), first('sn')].filter(Boolean).join(' ');
  set('name', first('displayname') ?? first('cn') ?? (given || undefined));
  set('email', first('mail'));
  set('title', first('title'));
  set('department', first('departmentnumber') ?? first('ou') ?? first('department'));
  set('phone', first('telephonenumber') ?? first('mobile'));
  set('location', first('l') ?? first('physicaldeliveryofficename'));
  set('employeeNumber', first('employeenumber') ?? first('employeeid'));
  const profiles: SourceProfile[] = [];
  (values.get('labeleduri') ?? []).forEach((value, i) => {
    // RFC 2079: a URI, then optionally a space and a label (which may name the network).
    const [uri, ...label] = value.trim().split(/\s+/);
    const profile =
      profileFrom(label.join(' ') || undefined, uri, `labeledURI[${i}]`) ??
      profileFrom(undefined, uri, `labeledURI[${i}]`);
    if (profile !== undefined) profiles.push(profile);
  });
  const manager = first('manager');
  const languages = languageTags(first('preferredlanguage'));
  return sourceRecord(
    where,
    normalizeDn(entry.dn),
    fields,
    languages,
    profiles,
    manager === undefined ? undefined : { key: normalizeDn(manager), field: 'manager' },
  );
}

/** LDIF content records of people. */
export const ldifFormat: SourceFormat = {
  id: 'ldif',
  label: 'LDIF',
  fields: ['name', 'title', 'department', 'email', 'phone', 'location', 'employeeNumber', 'manager'],
  detect: (file) => file.data === undefined && LDIF_START.test(file.text),
  read(files: readonly SourceFile[]) {
    const records: SourceRecord[] = [];
    const excluded: SourceNote[] = [];
    const notes: string[] = [];
    for (const file of files) {
      let parsed: { type: string; entries: LdifEntry[] };
      try {
        parsed = loadLdif().parse(file.text.replace(/^\uFEFF/, '')) as { type: string; entries: LdifEntry[] };
      } catch (error) {
        const at = (error as { location?: { start?: { line: number; column: number } } }).location?.start;
        notes.push(
          `${file.path}${at ? `:${at.line}:${at.column}` : ''} is not valid LDIF (${(error as Error).message}): left out.`,
        );
        continue;
      }
      if (parsed.type !== 'content') {
        notes.push(`${file.path} holds LDIF change records (changetype), not an export of entries: left out.`);
        continue;
      }
      parsed.entries.forEach((entry, i) => {
        const where = `${file.path} dn "${entry.dn}"`;
        const found = record(entry, where, (message) => excluded.push({ where: where + ` (entry ${i + 1})`, message }));
        if (found !== undefined) records.push(found);
      });
    }
    return { records, excluded, notes };
  },
};
