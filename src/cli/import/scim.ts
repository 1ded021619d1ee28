/**
 * SCIM 2.0 users (RFC 7643 resources, RFC 7644 `ListResponse` pages): what Okta, Entra ID,
 * OneLogin, JumpCloud and most identity providers export or serve at `/Users`.
 * @module
 */
import {
  describeRecord,
  isObject,
  languageTags,
  objects,
  pick,
  profileFrom,
  sourceRecord,
  textOf,
  type Json,
  type SourceFile,
  type SourceFormat,
  type SourceNote,
  type SourceProfile,
  type SourceRecord,
} from './source.js';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
/** RFC 7643 §4.3: the enterprise extension, where department, manager and employee number live. */
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const schemasOf = (value: unknown): string[] =>
  isObject(value) && Array.isArray(value['schemas']) ? value['schemas'].map(String) : [];
const isUser = (value: unknown) =>
  isObject(value) && (schemasOf(value).includes(USER) || ('userName' in value && 'id' in value));

/** The users of one file: a ListResponse's `Resources`, an array of users, or one user. */
function usersOf(data: unknown): { users: unknown[]; at: string } | undefined {
  if (isObject(data) && (schemasOf(data).includes(LIST) || Array.isArray(data['Resources']))) {
    return { users: Array.isArray(data['Resources']) ? data['Resources'] : [], at: 'Resources' };
  }
  if (Array.isArray(data) && data.some(isUser)) return { users: data, at: '' };
  if (isUser(data)) return { users: [data], at: '' };
  return undefined;
}

function record(user: Json, where: string): SourceRecord {
  const name = isObject(user['name']) ? user['name'] : {};
  const enterprise = isObject(user[ENTERPRISE]) ? user[ENTERPRISE] : {};
  const given = [textOf(name['givenName']), textOf(name['familyName'])].filter(Boolean).join(' ');
  const fields: SourceRecord['fields'] = {};
  const set = (field: keyof SourceRecord['fields'], value: string | undefined) => {
    if (value !== undefined) fields[field] = value;
  };
  set('name', textOf(user['displayName']) ?? textOf(name['formatted']) ?? (given || undefined));
  set('email', textOf(pick(objects(user['emails']), ['work'])?.entry['value']));
  set('phone', textOf(pick(objects(user['phoneNumbers']), ['work', 'mobile'])?.entry['value']));
  const photos = objects(user['photos']);
  set('photo', textOf(pick(photos, ['photo', 'thumbnail'])?.entry['value']));
  set('title', textOf(user['title']));
  set('location', textOf(pick(objects(user['addresses']), ['work'], 'locality')?.entry['locality']));
  set('timeZone', textOf(user['timezone']));
  set('department', textOf(enterprise['department']));
  set('employeeNumber', textOf(enterprise['employeeNumber']));

  const profiles: SourceProfile[] = [];
  objects(user['ims']).forEach((im, i) => {
    const profile = profileFrom(textOf(im['type']), textOf(im['value']), `ims[${i}].value`);
    if (profile !== undefined) profiles.push(profile);
  });
  // Not in RFC 7643's core schema, but several providers add a multi-valued `urls`.
  objects(user['urls']).forEach((url, i) => {
    const profile = profileFrom(textOf(url['type']), textOf(url['value']), `urls[${i}].value`);
    if (profile !== undefined) profiles.push(profile);
  });
  const profileUrl = profileFrom(undefined, textOf(user['profileUrl']), 'profileUrl');
  if (profileUrl !== undefined) profiles.push(profileUrl);

  const manager = isObject(enterprise['manager']) ? enterprise['manager'] : undefined;
  // RFC 7643 §4.3: `value` is the manager's id; `$ref` is the URI of their resource, ending with it.
  const managerKey = textOf(manager?.['value']) ?? textOf(manager?.['$ref'])?.replace(/\/+$/, '').split('/').pop();
  const languages = languageTags(user['preferredLanguage']);
  return sourceRecord(
    where,
    textOf(user['id']),
    fields,
    languages,
    profiles,
    managerKey === undefined ? undefined : { key: managerKey, field: `${ENTERPRISE}.manager` },
  );
}

/** SCIM 2.0 `User` resources: ListResponse pages, an array of users, or one user. */
export const scim: SourceFormat = {
  id: 'scim',
  label: 'SCIM 2.0',
  fields: [
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
  ],
  detect: (file) => usersOf(file.data) !== undefined,
  read(files: readonly SourceFile[]) {
    const records: SourceRecord[] = [];
    const excluded: SourceNote[] = [];
    const notes: string[] = [];
    let total: number | undefined;
    let listed = 0;
    for (const file of files) {
      const found = usersOf(file.data);
      if (found === undefined) {
        notes.push(`${file.path} is not a SCIM ListResponse or list of users: left out.`);
        continue;
      }
      if (isObject(file.data) && typeof file.data['totalResults'] === 'number') total = file.data['totalResults'];
      found.users.forEach((user, i) => {
        listed++;
        const where =
          `${file.path} ${found.at}${found.at === '' && found.users.length === 1 && !Array.isArray(file.data) ? '' : `[${i}]`}`.trim();
        if (!isObject(user)) return void excluded.push({ where, message: 'is not a user object' });
        // RFC 7643 §4.1.1: `active: false` is an account that can no longer sign in.
        if (user['active'] === false)
          return void excluded.push({
            where: describeRecord(where, textOf(user['displayName'])),
            message: 'inactive (active: false)',
          });
        records.push(record(user, where));
      });
    }
    if (total !== undefined && listed < total) {
      notes.push(
        `The source has ${total} users (totalResults) but these files list ${listed}: a page may be missing (give every page's file).`,
      );
    }
    return { records, excluded, notes };
  },
};
