/**
 * `social-directory merge`: applies people's own updates (update documents) to a
 * manifest. The rules are core's `applyUpdates`: person-owned fields only, unknown people
 * refused, the later `submittedAt` wins a field; this adds files, line numbers and the summary.
 * @module
 */
import { parseArgs } from 'node:util';
import { applyUpdates, ManifestError, type ManifestDocument, type UpdateReport } from '../../core/index.js';
import { PositionFinder } from '../positions.js';
import {
  CliError,
  prettyJson,
  prettyJsonParts,
  readManifestFile,
  sameFile,
  writeOutputFile,
  type Output,
} from '../io.js';

/** `social-directory merge --help`. */
export const MERGE_HELP = `Usage: social-directory merge <manifest.json> <update.json>... [-o out.json] [options]

Applies update documents (people's changes to their own fields) to a manifest.
An update changes only the fields a person owns: profiles, pronouns, askMeAbout, languages,
visibility and champion. An update that touches another field (title, email…), names a
person who is not in the manifest, or is not valid is refused with its file and place; the
others are applied. When two updates change one field of one person, the later
submittedAt wins and the summary says so. An update file holds one update or a list.

Options:
  -o, --output <file>  write the manifest here (default: standard output; the summary then goes to stderr)
  --force              allow -o to replace the input manifest
  --dry-run            print what would change and write nothing
  -h, --help           show this help

Exit status: 0 every update applied, 1 some update refused (the others are still written)
or the manifest is not a manifest, 2 usage or I/O error.
`;

/** Where an update came from: its file, and its place when the file holds a list. */
interface UpdateSource {
  readonly file: string;
  readonly index: number | undefined;
  readonly finder: PositionFinder;
}

/** Runs `social-directory merge`; returns the exit code. */
export async function runMerge(args: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(MERGE_HELP);
    return 0;
  }
  const [manifestPath, ...updatePaths] = positionals;
  if (manifestPath === undefined || updatePaths.length === 0) {
    throw new CliError(
      'merge takes a manifest and one or more updates: social-directory merge social.json updates/*.json -o social.json --force',
    );
  }
  const output = values.output;
  const dryRun = values['dry-run'] === true;
  if (output !== undefined && !dryRun) {
    const update = updatePaths.find((path) => sameFile(path, output));
    if (update !== undefined)
      throw new CliError(`${output} is an update being merged; write the manifest elsewhere with -o.`);
    if (values.force !== true && sameFile(manifestPath, output)) {
      throw new CliError(`${output} is also the input; add --force to replace it, or write elsewhere with -o.`);
    }
  }

  const manifest = await readManifest(manifestPath);
  const sources: UpdateSource[] = [];
  const documents: unknown[] = [];
  for (const file of updatePaths) {
    let read: Awaited<ReturnType<typeof readManifestFile>>;
    try {
      read = await readManifestFile(file);
    } catch (error) {
      if (error instanceof ManifestError)
        throw new CliError(`${error.message.replace(/^The manifest/, file)} (an update file must be JSON).`, 1);
      throw error;
    }
    const finder = new PositionFinder(read.text ?? '');
    const list = Array.isArray(read.data) ? read.data : [read.data];
    list.forEach((document, index) => {
      sources.push({ file, index: Array.isArray(read.data) ? index : undefined, finder });
      documents.push(document);
    });
  }

  const { manifest: merged, report } = applyUpdates(manifest, documents);
  const summary = describe(report, sources, manifestPath, dryRun);
  if (dryRun) {
    io.out(summary);
  } else if (output === undefined) {
    io.out(prettyJson(merged));
    io.err(summary);
  } else {
    writeOutputFile(output, prettyJsonParts(merged), [manifestPath], values.force === true);
    io.out(`${summary}Wrote ${output}.\n`);
  }
  return report.refused.length > 0 ? 1 : 0;
}

async function readManifest(path: string): Promise<ManifestDocument> {
  let data: unknown;
  try {
    data = (await readManifestFile(path)).data;
  } catch (error) {
    if (error instanceof ManifestError) throw new CliError(error.message, 1);
    throw error;
  }
  // The updates are checked field by field with the manifest's rules, and nothing else is
  // touched: the result is as valid as the input, which "validate" checks (a full validation
  // here would be most of the time of merging into 100,000 people).
  const record =
    typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (record === undefined || record['version'] !== 1 || !Array.isArray(record['people'])) {
    throw new CliError(
      `${path} is not a manifest (version 1 with a list of people). Run "social-directory validate ${path}".`,
      1,
    );
  }
  return record as ManifestDocument;
}

function describe(
  report: UpdateReport,
  sources: readonly UpdateSource[],
  manifestPath: string,
  dryRun: boolean,
): string {
  const name = (index: number) => {
    const source = sources[index] as UpdateSource;
    return source.index === undefined ? source.file : `${source.file}[${source.index}]`;
  };
  const place = (index: number, path: readonly (string | number)[]) => {
    const source = sources[index] as UpdateSource;
    const position = source.finder.find(source.index === undefined ? path : [source.index, ...path]);
    return position === undefined ? source.file : `${source.file}:${position.line}:${position.column}`;
  };
  const lines: string[] = [];
  const total = sources.length;
  lines.push(
    `${dryRun ? 'Would merge' : 'Merged'} ${total} update${total === 1 ? '' : 's'} into ${manifestPath}: ` +
      `${report.applied.length} applied, ${report.refused.length} refused.`,
  );
  const changed = report.applied.filter((a) => a.fields.length > 0);
  if (changed.length > 0) {
    lines.push(dryRun ? 'Would change:' : 'Changed:');
    for (const applied of changed)
      lines.push(`  ${applied.person}: ${applied.fields.join(', ')} (${name(applied.index)})`);
  }
  if (report.superseded.length > 0) {
    lines.push('Two updates of one field (the later submittedAt wins):');
    for (const s of report.superseded)
      lines.push(`  ${s.person} ${s.field}: ${name(s.kept)} replaces ${name(s.dropped)}`);
  }
  if (report.refused.length > 0) {
    lines.push('Refused:');
    for (const refused of report.refused) {
      if (refused.issues.length === 0) lines.push(`  ${name(refused.index)}: ${refused.reason}`);
      for (const problem of refused.issues) {
        lines.push(
          `  ${place(refused.index, problem.path)}: ${problem.at === '' ? '' : `${problem.at}: `}${problem.message}`,
        );
      }
    }
    if (!dryRun) lines.push('The other updates were applied; fix the refused ones and merge them again.');
  }
  return `${lines.join('\n')}\n`;
}
