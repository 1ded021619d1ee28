/**
 * `social-directory signatures`: everyone's email signature at once, for the admin who rolls
 * out one correct signature per person — each person's HTML, plain text and vCard (core
 * `renderSignature` and `toVCard`, so they match the builder's), a static preview of all of
 * them with the problems of each, and one line per person for the Gmail API.
 * @module
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ManifestIssue } from '../../core/index.js';
import type { Department, Manifest, Person } from '../../core/index.js';
import { safeUrl } from '../../core/index.js';
import {
  GMAIL_SIGNATURE_LIMIT,
  renderSignature,
  signatureDocument,
  type SignatureFields,
  type SignatureOptions,
  type SignatureTemplate,
} from '../../core/signature.js';
import { toVCard } from '../../core/vcard.js';
import { CliError, isUrl, loadValidManifest, writeOutputFolder, type Output } from '../io.js';
import { renderSignaturesIndex } from './signatures-html.js';

const TEMPLATES: readonly SignatureTemplate[] = ['compact', 'classic', 'brand'];
const FIELD_NAMES = [
  'pronouns',
  'title',
  'department',
  'email',
  'phone',
  'location',
  'profiles',
  'photo',
  'banner',
  'officialAccounts',
  'disclaimer',
  'guidelines',
] as const satisfies readonly (keyof SignatureFields)[];

/** `social-directory signatures --help`. */
export const SIGNATURES_HELP = `Usage: social-directory signatures <manifest.json> -o <folder> [options]

Writes everyone's email signature. For each person with an email: <id>.html (the
signature), <id>.txt (plain text) and <id>.vcf (vCard 4.0). Then index.html, a preview
of every signature with its problems (over Gmail's 10,000 characters, a field left
out, an unsafe link, no icon host), and gmail.jsonl, one line per person for the Gmail
API (users.settings.sendAs: userId, sendAsEmail, signature) for an admin's script.

The layout and fields come from the options, else from the manifest's
organization.signature (template, fields), else classic with every field.

Options:
  -o, --output <folder>   write the files here (made if missing)
  --template <name>       compact, classic or brand
  --fields <list>         the fields to show, comma-separated; the others are left out:
                          ${FIELD_NAMES.slice(0, 7).join(',')},
                          ${FIELD_NAMES.slice(7).join(',')}
  --department <id>       only people of this department or its sub-departments; repeatable
  --person <id|email>     only this person; repeatable (with --department: people of either)
  --strict                refuse a manifest with any problem instead of leaving entries out
  -h, --help              show this help

Exit status: 0 written (problems are listed, not fatal), 1 invalid manifest or no one
chosen has an email, 2 usage or I/O error.
`;

/** What can be wrong with one person's signature, as `index.html` and the summary list it. */
export type SignatureProblemCode = 'too-long' | 'field-left-out' | 'unsafe-url' | 'no-icon-host';

/** A problem with one person's signature. */
export interface SignatureProblem {
  /** Its kind. */
  readonly code: SignatureProblemCode;
  /** What happened, in English, with the place in the manifest when there is one. */
  readonly message: string;
}

/** One person's signature as the command writes it. */
export interface PersonSignature {
  /** The person. */
  readonly person: Person;
  /** The file name without extension: the id, made safe and unique on every file system. */
  readonly stem: string;
  /** The signature's HTML (what Gmail counts). */
  readonly html: string;
  /** The plain-text signature. */
  readonly text: string;
  /** The person's department, for the vCard. */
  readonly department: Department | undefined;
  /** Its problems; empty when there are none. */
  readonly problems: readonly SignatureProblem[];
}

