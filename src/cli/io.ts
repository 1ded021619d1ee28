/**
 * Files in and out for the CLI: text decoding with the mistakes HR exports really make (BOMs,
 * Latin-1, UTF-16, an .xlsx renamed .csv), manifests parsed with positions, and writes that
 * never clobber an input by accident.
 * @module
 */
import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import {
  ManifestError,
  safeUrl,
  parseJson,
  validateManifest,
  type ValidateOptions,
  type ValidationResult,
} from '../core/index.js';
import { decodeManifestBytes, describeEncodingProblem, fetchManifest } from '../core/internal.js';
import type { JsonPart } from './pretty-json.js';

export { prettyJson, prettyJsonParts, type JsonPart } from './pretty-json.js';

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

// C0 controls but tab and line feed, DEL, C1 controls, and the bidi overrides and isolates.
// eslint-disable-next-line no-control-regex -- these controls are what the pattern removes
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for a terminal: every control character shown as a `\u001b`-style escape, so a name in
 * a manifest or a CSV cannot clear the screen, plant an OSC 8 link or reorder a line. The
 * escapes are JSON's, so JSON output stays JSON with the same meaning.
 */
export function escapeControls(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An {@link Output} whose every line goes through {@link escapeControls}: what every command writes to. */
export function terminalOutput(io: Output): Output {
  return { out: (text) => io.out(escapeControls(text)), err: (text) => io.err(escapeControls(text)) };
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
 * Decodes a file's bytes as text, by the same rule as the browser loader
 * (`core/manifest/encoding.ts`): UTF-8 with or without a BOM (the BOM is dropped: Excel's
 * "CSV UTF-8" writes one and JSON.parse rejects it); UTF-16 when a BOM says so (Excel's
 * "Unicode text"). Anything else is refused with a way to fix it, because guessing
 * Windows-1252 would silently turn "José" into "JosÃ©" for some files.
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new CliError(`${path} is empty.`);
  if (startsWith(bytes, ZIP) || startsWith(bytes, CFB)) {
    throw new CliError(
      `${path} looks like a spreadsheet (Excel or similar), not a text file. Save it as "CSV UTF-8 (comma delimited)" and try again.`,
    );
  }
  // The common case, checked natively: UTF-8 (a BOM dropped) without a zero byte, which can be
  // neither UTF-16 without a BOM nor binary. Twice as fast as TextDecoder on a 40 MB manifest;
  // anything else, and the messages, go through the core's rule below.
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!(buffer[0] === 0xff && buffer[1] === 0xfe) && !(buffer[0] === 0xfe && buffer[1] === 0xff)) {
    const body = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? buffer.subarray(3) : buffer;
    if (buffer.indexOf(0) === -1 && isUtf8(body)) {
      const text = body.toString('utf8');
      if (text.trim() === '') throw new CliError(`${path} is empty (only blank space).`);
      return text;
    }
  }
  const { text, problem } = decodeManifestBytes(bytes);
  if (problem !== undefined) {
    const fix =
      problem.kind === 'invalid' && problem.encoding === 'utf-8'
        ? ` Export it again as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8), or convert it: ` +
          `iconv -f WINDOWS-1252 -t UTF-8 ${basename(path)} > ${basename(path).replace(/(\.\w+)?$/, '-utf8$1')}`
        : problem.kind === 'utf-16-without-bom'
          ? ` Or convert it: iconv -f ${problem.encoding.toUpperCase()} -t UTF-8 ${basename(path)} > ${basename(path).replace(/(\.\w+)?$/, '-utf8$1')}`
          : '';
    throw new CliError(`${describeEncodingProblem(path, problem)}${fix}`);
  }
  if (text.includes('\0')) throw new CliError(`${path} is a binary file, not text.`);
  if (text.trim() === '') throw new CliError(`${path} is empty (only blank space).`);
  return text;
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
  // The loader's own fetch (timeout, retries, the size cap counted as the body streams in),
  // then the same validation as a file: the text is kept for positions in messages.
  const fetched = await fetchManifest(source);
  try {
    return { source, ...fetched, ...validateManifest(fetched.data, options) };
  } catch (error) {
    if (error instanceof ManifestError) sourceTexts.set(error, fetched.text);
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

/** Whether an output option means standard output: not given, or `-` as in most Unix tools. */
export const isStandardOutput = (output: string | undefined): boolean => output === undefined || output === '-';

/**
 * Writes a file through a temporary file and a rename, so an interrupted write never leaves a
 * half manifest where a good one was. Refuses to replace any of `inputs` unless `force`.
 *
 * The temporary file gets an unpredictable name in the target's folder and is created
 * exclusively (`O_CREAT | O_EXCL`), so a link planted there in advance is never followed. An
 * output that is itself a symbolic link is refused: replacing the link would silently cut it,
 * and writing through it would let whoever planted it choose what gets overwritten.
 */
export function writeOutputFile(
  path: string,
  content: string | Iterable<JsonPart>,
  inputs: readonly string[] = [],
  force = false,
): void {
  const input = inputs.find((file) => sameFile(file, path));
  if (input !== undefined && !force) {
    throw new CliError(`${path} is also the input; add --force to replace it, or write elsewhere with -o.`);
  }
  let existing: ReturnType<typeof lstatSync> | undefined;
  try {
    existing = lstatSync(path);
  } catch {
    existing = undefined;
  }
  if (existing?.isSymbolicLink()) {
    throw new CliError(
      `${path} is a symbolic link (to ${readlinkSync(path)}); it is neither followed nor replaced. Write to the file it points to, or remove the link first.`,
    );
  }
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(9).toString('base64url')}.tmp`);
  let created = false;
  // Parts may be made as they are written (prettyJsonParts): an error making one is not the file system's.
  let making = false;
  try {
    const descriptor = openSync(temporary, 'wx', 0o666);
    created = true;
    try {
      const writer = new TextWriter(descriptor);
      const parts = typeof content === 'string' ? [content] : content;
      const iterator = parts[Symbol.iterator]();
      for (;;) {
        making = true;
        const next = iterator.next();
        making = false;
        if (next.done === true) break;
        writer.write(next.value);
      }
      // A replaced file keeps its permissions (a group-readable public manifest stays so).
      if (existing?.isFile()) chmodSync(temporary, existing.mode & 0o7777);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, path);
  } catch (error) {
    if (created) rmSync(temporary, { force: true });
    if (making) throw error;
    throw writeError(path, error);
  }
}

// Characters encoded per write: 3 MB at most, through one buffer. Encoding a 60 MB manifest at
// once costs three times as long, most of it in the pages of a fresh 100 MB buffer.
const CHUNK = 1 << 20;

/** Writes text to a file as UTF-8 through one buffer, reused by every part; bytes as they are. */
class TextWriter {
  readonly #descriptor: number;
  #buffer: Buffer | undefined;

  constructor(descriptor: number) {
    this.#descriptor = descriptor;
  }

  write(part: JsonPart): void {
    if (typeof part !== 'string') {
      this.#bytes(part, part.length);
      return;
    }
    const size = Math.min(part.length, CHUNK) * 3;
    if (this.#buffer === undefined || this.#buffer.length < size) this.#buffer = Buffer.allocUnsafe(size);
    for (let start = 0; start < part.length;) {
      let end = Math.min(start + CHUNK, part.length);
      // Never between the halves of a surrogate pair, which would be written as two U+FFFD.
      const last = part.charCodeAt(end - 1);
      if (end < part.length && last >= 0xd800 && last <= 0xdbff) end--;
      this.#bytes(this.#buffer, this.#buffer.write(start === 0 && end === part.length ? part : part.slice(start, end)));
      start = end;
    }
  }

  #bytes(bytes: Uint8Array, length: number): void {
    for (let written = 0; written < length;) written += writeSync(this.#descriptor, bytes, written, length - written);
  }
}

/** A folder being written by {@link stageOutputFolder}: fill `path`, then `commit()` it or `discard()` it. */
export interface StagedFolder {
  /** The temporary folder to write into (a sibling of the output folder). */
  readonly path: string;
  /** Puts the temporary folder in place of the output folder, in one rename. */
  commit(): void;
  /** Removes the temporary folder; the output folder is left as it was. */
  discard(): void;
}

/** The message for a file or folder that cannot be written, from the error writing it. */
export function writeError(path: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as { code?: string }).code;
  const why =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'permission denied'
      : code === 'ENOSPC'
        ? 'the disk is full'
        : code === 'ENOENT'
          ? 'its folder does not exist'
          : code === 'EISDIR'
            ? 'it is a folder'
            : code === 'ENOTDIR'
              ? 'a part of its path is a file'
              : String((error as Error).message);
  return new CliError(`${path} cannot be written: ${why}.`);
}

/**
 * Starts writing a folder as one: files go into a sibling temporary folder, which `commit()`
 * renames over `folder`, so a reader never sees half a run and files of an earlier run (people
 * who left) do not linger. `folder` is the command's own: it must be missing, empty, or hold
 * `marker` (a file every run writes); anything else is refused rather than replaced, and so is a
 * folder that holds one of `inputs`. One rename instead of one per file also keeps 100,000
 * files fast.
 */
export function stageOutputFolder(folder: string, marker: string, inputs: readonly string[] = []): StagedFolder {
  const target = resolve(folder);
  const inside = inputs.find((input) => {
    const path = relative(target, resolve(input));
    return !path.startsWith('..') && !isAbsolute(path);
  });
  if (inside !== undefined)
    throw new CliError(`${folder} holds the input ${inside}; write the files to another folder.`);
  let existing: string[] | undefined;
  try {
    if (!statSync(target).isDirectory()) throw new CliError(`${folder} is a file; -o names the folder to write.`);
    existing = readdirSync(target);
  } catch (error) {
    if (error instanceof CliError) throw error;
    if ((error as { code?: string }).code !== 'ENOENT') throw writeError(folder, error);
  }
  if (existing !== undefined && existing.length > 0 && !existing.includes(marker)) {
    throw new CliError(
      `${folder} already holds other files; give a new or empty folder (the command replaces its folder as a whole).`,
    );
  }
  // Unpredictable sibling names, created exclusively (mkdir fails on anything planted there).
  const nonce = randomBytes(8).toString('hex');
  const temporary = `${target}.${nonce}.tmp`;
  const old = `${target}.${nonce}.old`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    mkdirSync(temporary);
  } catch (error) {
    throw writeError(folder, error);
  }
  const discard = () => rmSync(temporary, { recursive: true, force: true });
  return {
    path: temporary,
    discard,
    commit() {
      try {
        if (existing !== undefined) renameSync(target, old);
        try {
          renameSync(temporary, target);
        } catch (error) {
          // Put the earlier run back rather than leave no folder at all.
          if (existing !== undefined) renameSync(old, target);
          throw error;
        }
      } catch (error) {
        discard();
        throw writeError(folder, error);
      }
      rmSync(old, { recursive: true, force: true });
    },
  };
}

/** Writes a folder of files as one, see {@link stageOutputFolder}. */
export function writeOutputFolder(
  folder: string,
  files: Iterable<readonly [name: string, content: string]>,
  marker: string,
  inputs: readonly string[] = [],
): void {
  const staged = stageOutputFolder(folder, marker, inputs);
  try {
    for (const [name, content] of files) writeFileSync(join(staged.path, name), content);
  } catch (error) {
    staged.discard();
    throw writeError(folder, error);
  }
  staged.commit();
}

/**
 * Loads and validates a manifest for a command that needs a valid one: a manifest that cannot
 * load is invalid content (exit 1), with the loader's message and where to see every problem.
 */
export async function loadValidManifest(source: string, options: ValidateOptions = {}): Promise<ValidatedSource> {
  try {
    return await loadManifestSource(source, options);
  } catch (error) {
    if (error instanceof ManifestError)
      throw new CliError(`${error.message} Run "social-directory validate ${source}" to see every problem.`, 1);
    throw error;
  }
}

/** The `--page-url` option: a careers page's full http(s) address, or a usage error. */
export function pageUrlOption(value: string | undefined): string | undefined {
  if (value !== undefined && !safeUrl(value)?.startsWith('http')) {
    throw new CliError(
      `--page-url must be the careers page's full http(s) address, like https://northwind.example/careers (got "${value}").`,
    );
  }
  return value;
}
