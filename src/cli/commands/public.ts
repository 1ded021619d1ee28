/**
 * `social-directory public`: the manifest a careers page may receive (core `forAudience`), and
 * an account of everything that was taken out, so HR can check nothing internal is left.
 * @module
 */
import { parseArgs } from 'node:util';
import { DEFAULT_PUBLIC_FIELDS, forAudience, type Manifest, type Person } from '../../core/index.js';
import { serializeJsonLd, toJsonLd } from '../../core/jsonld.js';
import {
  CliError,
  isStandardOutput,
  loadValidManifest,
  pageUrlOption,
  prettyJson,
  writeOutputFile,
  type Output,
} from '../io.js';

/** `social-directory public --help`. */
export const PUBLIC_HELP = `Usage: social-directory public <manifest.json> [-o public.json] [options]

Writes the public manifest for a careers page: only people with "visibility": "public",
only the person fields in organization.publicFields (default: pronouns, title, department,
photo, profiles, askMeAbout, topics), only public topics, only public departments (marked
"visibility": "public", or with a public person or public topic), no guidelines or
signature settings. Prints what was removed.

Options:
  -o, --output <file>  write it here (default, or -: standard output; the summary then goes to stderr)
  --jsonld <file>      also write the page's schema.org structured data (JSON-LD: the
                       organization and its public people) for a static careers page: a
                       <script type="application/ld+json"> element when <file> ends in .html,
                       otherwise the JSON itself; escaped so no value can close the script
  --page-url <url>     the careers page's address, for people's links (<url>?person=<id>)
  --force              allow -o to replace the input manifest
  --strict             refuse a manifest with any problem instead of leaving entries out
  -h, --help           show this help

Exit status: 0 written, 1 invalid manifest or no public people, 2 usage or I/O error.
`;

/** What {@link forAudience} removed, for people to check. */
export interface PublicSummary {
  /** People kept (public) and in the manifest. */
  readonly people: { readonly kept: number; readonly total: number };
  /** Person fields removed from public people, with how many people had them. */
  readonly fieldsRemoved: Readonly<Record<string, number>>;
  /** Departments kept (public) and in the manifest. */
  readonly departments: { readonly kept: number; readonly total: number };
  /** Ids of internal departments removed. */
  readonly departmentsRemoved: readonly string[];
  /** Ids of internal topics removed. */
  readonly topicsRemoved: readonly string[];
  /** Topics kept. */
  readonly topicsKept: number;
  /** References to internal people or topics removed from what was kept. */
  readonly referencesRemoved: number;
  /** Organization settings removed. */
  readonly organizationRemoved: readonly string[];
}

// A person field "has a value" when it would show: not missing, not an empty list, not false.
const hasValue = (value: unknown) =>
  value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);

/** Compares a manifest with its public version. */
export function summarizePublic(manifest: Manifest, publicManifest: Manifest): PublicSummary {
  const byId = new Map(manifest.people.map((p) => [p.id, p]));
  const fieldsRemoved: Record<string, number> = {};
  let referencesRemoved = 0;
  for (const kept of publicManifest.people) {
    const original = byId.get(kept.id) as Person;
    for (const [field, value] of Object.entries(original)) {
      if (field === 'visibility' || !hasValue(value)) continue;
      const now = (kept as Record<string, unknown>)[field];
      if (!hasValue(now)) fieldsRemoved[field] = (fieldsRemoved[field] ?? 0) + 1;
      else if (field === 'topics') referencesRemoved += original.topics.length - kept.topics.length;
    }
  }
  const publicTopics = new Set(publicManifest.topics.map((t) => t.id));
  for (const topic of publicManifest.topics) {
    const original = manifest.topics.find((t) => t.id === topic.id);
    referencesRemoved += (original?.people.length ?? 0) - topic.people.length;
  }
  const organization = manifest.organization as Record<string, unknown>;
  const publicDepartments = new Set(publicManifest.departments.map((d) => d.id));
  return {
    people: { kept: publicManifest.people.length, total: manifest.people.length },
    departments: { kept: publicManifest.departments.length, total: manifest.departments.length },
    departmentsRemoved: manifest.departments.filter((d) => !publicDepartments.has(d.id)).map((d) => d.id),
    fieldsRemoved,
    topicsRemoved: manifest.topics.filter((t) => !publicTopics.has(t.id)).map((t) => t.id),
    topicsKept: publicManifest.topics.length,
    referencesRemoved,
    organizationRemoved: Object.keys(organization).filter(
      (key) => hasValue(organization[key]) && !(key in publicManifest.organization),
    ),
  };
}

