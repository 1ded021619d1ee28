/**
 * Google Workspace Admin SDK Directory API `users.list`: pages of `{ users: [...], nextPageToken }`
 * (`GET admin/directory/v1/users?customer=my_customer&projection=full`).
 * @module
 */
import {
  isObject,
  objects,
  pick,
  profileFrom,
  readPages,
  sourceRecord,
  textOf,
  type Json,
  type SourceFile,
  type SourceFormat,
  type SourceProfile,
  type SourceRecord,
} from './source.js';

const usersOf = (data: unknown): unknown[] | undefined =>
  isObject(data) &&
  (data['kind'] === 'admin#directory#users' ||
    (Array.isArray(data['users']) && data['users'].some((u) => isObject(u) && 'primaryEmail' in u)))
    ? Array.isArray(data['users'])
      ? data['users']
      : []
    : undefined;

function record(user: Json, where: string): SourceRecord {
  const name = isObject(user['name']) ? user['name'] : {};
  const fields: SourceRecord['fields'] = {};
  const set = (field: keyof SourceRecord['fields'], value: string | undefined) => {
    if (value !== undefined) fields[field] = value;
  };
  const given = [textOf(name['givenName']), textOf(name['familyName'])].filter(Boolean).join(' ');
  set('name', textOf(name['fullName']) ?? textOf(name['displayName']) ?? (given || undefined));
  set('email', textOf(user['primaryEmail']));
  const organization =
    pick(objects(user['organizations']), ['work'], 'title')?.entry ??
    pick(objects(user['organizations']), ['work'], 'department')?.entry;
  set('title', textOf(organization?.['title']));
  set('department', textOf(organization?.['department']));
  set('phone', textOf(pick(objects(user['phones']), ['work', 'mobile'])?.entry['value']));
  const location = pick(objects(user['locations']), ['desk'], 'buildingId')?.entry;
  set('location', textOf(location?.['buildingId']) ?? textOf(location?.['area']));
  set('photo', textOf(user['thumbnailPhotoUrl']));
  // Google's `externalIds` type "organization" is the employee ID.
  set('employeeNumber', textOf(objects(user['externalIds']).find((id) => id['type'] === 'organization')?.['value']));

  const profiles: SourceProfile[] = [];
  objects(user['websites']).forEach((site, i) => {
    const named = profileFrom(textOf(site['customType']), textOf(site['value']), `websites[${i}].value`);
    if (named !== undefined) profiles.push(named);
    else if (site['type'] === 'blog' && textOf(site['value']) !== undefined)
      profiles.push({ network: 'blog', value: textOf(site['value']) as string, field: `websites[${i}].value` });
  });
  objects(user['ims']).forEach((im, i) => {
    const protocol = im['protocol'] === 'custom_protocol' ? textOf(im['customProtocol']) : textOf(im['protocol']);
    const profile = profileFrom(protocol, textOf(im['im']), `ims[${i}].im`);
    if (profile !== undefined) profiles.push(profile);
  });
  const languages = objects(user['languages'])
    .map((l) => textOf(l['languageCode']))
    .filter((code): code is string => code !== undefined);
  const relation = objects(user['relations']).findIndex(
    (r) => r['type'] === 'manager' && textOf(r['value']) !== undefined,
  );
  const manager =
    relation < 0
      ? undefined
      : {
          email: textOf(objects(user['relations'])[relation]?.['value']) as string,
          field: `relations[${relation}].value`,
        };
  return sourceRecord(where, textOf(user['id']), fields, languages, profiles, manager);
}

/** Google Workspace `users.list` pages. */
export const google: SourceFormat = {
  id: 'google',
  label: 'Google Workspace',
  fields: ['name', 'title', 'department', 'email', 'phone', 'location', 'photo', 'employeeNumber', 'manager'],
  detect: (file) => usersOf(file.data) !== undefined,
  read: (files: readonly SourceFile[]) =>
    readPages(files, {
      page: 'a page of Google Workspace users',
      usersOf,
      list: 'users',
      next: 'nextPageToken',
      excluded: (user) =>
        user['suspended'] === true ? 'suspended' : user['archived'] === true ? 'archived' : undefined,
      nameOf: (user) => (isObject(user['name']) ? textOf(user['name']['fullName']) : undefined),
      record,
    }),
};
