/**
 * Which CSV column holds which person field. HR systems name the same column many ways
 * ("Work Email", "E-mail Address", "Twitter/X"), so headers are compared folded (case, spaces,
 * punctuation and accents ignored) against the names real exports use; `--map` settles the rest.
 * @module
 */
import { NETWORK_IDS, NETWORKS, isNetworkId, type NetworkId } from '../core/index.js';
import { CliError } from './io.js';

/** The person fields a CSV column can fill (`firstName` and `lastName` make `name`). */
export const CSV_FIELDS = [
  'id',
  'name',
  'firstName',
  'lastName',
  'email',
  'department',
  'title',
  'location',
  'pronouns',
  'phone',
  'timeZone',
  'photo',
  'askMeAbout',
  'languages',
  'champion',
  'visibility',
  'manager',
  'employeeId',
] as const;

/** A person field a CSV column can fill. */
export type CsvField = (typeof CSV_FIELDS)[number];

/** What a column is imported as: a person field, a profile on a network, or nothing. */
export type ColumnTarget =
  | { readonly kind: 'field'; readonly field: CsvField }
  | { readonly kind: 'profile'; readonly network: NetworkId }
  | { readonly kind: 'ignore'; readonly reason?: string };

/** A recognised column. */
export interface Column {
  /** The column's index in each row. */
  readonly index: number;
  /** The header as written. */
  readonly header: string;
  /** What it is imported as. */
  readonly target: ColumnTarget;
}

/** The columns of a CSV, as they will be imported. */
export interface ColumnPlan {
  /** Columns that are imported. */
  readonly used: readonly Column[];
  /** Columns left out, with why when it is not simply "unknown". */
  readonly ignored: readonly Column[];
}

/** Folds a header for comparison: "E-mail Address " and "email address" are the same. */
export const foldHeader = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const field = (name: CsvField): ColumnTarget => ({ kind: 'field', field: name });
const profile = (network: NetworkId): ColumnTarget => ({ kind: 'profile', network });

// [folded header, target, rank]: when two columns fill the same field the lower rank wins
// ("Work Email" over "Email"), the other is ignored.
const KNOWN: readonly (readonly [string, ColumnTarget, number])[] = [
  ...['id', 'slug', 'directoryid', 'personid'].map((h) => [h, field('id'), 0] as const),
  ...['fullname', 'displayname', 'preferredfullname', 'preferredname', 'employeename', 'name', 'legalname'].map(
    (h, rank) => [h, field('name'), rank] as const,
  ),
  ...['firstname', 'givenname', 'preferredfirstname', 'forename', 'first'].map(
    (h, rank) => [h, field('firstName'), rank] as const,
  ),
  ...['lastname', 'surname', 'familyname', 'last', 'lastnames'].map((h, rank) => [h, field('lastName'), rank] as const),
  ...[
    'workemail',
    'workemailaddress',
    'businessemail',
    'companyemail',
    'officeemail',
    'email',
    'emailaddress',
    'mail',
    'primaryemail',
  ].map((h, rank) => [h, field('email'), rank] as const),
  ...[
    'department',
    'departmentname',
    'dept',
    'team',
    'division',
    'businessunit',
    'orgunit',
    'organizationalunit',
    'group',
  ].map((h, rank) => [h, field('department'), rank] as const),
  ...['jobtitle', 'businesstitle', 'title', 'position', 'positiontitle', 'role', 'designation', 'jobrole'].map(
    (h, rank) => [h, field('title'), rank] as const,
  ),
  ...[
    'location',
    'worklocation',
    'office',
    'officelocation',
    'city',
    'workplace',
    'site',
    'worksite',
    'officecity',
  ].map((h, rank) => [h, field('location'), rank] as const),
  ...['pronouns', 'pronoun', 'preferredpronouns'].map((h, rank) => [h, field('pronouns'), rank] as const),
  ...[
    'workphone',
    'businessphone',
    'officephone',
    'phone',
    'phonenumber',
    'telephone',
    'tel',
    'workmobile',
    'mobile',
    'mobilephone',
    'cellphone',
    'cell',
  ].map((h, rank) => [h, field('phone'), rank] as const),
  ...['timezone', 'tz', 'timezoneid'].map((h, rank) => [h, field('timeZone'), rank] as const),
  ...['photo', 'photourl', 'picture', 'pictureurl', 'avatar', 'avatarurl', 'headshot', 'profilepicture', 'image'].map(
    (h, rank) => [h, field('photo'), rank] as const,
  ),
  ...['askmeabout', 'expertise', 'skills', 'interests'].map((h, rank) => [h, field('askMeAbout'), rank] as const),
  ...['languages', 'language', 'spokenlanguages'].map((h, rank) => [h, field('languages'), rank] as const),
  ...['champion', 'socialchampion', 'socialmediachampion'].map((h, rank) => [h, field('champion'), rank] as const),
  ...['visibility', 'public', 'audience'].map((h, rank) => [h, field('visibility'), rank] as const),
  // The manager by email first (unambiguous), then by employee id, then by name.
  ...[
    'manageremail',
    'supervisoremail',
    'reportstoemail',
    'linemanageremail',
    'manageremailaddress',
    'managerid',
    'manageremployeeid',
    'supervisorid',
    'supervisoremployeeid',
    'reportstoid',
    'managernumber',
    'manager',
    'managername',
    'supervisor',
    'supervisorname',
    'reportsto',
    'linemanager',
    'directmanager',
  ].map((h, rank) => [h, field('manager'), rank] as const),
  // Not written to the manifest: what a manager column's employee ids refer to.
  ...['employeeid', 'employeenumber', 'employeeno', 'workerid', 'staffid', 'personnelnumber', 'empid'].map(
    (h, rank) => [h, field('employeeId'), rank] as const,
  ),
  ...['twitter', 'twitterx', 'xtwitter', 'xformerlytwitter', 'twitterhandle', 'xhandle', 'twitterurl'].map(
    (h) => [h, profile('x'), 0] as const,
  ),
  ...['bsky', 'blueskyhandle'].map((h) => [h, profile('bluesky'), 0] as const),
  ...['ig', 'insta'].map((h) => [h, profile('instagram'), 0] as const),
  ...['fb'].map((h) => [h, profile('facebook'), 0] as const),
  ...['website', 'personalwebsite', 'web', 'homepage', 'portfolio', 'url', 'personalurl', 'websiteurl'].map(
    (h, rank) => [h, profile('website'), rank] as const,
  ),
  // Personal contact details are not the company's to publish, even on the intranet.
  ...[
    'personalemail',
    'privateemail',
    'homeemail',
    'personalphone',
    'homephone',
    'privatephone',
    'homeaddress',
    'address',
  ].map(
    (h) => [h, { kind: 'ignore', reason: 'personal contact details are not imported' } as ColumnTarget, 0] as const,
  ),
];