function describe(summary: PublicSummary, manifest: Manifest, warnings: number): string {
  const lines: string[] = [];
  const { kept, total } = summary.people;
  lines.push(
    `People: ${kept} of ${total} are public; ${total - kept} internal ${total - kept === 1 ? 'person' : 'people'} removed.`,
  );
  const fields = manifest.organization.publicFields ?? DEFAULT_PUBLIC_FIELDS;
  lines.push(
    `Public person fields${manifest.organization.publicFields ? '' : ' (the default)'}: ${fields.join(', ')}.`,
  );
  const removed = Object.entries(summary.fieldsRemoved).map(([field, n]) => `${field} (${n})`);
  lines.push(`Fields removed from public people: ${removed.length === 0 ? 'none' : removed.join(', ')}.`);
  const departments = summary.departmentsRemoved;
  lines.push(
    `Departments: ${summary.departments.kept} of ${summary.departments.total} are public; ${departments.length} internal removed${departments.length > 0 ? `: ${departments.join(', ')}` : ''}.`,
  );
  lines.push(
    `Topics: ${summary.topicsKept} public kept; ${summary.topicsRemoved.length} internal removed${summary.topicsRemoved.length > 0 ? `: ${summary.topicsRemoved.join(', ')}` : ''}.`,
  );
  if (summary.referencesRemoved > 0)
    lines.push(`References to internal people or topics removed: ${summary.referencesRemoved}.`);
  lines.push(
    `Organization settings removed: ${summary.organizationRemoved.length === 0 ? 'none' : summary.organizationRemoved.join(', ')}.`,
  );
  lines.push('Fields the manifest schema does not know are never copied.');
  if (warnings > 0)
    lines.push(
      `${warnings} invalid ${warnings === 1 ? 'entry was' : 'entries were'} left out: run "social-directory validate" for details.`,
    );
  return `${lines.join('\n')}\n`;
}

/** Runs `social-directory public`; returns the exit code. */
export async function runPublic(args: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      jsonld: { type: 'string' },
      'page-url': { type: 'string' },
      force: { type: 'boolean' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(PUBLIC_HELP);
    return 0;
  }
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0)
    throw new CliError('public takes one manifest: social-directory public <manifest.json> -o public.json');
  const pageUrl = pageUrlOption(values['page-url']);
  const loaded = await loadValidManifest(source, { strict: values.strict === true });
  const publicManifest = forAudience(loaded.manifest, 'public');
  if (publicManifest.people.length === 0) {
    throw new CliError(
      `no one in ${source} is public, so a public page would show an error. Add "visibility": "public" to the people who agreed to appear on public pages.`,
      1,
    );
  }
  const summary = describe(summarizePublic(loaded.manifest, publicManifest), loaded.manifest, loaded.warnings.length);
  const json = prettyJson(publicManifest);
  if (values.jsonld !== undefined) {
    const data = serializeJsonLd(
      toJsonLd(publicManifest, { audience: 'public', ...(pageUrl === undefined ? {} : { pageUrl }) }),
    );
    // The mark lets <social-directory structured-data> keep this script up to date instead of adding a second.
    const content = /\.html?$/i.test(values.jsonld)
      ? `<script type="application/ld+json" data-social-directory>${data}</script>\n`
      : `${data}\n`;
    writeOutputFile(values.jsonld, content, [source], values.force === true);
  }
  const wroteJsonLd = values.jsonld === undefined ? '' : `Wrote ${values.jsonld} (structured data).\n`;
  if (values.output === undefined || isStandardOutput(values.output)) {
    io.out(json);
    io.err(`${wroteJsonLd}${summary}`);
  } else {
    writeOutputFile(values.output, json, [source], values.force === true);
    io.out(`Wrote ${values.output}.\n${wroteJsonLd}${summary}`);
  }
  return 0;
}
