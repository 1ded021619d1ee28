/**
 * vCard 4.0 (RFC 6350) for a person, with their social profiles as `SOCIALPROFILE` (RFC 9554),
 * so "add to contacts" keeps the links the directory shows.
 * @module
 */
import type { Organization, Person } from './manifest/schema.js';
import { splitName } from './name.js';
import { NETWORKS } from './networks.js';
import { safeUrl, telUri, withoutControls } from './safe.js';

/**
 * Which of the person's details a vCard holds. Every field defaults to `true`; fields without
 * data are left out silently. The name, the organization and the `UID` are always written.
 */
export interface VCardFields {
  /** `PRONOUNS`. */
  pronouns?: boolean;
  /** `TITLE`. */
  title?: boolean;
  /** The department's name in `ORG` (pass the department in {@link VCardOptions.department}). */
  department?: boolean;
  /** `EMAIL`. */
  email?: boolean;
  /** `TEL`. */
  phone?: boolean;
  /** `PHOTO`. */
  photo?: boolean;
  /** The profiles as `SOCIALPROFILE` and `URL`. */
  profiles?: boolean;
}

/** Options of {@link toVCard}. */
export interface VCardOptions {
  /** Which details appear; every field defaults to `true`. */
  fields?: VCardFields;
  /** The person's department (`directory.department(person.department)`), written as the second component of `ORG`. */
  department?: { readonly name: string };
  /**
   * The `UID`; default: a `urn:uuid:` derived from the organization and the person's id, stable across exports
   * so contact apps update rather than duplicate.
   */
  uid?: string;
}

// RFC 6350 §3.4: in text values a backslash, a comma and a line break are escaped (`\\`, `\,`,
// `\n`); a semicolon only inside a component of a compound value (N, ORG), where it separates
// components. Parsers such as ical.js keep `\;` verbatim in single values, so it is not escaped
// there. §3.3 allows no other control characters.
const text = (value: string, compound?: boolean): string =>
  value
    .replace(compound ? /[\\,;]/g : /[\\,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- a vCard may not hold control characters (RFC 6350 §3.3)
    .replace(/[\u0000-\u001f\u007f]/g, '');
const components = (values: string[]): string => values.map((v) => text(v, true)).join(';');

// RFC 6350 §3.2: lines longer than 75 octets are folded (CRLF and one space). Octets are
// counted in UTF-8, and a multi-octet character is never split across lines.
function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

// A name-based UUID in RFC 9562's custom format (version 8, §5.8) from four FNV-1a lanes
// with MurmurHash3's finalizer: stable for the same input, and it needs no crypto API (SHA-1
// for a version 5 UUID is asynchronous in browsers).
function stableUuid(seed: string): string {
  const hex = [0x811c9dc5, 0x050c5d1f, 0x1b873593, 0x85ebca6b]
    .map((lane) => {
      let h = lane;
      for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0');
    })
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/**
 * A person as a vCard 4.0 (RFC 6350) text, CRLF line endings, lines folded at 75 octets.
 *
 * Written: `UID`, `FN`, `N`, `PRONOUNS` (RFC 9554), `ORG` (organization; department), `TITLE`,
 * `EMAIL`, `TEL` (a `tel:` URI), `PHOTO`, `LOGO`, `TZ`, `LANG`, `URL` (website, blog, feed and
 * other links), `SOCIALPROFILE` (RFC 9554) and `EXPERTISE` (RFC 6715) for "ask me about".
 * URLs that do not pass `safeUrl` are left out.
 *
 * @example
 * const vcard = toVCard(person, manifest.organization, { department: directory.department(person.department) });
 * const file = new File([vcard], vCardFileName(person), { type: 'text/vcard' });
 */
export function toVCard(person: Person, organization: Organization, options: VCardOptions = {}): string {
  const want = (field: keyof VCardFields): boolean => options.fields?.[field] !== false;
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  const add = (property: string, value: string | undefined, escape = true) => {
    // eslint-disable-next-line no-control-regex -- a vCard may not hold control characters (RFC 6350 §3.3)
    if (value?.trim()) lines.push(`${property}:${escape ? text(value) : value.replace(/[\u0000-\u001f\u007f]/g, '')}`);
  };
  const web = (value: string | undefined) => {
    const url = safeUrl(value);
    return url?.startsWith('http') ? url : undefined;
  };
  add('UID', options.uid ?? stableUuid(`${organization.website ?? organization.name}\n${person.id}`), false);
  add('FN', person.name);
  lines.push(`N:${components([...splitName(person.name), '', ''])}`);
  // RFC 9554 registers PRONOUNS, so no X- property is needed; apps that predate it ignore it.
  if (want('pronouns')) add('PRONOUNS', person.pronouns);
  const department = want('department') ? options.department : undefined;
  lines.push(`ORG:${components(department ? [organization.name, department.name] : [organization.name])}`);
  if (want('title')) add('TITLE', person.title);
  if (want('email')) add('EMAIL;TYPE=work', person.email);
  // RFC 6350 §6.4.1: in vCard 4.0 a telephone number is a tel: URI (RFC 3966).
  if (want('phone')) add('TEL;VALUE=uri;TYPE=work', person.phone && telUri(person.phone), false);
  if (want('photo')) add('PHOTO', web(person.photo), false);
  add('LOGO', web(organization.logo), false);
  add('TZ', person.timeZone);
  person.languages.forEach((lang, i) => add(`LANG;PREF=${i + 1}`, lang));
  for (const profile of want('profiles') ? person.profiles : []) {
    const url = web(profile.url);
    const { label, takes } = NETWORKS[profile.network];
    if (takes === 'url') add('URL', url, false);
    // RFC 9554: SERVICE-TYPE names the service; a profile without a web address (a Skype
    // Name) is given as text, which then requires SERVICE-TYPE.
    else if (url) add(`SOCIALPROFILE;SERVICE-TYPE=${label}`, url, false);
    else add(`SOCIALPROFILE;SERVICE-TYPE=${label};VALUE=text`, profile.handle);
  }
  // RFC 6715 §2.1 EXPERTISE is exactly "ask me about", and needs no translated label as NOTE would.
  for (const topic of person.askMeAbout) add('EXPERTISE', topic);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * A file name for a person's vCard: their name as people read it (`Ellen Park.vcf`), without
 * the characters Windows, macOS or Linux refuse in file names, and without control characters
 * or bidi overrides (which would make `Ellen\u202Efdp.vcf` show as `Ellenvcf.pdf`).
 */
export function vCardFileName(person: Pick<Person, 'name'>): string {
  const base = [
    ...withoutControls(person.name ?? '')
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, 100)
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  // Windows reserves these device names whatever the extension.
  return `${!base || /^(?:con|prn|aux|nul|com\d|lpt\d)$/i.test(base) ? `${base} contact`.trim() : base}.vcf`;
}
