/**
 * `social-directory validate`: every problem of a manifest with its JSON path, line and column,
 * split exactly as the loader splits them: warnings (left out, the rest loads) and errors
 * (the widget would show an error instead of the directory).
 * @module
 */
import { parseArgs } from 'node:util';
import { ManifestError, type ManifestIssue } from '../../core/index.js';
import { formatPath } from '../../core/internal.js';
// By its path, as in ../positions.ts: the locator stays a module of its own.
import { findDuplicateKeys } from '../../core/manifest/json-position.js';
import { CliError, loadManifestSource, sourceTextOf, type Output } from '../io.js';
import { PositionFinder } from '../positions.js';

/** `social-directory validate --help`. */
export const VALIDATE_HELP = `Usage: social-directory validate <manifest.json | https://…> [options]

Checks a manifest with the same rules as the components and lists every problem
with its place (file:line:column: severity: path: message).

Options:
  --strict      every problem is an error (use it before publishing)
  --json        print the result as JSON, for CI
  -h, --help    show this help

Exit status: 0 valid (warnings allowed unless --strict), 1 invalid, 2 usage or I/O error.
`;

/** One problem as `validate` reports it. */
export interface Finding {
  /** `error`: the manifest cannot load. `warning`: the entry is left out and the rest loads. */
  readonly severity: 'error' | 'warning';
  /** JSON path segments. */
  readonly path: readonly (string | number)[];
  /** The path as people read it: `people[3].email` (empty for the whole document). */
  readonly at: string;
  /** What is wrong. */
  readonly message: string;
  /** 1-based line in the file, when known. */
  readonly line: number | null;
  /** 1-based column in the file, when known. */
  readonly column: number | null;
}

/** The result of validating one manifest, as `--json` prints it. */
export interface ValidationReport {
  /** The file or URL. */
  readonly source: string;
  /** Whether the manifest loads (with `--strict`: loads with no warnings). */
  readonly valid: boolean;
  /** Whether `--strict` was given. */
  readonly strict: boolean;
  /** Problems that stop the manifest from loading. */
  readonly errors: readonly Finding[];
  /** Entries left out; the rest loads. */
  readonly warnings: readonly Finding[];
  /** What the valid manifest holds; `null` when it is invalid. */
  readonly counts: { readonly people: number; readonly departments: number; readonly topics: number } | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// JSON.parse keeps the last of two equal keys without a word, so `"visibility": "internal"`
// followed by `"visibility": "public"` publishes a person whoever reads the first line.
function duplicateKeys(text: string | undefined, severity: Finding['severity']): Finding[] {
  if (text === undefined) return [];
  return findDuplicateKeys(text).map(({ path, line, column }) => ({
    severity,
    path,
    at: formatPath(path),
    message: `"${String(path[path.length - 1])}" is written twice in the same object; only the last value counts`,
    line,
    column,
  }));
}

/** Validates a manifest file or URL; I/O failures throw a {@link CliError}. */
export async function validateSource(source: string, strict: boolean): Promise<ValidationReport> {
  const report = await validateContent(source, strict);
  const text = reportTexts.get(report);
  const duplicates = duplicateKeys(text, strict ? 'error' : 'warning');
  if (duplicates.length === 0) return report;
  if (strict) return { ...report, valid: false, counts: null, errors: [...report.errors, ...duplicates] };
  return { ...report, warnings: [...report.warnings, ...duplicates] };
}

const reportTexts = new WeakMap<ValidationReport, string>();
const withText = (report: ValidationReport, text: string | undefined): ValidationReport => {
  if (text !== undefined) reportTexts.set(report, text);
  return report;
};

async function validateContent(source: string, strict: boolean): Promise<ValidationReport> {
  let text: string | undefined;
  try {
    const loaded = await loadManifestSource(source, { strict });
    text = loaded.text;
    const finder = text === undefined ? undefined : new PositionFinder(text);
    const { manifest } = loaded;
    return withText(
      {
        source,
        valid: true,
        strict,
        errors: [],
        warnings: loaded.warnings.map((w) => finding('warning', w, finder)),
        counts: {
          people: manifest.people.length,
          departments: manifest.departments.length,
          topics: manifest.topics.length,
        },
      },
      text,
    );
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    if (error.code === 'not-json') {
      // The place is in the line's prefix already: keep only what is wrong.
      const message =
        error.line === undefined
          ? error.message
          : error.message.replace(
              /^.*? is not valid JSON: (.*) at line \d+, column \d+\.(.*)$/s,
              'not valid JSON: $1.$2',
            );
      return {
        source,
        valid: false,
        strict,
        errors: [
          { severity: 'error', path: [], at: '', message, line: error.line ?? null, column: error.column ?? null },
        ],
        warnings: [],
        counts: null,
      };
    }
    if (error.code !== 'invalid' && error.code !== 'version' && error.code !== 'no-people')
      throw new CliError(error.message);
    text ??= sourceTextOf(error);
    const finder = text === undefined ? undefined : new PositionFinder(text);
    // "No valid people" is the error; each person's problem is why.
    const headline =
      error.code === 'no-people' || error.issues.length === 0 ? [{ path: [], at: '', message: error.message }] : [];
    return withText(
      {
        source,
        valid: false,
        strict,
        errors: [...headline, ...error.issues].map((i) => finding('error', i, finder)),
        warnings: [],
        counts: null,
      },
      text,
    );
  }
}

function finding(severity: Finding['severity'], problem: ManifestIssue, finder: PositionFinder | undefined): Finding {
  const position = problem.path.length === 0 ? undefined : finder?.find(problem.path);
  return {
    severity,
    path: problem.path,
    at: problem.at,
    message: problem.message,
    line: position?.line ?? null,
    column: position?.column ?? null,
  };
}

/** One line per problem, in the `file:line:column: severity: message` form editors and CI link. */
export function formatFinding(source: string, f: Finding): string {
  const place = f.line === null ? source : `${source}:${f.line}:${f.column}`;
  return `${place}: ${f.severity}: ${f.at === '' ? f.message : `${f.at}: ${f.message}`}`;
}

/** The one-line summary. */
export function summarize(report: ValidationReport): string {
  const { source, errors, warnings, counts } = report;
  if (!report.valid)
    return `${source}: invalid, ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`;
  const holds =
    counts === null
      ? ''
      : ` (${plural(counts.people, 'person').replace('persons', 'people')}, ${plural(counts.departments, 'department')}, ${plural(counts.topics, 'topic')})`;
  return `${source}: valid${holds}, ${plural(warnings.length, 'warning')}`;
}

/** Runs `social-directory validate`; returns the exit code. */
export async function runValidate(args: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      strict: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(VALIDATE_HELP);
    return 0;
  }
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0)
    throw new CliError(
      'validate takes one manifest: social-directory validate <manifest.json | url> [--strict] [--json]',
    );
  const report = await validateSource(source, values.strict === true);
  if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else {
    for (const f of [...report.errors, ...report.warnings]) io.out(`${formatFinding(source, f)}\n`);
    io.out(`${summarize(report)}\n`);
  }
  return report.valid ? 0 : 1;
}
