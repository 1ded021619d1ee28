/**
 * `social-directory <command>`: the command line for whoever keeps the manifest. Every rule
 * comes from `src/core` (schema, handle normalization, audience filtering), so the CLI and the
 * components cannot disagree about a manifest.
 *
 * Exit codes: 0 success, 1 invalid content, 2 usage or I/O error. A problem the user can fix is
 * printed as `social-directory: <message>`, never as a stack trace.
 * @module
 */
import { runImport, IMPORT_HELP } from './commands/import.js';
import { runIndex, INDEX_HELP } from './commands/static-index.js';
import { runMerge, MERGE_HELP } from './commands/merge.js';
import { runPublic, PUBLIC_HELP } from './commands/public.js';
import { runRender, RENDER_HELP } from './commands/render.js';
import { runReport, REPORT_HELP } from './commands/report.js';
import { runSchema, SCHEMA_HELP } from './commands/schema.js';
import { runSignatures, SIGNATURES_HELP } from './commands/signatures.js';
import { runValidate, VALIDATE_HELP } from './commands/validate.js';
import { CliError, escapeControls, terminalOutput, type Output } from './io.js';
import { packageVersion } from './version.js';

/** `social-directory --help`. */
export const HELP = `Usage: social-directory <command> [options]

Commands:
  validate <manifest|url>   check a manifest: every problem with its line and column
  schema                    print the manifest's JSON Schema (for editor autocompletion)
  import <people.csv>       add people from an HR export (CSV) to a manifest
  merge <manifest> <update.json>...  apply people's own updates (profile editor) to a manifest
  public <manifest>         write the public manifest for a careers page
  render <public manifest>  write a careers page with the directory in its HTML (crawlable)
  index <manifest> -o <dir> write a static search index (Pagefind) for very large directories
  report <manifest>         participation by department and network (text, JSON, HTML)
  signatures <manifest>     everyone's email signature (HTML, text, vCard), a preview, Gmail API lines

Options:
  -h, --help                show help (also: social-directory <command> --help)
  -v, --version             show the version

Exit status: 0 success, 1 invalid content, 2 usage or I/O error.
`;

type Command = (args: readonly string[], io: Output) => number | Promise<number>;

const COMMANDS: Readonly<Record<string, { readonly run: Command; readonly help: string }>> = {
  validate: { run: runValidate, help: VALIDATE_HELP },
  schema: { run: runSchema, help: SCHEMA_HELP },
  import: { run: runImport, help: IMPORT_HELP },
  merge: { run: runMerge, help: MERGE_HELP },
  public: { run: runPublic, help: PUBLIC_HELP },
  render: { run: runRender, help: RENDER_HELP },
  index: { run: runIndex, help: INDEX_HELP },
  report: { run: runReport, help: REPORT_HELP },
  signatures: { run: runSignatures, help: SIGNATURES_HELP },
};

// parseArgs reports unknown options and missing values with these codes: usage errors.
const USAGE_CODES = new Set([
  'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
]);

/** Runs the CLI with `argv` (without `node` and the script); returns the exit code. */
export async function main(argv: readonly string[], terminal: Output): Promise<number> {
  const io = terminalOutput(terminal);
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const topic = name === 'help' ? args[0] : undefined;
    io.out(topic !== undefined && Object.hasOwn(COMMANDS, topic) ? (COMMANDS[topic] as { help: string }).help : HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    io.out(`${packageVersion()}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (command === undefined)
      throw new CliError(
        `"${name}" is not a command. Commands: ${Object.keys(COMMANDS).join(', ')} (social-directory --help).`,
      );
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`social-directory: ${error.message}\n`);
      return error.exitCode;
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && USAGE_CODES.has(code)) {
      io.err(
        `social-directory: ${(error as Error).message.split(/\. To specify|\n/)[0]} (social-directory ${name} --help)\n`,
      );
      return 2;
    }
    throw error;
  }
}

const io: Output = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

// An EPIPE (`social-directory schema | head`) is the reader leaving, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2), io).then(
  // exitCode, not exit(): a large manifest on a pipe must finish writing first.
  (code) => (process.exitCode = code),
  (error: unknown) => {
    io.err(
      escapeControls(
        `social-directory: unexpected error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      ),
    );
    process.exitCode = 70;
  },
);
