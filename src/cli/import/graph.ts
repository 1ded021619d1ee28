/**
 * Microsoft Graph `/users` (Entra ID, Microsoft 365): pages of `{ value: [...], "@odata.nextLink" }`
 * as `GET /v1.0/users?$select=…&$expand=manager` returns them.
 * @module
 */
import {
  isObject,
  languageTags,
  readPages,
  sourceRecord,
  textOf,
  type Json,
  type SourceFile,
  type SourceFormat,
  type SourceRecord,
} from './source.js';

const usersOf = (data: unknown): unknown[] | undefined =>
  isObject(data) &&
  Array.isArray(data['value']) &&
  (typeof data['@odata.context'] === 'string' || data['value'].some((u) => isObject(u) && 'userPrincipalName' in u))
    ? data['value']
    : undefined;

// A guest's userPrincipalName (`ellen_example.com#EXT#@northwind.onmicrosoft.com`) is no address to write to.
const address = (value: unknown) => {
  const text = textOf(value);
  return text === undefined || text.includes('#EXT#') ? undefined : text;
};

function record(user: Json, where: string): SourceRecord {
  const fields: SourceRecord['fields'] = {};
  const set = (field: keyof SourceRecord['fields'], value: string | undefined) => {
    if (value !== undefined) fields[field] = value;
  };
  const given = [textOf(user['givenName']), textOf(user['surname'])].filter(Boolean).join(' ');
  set('name', textOf(user['displayName']) ?? (given || undefined));
  set('title', textOf(user['jobTitle']));
  set('department', textOf(user['department']));
  set('email', address(user['mail']) ?? address(user['userPrincipalName']));
  const phones = Array.isArray(user['businessPhones']) ? user['businessPhones'] : [];
  set('phone', textOf(phones.find((p) => textOf(p) !== undefined)) ?? textOf(user['mobilePhone']));
  set('location', textOf(user['officeLocation']));
  set('employeeNumber', textOf(user['employeeId']));
  const manager = isObject(user['manager']) ? user['manager'] : undefined;
  const managerKey = textOf(manager?.['id']);
  const managerEmail = address(manager?.['mail']) ?? address(manager?.['userPrincipalName']);
  const languages = languageTags(user['preferredLanguage']);
  const reference =
    manager === undefined
      ? undefined
      : { ...(managerKey && { key: managerKey }), ...(managerEmail && { email: managerEmail }), field: 'manager' };
  return sourceRecord(where, textOf(user['id']), fields, languages, [], reference);
}

/** Microsoft Graph `/users` pages. */
export const graph: SourceFormat = {
  id: 'graph',
  label: 'Microsoft Graph',
  fields: ['name', 'title', 'department', 'email', 'phone', 'location', 'employeeNumber', 'manager'],
  detect: (file) => usersOf(file.data) !== undefined,
  read: (files: readonly SourceFile[]) =>
    readPages(files, {
      page: 'a page of Microsoft Graph users',
      usersOf,
      list: 'value',
      next: '@odata.nextLink',
      excluded: (user) => (user['accountEnabled'] === false ? 'disabled (accountEnabled: false)' : undefined),
      nameOf: (user) => textOf(user['displayName']),
      record,
    }),
};