/** Everything `index.html` and the summary show. */
export interface SignaturesRun {
  /** The organization's name. */
  readonly organization: string;
  /** The layout used. */
  readonly template: SignatureTemplate;
  /** Where the fields came from, in words (`--fields title,email`, the manifest's defaults, every field). */
  readonly fields: string;
  /** One entry per signature written, in manifest order. */
  readonly signatures: readonly PersonSignature[];
  /** Chosen people without an email: no signature. */
  readonly withoutEmail: readonly Person[];
  /** People the manifest listed but validation left out (with why). */
  readonly leftOut: readonly ManifestIssue[];
}

const PROBLEM_LABELS: Readonly<Record<SignatureProblemCode, string>> = {
  'too-long': `over Gmail's ${GMAIL_SIGNATURE_LIMIT.toLocaleString('en')} characters`,
  'field-left-out': 'a field left out',
  'unsafe-url': 'an unsafe link',
  'no-icon-host': 'no icon host',
};
/** How each problem is named in the summary and in `index.html`. */
export const problemLabel = (code: SignatureProblemCode): string => PROBLEM_LABELS[code];

// Windows refuses these names whatever the extension; index would replace the preview page.
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d|index|gmail)$/;

/**
 * File name stems for ids: the schema's ids are already letters, digits, `.`, `_` and `-`, but
 * the files must also differ where file systems ignore case (macOS, Windows) and never take a
 * reserved name; anything else (a control character, a separator) would become `-`.
 */
export function fileStems(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const base =
      id
        .replace(/[^\p{L}\p{N}._-]+/gu, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 100) || 'person';
    let stem = RESERVED.test(base.toLowerCase()) ? `${base}-person` : base;
    for (let n = 2; used.has(stem.toLowerCase()); n++) stem = `${base}-${n}`;
    used.add(stem.toLowerCase());
    return stem;
  });
}

/** The people of `departments` (ids) and their sub-departments, or named by `people` (ids or emails). */
function choose(manifest: Manifest, departments: readonly string[], people: readonly string[]): Person[] {
  if (departments.length === 0 && people.length === 0) return manifest.people;
  const known = new Set(manifest.departments.map((d) => d.id));
  const unknown = departments.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new CliError(
      `no department has the id ${unknown.map((id) => `"${id}"`).join(', ')}. Departments: ${[...known].join(', ') || 'none'}.`,
    );
  }
  const chosenDepartments = new Set(departments);
  // Sub-departments: follow parents until nothing new joins (the validator removed cycles).
  for (let grew = true; grew;) {
    grew = false;
    for (const d of manifest.departments) {
      if (d.parent !== undefined && chosenDepartments.has(d.parent) && !chosenDepartments.has(d.id))
        grew = chosenDepartments.add(d.id) !== undefined;
    }
  }
  const byKey = new Map<string, Person>();
  for (const person of manifest.people) {
    byKey.set(person.id, person);
    if (person.email !== undefined) byKey.set(person.email.toLowerCase(), person);
  }
  const named = new Set<Person>();
  for (const key of people) {
    const person = byKey.get(key) ?? byKey.get(key.toLowerCase());
    if (person === undefined) throw new CliError(`no person has the id or email "${key}".`);
    named.add(person);
  }
  return manifest.people.filter(
    (p) => named.has(p) || (p.department !== undefined && chosenDepartments.has(p.department)),
  );
}

/** The validation warnings about each person still in the manifest, by id; and the people left out. */
function warningsByPerson(data: unknown, warnings: readonly ManifestIssue[], manifest: Manifest) {
  const listed = (data as { people?: unknown } | undefined)?.people;
  const ids = Array.isArray(listed) ? listed.map((p) => (p as { id?: unknown } | null)?.id) : [];
  const kept = new Set(manifest.people.map((p) => p.id));
  const byId = new Map<string, ManifestIssue[]>();
  const leftOut: ManifestIssue[] = [];
  for (const warning of warnings) {
    if (warning.path[0] !== 'people' || typeof warning.path[1] !== 'number') continue;
    const id = ids[warning.path[1]];
    if (typeof id === 'string' && kept.has(id) && warning.path.length > 2)
      byId.set(id, [...(byId.get(id) ?? []), warning]);
    else if (warning.path.length === 2 || !kept.has(String(id))) leftOut.push(warning);
  }
  return { byId, leftOut };
}

