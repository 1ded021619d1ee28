/**
 * Files in and out for the CLI: text decoding with the mistakes HR exports really make (BOMs,
 * Latin-1, UTF-16, an .xlsx renamed .csv), manifests parsed with positions, and writes that
 * never clobber an input by accident.
 * @module
 */
import { readFileSync, renameSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { loadManifest, ManifestError, parseJson, validateManifest, type ValidateOptions, type ValidationResult } from '../core/index.js';

/**
 * A problem the person at the terminal can fix (a missing file, a wrong option). Printed as
 * `social-directory: <message>` without a stack trace; `exitCode` 2 is usage or I/O, 1 is content.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  /** The process exit code: 2 for usage and I/O problems, 1 for invalid content. */
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2 = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Where a command writes: results to `out` (stdout), messages for people to `err` (stderr). */
export interface Output {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
}

function describeFsError(path: string, error: unknown): CliError {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return new CliError(`${path}: no such file.`);
    case 'EISDIR':
      return new CliError(`${path} is a folder, not a file.`);
    case 'EACCES':
    case 'EPERM':
      return new CliError(`${path} cannot be read: permission denied.`);
    default:
      return new CliError(`${path} cannot be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

// Zip local-file header: .xlsx, .ods and .numbers files are zip archives.
const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Compound File Binary header: the old .xls format.
const CFB = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Decodes a file's bytes as text. UTF-8 with or without a BOM (the BOM is dropped: Excel's
 * "CSV UTF-8" writes one and JSON.parse rejects it); UTF-16 when a BOM says so (Excel's
 * "Unicode text"). Anything else that is not valid UTF-8 is refused with a way to fix it,
 * because guessing Windows-1252 would silently turn "José" into "JosÃ©" for some files.
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new CliError(`${path} is empty.`);
  if (startsWith(bytes, ZIP) || startsWith(bytes, CFB)) {
    throw new CliError(
      `${path} looks like a spreadsheet (Excel or similar), not a text file. Save it as "CSV UTF-8 (comma delimited)" and try again.`,
    );
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeStrict(bytes.subarray(2), 'utf-16le', path);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeStrict(bytes.subarray(2), 'utf-16be', path);
  else text = decodeStrict(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes, 'utf-8', path);
  if (text.includes('\0')) throw new CliError(`${path} is a binary file, not text.`);
  if (text.trim() === '') throw new CliError(`${path} is empty (only blank space).`);
  return text;
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', path: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (encoding !== 'utf-8') throw new CliError(`${path} starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}.`);
    // Only for the message: where the first undecodable byte is, so people can find the word.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    const line = at < 0 ? 1 : lenient.slice(0, at).split('\n').length;
    throw new CliError(
      `${path} is not UTF-8 (line ${line} has a character in another encoding, probably Windows-1252 or Latin-1). ` +
        `Export it again as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8), or convert it: ` +
        `iconv -f WINDOWS-1252 -t UTF-8 ${basename(path)} > ${basename(path).replace(/(\.\w+)?$/, '-utf8$1')}`,
    );
  }
}

/** Reads a text file (see {@link decodeText}); every failure is a {@link CliError}. */
export function readTextFile(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw describeFsError(path, error);
  }
  return decodeText(bytes, path);
}

/** Whether a command-line argument names a manifest URL rather than a file. */
export const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** A manifest document as written, before validation. */
export interface ManifestSource {
  /** The file path or URL, as given. */
  readonly source: string;
  /** The text, for positions in messages; `undefined` when it could not be read. */
  readonly text: string | undefined;
  /** The parsed JSON value. */
  readonly data: unknown;
}

/**
 * Reads and parses a manifest file. A syntax error is a {@link ManifestError} `not-json` with
 * line and column (the loader's own parser), so callers report it like any other problem.
 */
export async function readManifestFile(path: string): Promise<ManifestSource> {
  const text = readTextFile(path);
  try {
    return { source: path, text, data: await parseJson(text) };
  } catch (error) {
    if (error instanceof ManifestError) throw withSource(error, path);
    throw error;
  }
}

function withSource(error: ManifestError, source: string): ManifestError {
  const message = error.message.replace(/^The manifest/, source);
  return new ManifestError(error.code, message, {
    issues: error.issues,
    ...(error.line === undefined ? {} : { line: error.line }),
    ...(error.column === undefined ? {} : { column: error.column }),
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.url === undefined ? {} : { url: error.url }),
  });
}

/** A validated manifest with the document it came from. */
export interface ValidatedSource extends ManifestSource, ValidationResult {}

/**
 * Loads and validates a manifest from a file or an http(s) URL. URLs go through the SDK's
 * `loadManifest` (timeouts, retries, size cap) without its browser cache; its fetch is wrapped
 * only to keep the text, so problems in a remote manifest get line numbers too.
 */
export async function loadManifestSource(source: string, options: ValidateOptions = {}): Promise<ValidatedSource> {
  if (!isUrl(source)) {
    const read = await readManifestFile(source);
    try {
      return { ...read, ...validateManifest(read.data, options) };
    } catch (error) {
      if (error instanceof ManifestError && read.text !== undefined) sourceTexts.set(error, read.text);
      throw error;
    }
  }
  let text: Promise<string> | undefined;
  const keepText: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (response.ok) text = response.clone().text();
    return response;
  };
  try {
    const result = await loadManifest(source, { ...options, cache: false, fetch: keepText });
    return { source, text: await text, data: undefined, manifest: result.manifest, warnings: result.warnings };
  } catch (error) {
    const kept = await text?.catch(() => undefined);
    if (error instanceof ManifestError && kept !== undefined) sourceTexts.set(error, kept);
    throw error;
  }
}

// The text behind a content error, so its issues can be given line numbers.
const sourceTexts = new WeakMap<ManifestError, string>();

/** The manifest text behind a {@link ManifestError} thrown by {@link loadManifestSource}, if it was read. */
export function sourceTextOf(error: ManifestError): string | undefined {
  return sourceTexts.get(error);
}

/** Whether two paths name the same file (resolved, and by inode when both exist). */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Writes a file through a temporary file and a rename, so an interrupted write never leaves a
 * half manifest where a good one was. Refuses to replace any of `inputs` unless `force`.
 */
export function writeOutputFile(path: string, content: string, inputs: readonly string[] = [], force = false): void {
  const input = inputs.find((file) => sameFile(file, path));
  if (input !== undefined && !force) {
    throw new CliError(`${path} is also the input; add --force to replace it, or write elsewhere with -o.`);
  }
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : String((error as Error).message);
    throw new CliError(`${path} cannot be written: ${why}.`);
  }
}

/** Pretty JSON as the CLI writes manifests: two-space indent and a final newline. */
export const prettyJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