const SUFFIXES = ['', 'url', 'handle', 'profile', 'profileurl', 'username', 'user', 'account', 'link', 'page'];

const RECOGNISED = new Map<string, { target: ColumnTarget; rank: number }>();
for (const [header, target, rank] of KNOWN) RECOGNISED.set(header, { target, rank });
for (const id of NETWORK_IDS) {
  for (const name of new Set([id, foldHeader(NETWORKS[id].label)])) {
    for (const suffix of SUFFIXES) {
      const header = name + suffix;
      if (!RECOGNISED.has(header)) RECOGNISED.set(header, { target: profile(id), rank: suffix === '' ? 0 : 1 });
    }
  }
}

/** Reads a `--map` target: a field name, a network id, or `ignore` (or nothing). */
function parseTarget(name: string, mapping: string): ColumnTarget {
  const wanted = name.trim();
  if (wanted === '' || wanted === 'ignore' || wanted === '-') return { kind: 'ignore', reason: `--map "${mapping}"` };
  const asField = CSV_FIELDS.find((f) => f.toLowerCase() === wanted.toLowerCase());
  if (asField !== undefined) return field(asField);
  const asNetwork = wanted.toLowerCase();
  if (isNetworkId(asNetwork)) return profile(asNetwork);
  throw new CliError(
    `--map "${mapping}": "${wanted}" is not a field. Use one of ${CSV_FIELDS.join(', ')}, a network (${NETWORK_IDS.join(', ')}) or "ignore".`,
  );
}

/**
 * Decides what each column is imported as: `--map "Column=field"` first, then known header
 * names. Throws a {@link CliError} for a mapping naming no column, or when no column gives a name.
 */
export function planColumns(header: readonly string[], mappings: readonly string[]): ColumnPlan {
  const explicit = new Map<number, ColumnTarget>();
  for (const mapping of mappings) {
    const at = mapping.lastIndexOf('=');
    if (at <= 0) throw new CliError(`--map "${mapping}": write it as "Column name=field", like --map "Handle X=x".`);
    const column = foldHeader(mapping.slice(0, at));
    const index = header.findIndex((h) => foldHeader(h) === column);
    if (index < 0)
      throw new CliError(
        `--map "${mapping}": no column is called "${mapping.slice(0, at)}". The columns are: ${header.join(', ')}.`,
      );
    explicit.set(index, parseTarget(mapping.slice(at + 1), mapping));
  }

  const candidates = header.map((text, index) => {
    const mapped = explicit.get(index);
    if (mapped !== undefined) return { index, header: text, target: mapped, rank: -1 };
    const known = RECOGNISED.get(foldHeader(text));
    return {
      index,
      header: text,
      target: known?.target ?? ({ kind: 'ignore' } as ColumnTarget),
      rank: known?.rank ?? 0,
    };
  });
  const key = (target: ColumnTarget) =>
    target.kind === 'field' ? target.field : target.kind === 'profile' ? `profile:${target.network}` : undefined;
  const best = new Map<string, number>();
  for (const c of candidates) {
    const k = key(c.target);
    if (k === undefined) continue;
    const current = best.get(k);
    if (current === undefined || c.rank < (candidates[current] as { rank: number }).rank) best.set(k, c.index);
  }
  const used: Column[] = [];
  const ignored: Column[] = [];
  for (const { index, header: text, target } of candidates) {
    const k = key(target);
    if (k === undefined) ignored.push({ index, header: text, target });
    else if (best.get(k) === index) used.push({ index, header: text, target });
    else
      ignored.push({
        index,
        header: text,
        target: {
          kind: 'ignore',
          reason: `"${header[best.get(k) as number]}" is used for ${k.replace('profile:', '')}`,
        },
      });
  }
  const fields = new Set(used.map((c) => (c.target.kind === 'field' ? c.target.field : undefined)));
  if (!fields.has('name') && !fields.has('firstName') && !fields.has('lastName')) {
    throw new CliError(
      `No column gives people's names. The columns are: ${header.join(', ')}. Name one with --map, like --map "Employee=name".`,
      1,
    );
  }
  return { used, ignored };
}

/** How a column is described in the import summary: `Twitter/X → x`. */
export function describeColumn(column: Column): string {
  const { target } = column;
  if (target.kind === 'field') return `${column.header} → ${target.field}`;
  if (target.kind === 'profile') return `${column.header} → ${target.network} profile`;
  return target.reason === undefined ? column.header : `${column.header} (${target.reason})`;
}