/** The signature options `--template` and `--fields` ask for, over the manifest's defaults. */
function signatureOptions(
  manifest: Manifest,
  template: string | undefined,
  fields: string | undefined,
): { options: SignatureOptions; template: SignatureTemplate; fields: string } {
  const settings = manifest.organization.signature ?? {};
  if (template !== undefined && !(TEMPLATES as readonly string[]).includes(template)) {
    throw new CliError(`--template must be one of ${TEMPLATES.join(', ')}, not "${template}".`);
  }
  const chosen = (template ?? settings.template ?? 'classic') as SignatureTemplate;
  if (fields === undefined) {
    return {
      options: { template: chosen },
      template: chosen,
      fields: settings.fields ? "the manifest's organization.signature.fields" : 'every field',
    };
  }
  const names = fields
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const unknown = names.filter((f) => !(FIELD_NAMES as readonly string[]).includes(f));
  if (unknown.length > 0)
    throw new CliError(
      `--fields: ${unknown.map((f) => `"${f}"`).join(', ')} ${unknown.length === 1 ? 'is not a field' : 'are not fields'}. Fields: ${FIELD_NAMES.join(', ')}.`,
    );
  // Every field named is on, every other off: the list replaces the manifest's defaults.
  const on: SignatureFields = Object.fromEntries(FIELD_NAMES.map((f) => [f, names.includes(f)]));
  if (on.profiles && settings.fields?.profiles) on.profiles = settings.fields.profiles;
  return { options: { template: chosen, fields: on }, template: chosen, fields: `--fields ${names.join(',')}` };
}

/** Renders every chosen person's signature with its problems. Pure: the command writes the files. */
export function buildSignatures(
  manifest: Manifest,
  loaded: { readonly data: unknown; readonly warnings: readonly ManifestIssue[] },
  choice: {
    readonly template?: string;
    readonly fields?: string;
    readonly departments?: readonly string[];
    readonly people?: readonly string[];
  } = {},
): SignaturesRun {
  const { options, template, fields } = signatureOptions(manifest, choice.template, choice.fields);
  const chosen = choose(manifest, choice.departments ?? [], choice.people ?? []);
  const withEmail = chosen.filter((p) => p.email !== undefined);
  const departments = new Map<string, Department>(manifest.departments.map((d) => [d.id, d]));
  const { byId, leftOut } = warningsByPerson(loaded.data, loaded.warnings, manifest);
  const iconBase = manifest.organization.signature?.iconBaseUrl;
  const hasIconHost = template === 'compact' || safeUrl(iconBase)?.startsWith('https:') === true;
  const stems = fileStems(withEmail.map((p) => p.id));
  const signatures = withEmail.map((person, i): PersonSignature => {
    const department = person.department === undefined ? undefined : departments.get(person.department);
    const signature = renderSignature(
      person,
      manifest.organization,
      department === undefined ? options : { ...options, department },
    );
    const problems: SignatureProblem[] = [];
    for (const warning of byId.get(person.id) ?? [])
      problems.push({ code: 'field-left-out', message: `${warning.at}: ${warning.message}` });
    for (const warning of signature.warnings) {
      const code =
        warning.code === 'legacy-network'
          ? 'field-left-out'
          : warning.code === 'local-image'
            ? 'unsafe-url'
            : warning.code;
      problems.push({ code, message: warning.message });
    }
    if (
      !hasIconHost &&
      (person.profiles.length > 0 || manifest.organization.profiles.length > 0) &&
      options.fields?.profiles !== false
    ) {
      problems.push({
        code: 'no-icon-host',
        message:
          iconBase === undefined
            ? 'no icon host: profiles are text links (set organization.signature.iconBaseUrl to where dist/icons/ is hosted)'
            : `no icon host: ${iconBase} is not https, so profiles are text links`,
      });
    }
    return { person, stem: stems[i] as string, html: signature.html, text: signature.text, department, problems };
  });
  return {
    organization: manifest.organization.name,
    template,
    fields,
    signatures,
    withoutEmail: chosen.filter((p) => p.email === undefined),
    leftOut,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The lines the command prints: what was written, the problems by kind, who was skipped. */
export function summarizeSignatures(run: SignaturesRun, folder: string): string {
  const lines = [
    `Wrote ${plural(run.signatures.length, 'signature')} to ${folder} (${run.template}, ${run.fields}): <id>.html, .txt and .vcf, index.html, gmail.jsonl.`,
  ];
  const counts = new Map<SignatureProblemCode, number>();
  for (const { problems } of run.signatures) {
    for (const code of new Set(problems.map((p) => p.code))) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const withProblems = run.signatures.filter((s) => s.problems.length > 0).length;
  lines.push(
    withProblems === 0
      ? 'Problems: none.'
      : `Problems: ${plural(withProblems, 'signature')} (${[...counts].map(([code, n]) => `${n.toLocaleString('en')} ${problemLabel(code)}`).join(', ')}); each is listed in ${join(folder, 'index.html')}.`,
  );
  if (run.withoutEmail.length > 0)
    lines.push(
      `No email, no signature: ${plural(run.withoutEmail.length, 'person', 'people')} (${run.withoutEmail
        .slice(0, 5)
        .map((p) => p.id)
        .join(', ')}${run.withoutEmail.length > 5 ? ', …' : ''}).`,
    );
  if (run.leftOut.length > 0)
    lines.push(
      `Left out of the manifest as invalid: ${plural(run.leftOut.length, 'person', 'people')}; run "social-directory validate" for details.`,
    );
  return `${lines.join('\n')}\n`;
}

/** Runs `social-directory signatures`; returns the exit code. */
export async function runSignatures(args: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      template: { type: 'string' },
      fields: { type: 'string' },
      department: { type: 'string', multiple: true },
      person: { type: 'string', multiple: true },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(SIGNATURES_HELP);
    return 0;
  }
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0)
    throw new CliError('signatures takes one manifest: social-directory signatures <manifest.json> -o <folder>');
  const folder = values.output;
  if (folder === undefined) throw new CliError('signatures writes many files: name a folder with -o <folder>.');
  const loaded = await loadValidManifest(source, { strict: values.strict === true });
  const run = buildSignatures(loaded.manifest, loaded, {
    ...(values.template === undefined ? {} : { template: values.template }),
    ...(values.fields === undefined ? {} : { fields: values.fields }),
    departments: values.department ?? [],
    people: values.person ?? [],
  });
  if (run.signatures.length === 0) {
    throw new CliError(
      `no one ${values.department || values.person ? 'chosen' : `in ${source}`} has an email, so there is no signature to write.`,
      1,
    );
  }
  const organization = loaded.manifest.organization;
  function* files(): Generator<readonly [string, string]> {
    for (const { person, stem, html, text, department } of run.signatures) {
      yield [`${stem}.html`, signatureDocument({ html }, person.name)];
      yield [`${stem}.txt`, `${text}\n`];
      yield [`${stem}.vcf`, toVCard(person, organization, department === undefined ? {} : { department })];
    }
    yield [
      'gmail.jsonl',
      run.signatures
        .map(
          ({ person, html }) =>
            `${JSON.stringify({ userId: person.email, sendAsEmail: person.email, signature: html })}\n`,
        )
        .join(''),
    ];
    yield ['index.html', renderSignaturesIndex(run, new Date())];
  }
  writeOutputFolder(folder, files(), 'gmail.jsonl', isUrl(source) ? [] : [source]);
  io.out(summarizeSignatures(run, folder));
  return 0;
}
