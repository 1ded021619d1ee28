/**
 * Problems found in a manifest, and the error the loader throws, written for the person who
 * edits the manifest: every problem names its place (`people[3].profiles[1].handle`).
 * @module
 */
import type * as z from 'zod/mini';

/** One problem in a manifest, and where in it the problem is. */
export interface ManifestIssue {
  /** Where the problem is, as JSON path segments: `['people', 3, 'profiles', 1, 'handle']`. */
  readonly path: readonly (string | number)[];
  /** The same place written for people: `people[3].profiles[1].handle` (empty for the whole document). */
  readonly at: string;
  /** What is wrong, for the person who edits the manifest. */
  readonly message: string;
}

/** Why a manifest could not be loaded. */
export type ManifestErrorCode =
  'network' | 'timeout' | 'http' | 'too-large' | 'not-json' | 'version' | 'invalid' | 'no-people';

/** Extra facts about a {@link ManifestError}. */
export interface ManifestErrorDetails {
  /** Problems in the manifest, each with its place (for `invalid`, `no-people`, `version`). */
  readonly issues?: readonly ManifestIssue[];
  /** The HTTP status, for `http`. */
  readonly status?: number;
  /** 1-based line and column of a JSON syntax error, for `not-json`. */
  readonly line?: number;
  /** 1-based column of a JSON syntax error, for `not-json`. */
  readonly column?: number;
  /** The manifest URL, when it was loaded from one. */
  readonly url?: string;
  /** The underlying error. */
  readonly cause?: unknown;
}

/**
 * The error thrown when a manifest cannot be loaded or is not valid. `code` says why in a
 * way code can branch on; `message` says it in words a manifest editor understands.
 */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  /** Why loading failed. */
  readonly code: ManifestErrorCode;
  /** Problems in the manifest, each with its place. Empty when the problem was not the content. */
  readonly issues: readonly ManifestIssue[];
  /** The HTTP status, for `http` errors. */
  readonly status: number | undefined;
  /** 1-based line of a JSON syntax error. */
  readonly line: number | undefined;
  /** 1-based column of a JSON syntax error. */
  readonly column: number | undefined;
  /** The URL the manifest was loaded from, if any. */
  readonly url: string | undefined;

  constructor(code: ManifestErrorCode, message: string, details: ManifestErrorDetails = {}) {
    // ES2022 sets `cause` only when the options have one.
    super(message, details);
    this.code = code;
    this.issues = details.issues ?? [];
    this.status = details.status;
    this.line = details.line;
    this.column = details.column;
    this.url = details.url;
  }
}

/**
 * Formats JSON path segments the way people read them.
 * @example formatPath(['people', 3, 'profiles', 1, 'handle']) // 'people[3].profiles[1].handle'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** Builds a {@link ManifestIssue}. */
export function issue(path: readonly (string | number)[], message: string): ManifestIssue {
  return { path, at: formatPath(path), message };
}

/** Writes an issue as one line: `people[3].email: is not an email address`. */
export function describeIssue(problem: ManifestIssue): string {
  return problem.at === '' ? problem.message : `${problem.at}: ${problem.message}`;
}

/**
 * A problem told by its place alone, for public pages: messages can quote what the manifest
 * says (an internal person's id, a department's name), which a public page must not show.
 * Notices about the whole document (a saved copy shown) are about the page and stay as they are.
 */
export function placeOnly(problem: ManifestIssue): ManifestIssue {
  return problem.path.length === 0
    ? problem
    : issue(problem.path, 'has a problem (left out; details are not shown on public pages)');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'text' : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/**
 * English messages for zod's issues. Passed per parse (not through `z.config`) so the host
 * page's own zod keeps its settings; schemas override it with their own `error` where a rule
 * deserves an example.
 */
export const manifestErrorMap: z.core.$ZodErrorMap = (raw) => {
  switch (raw.code) {
    case 'invalid_type':
      if (raw.input === undefined) return 'is required';
      return `should be ${TYPE_NAMES[raw.expected] ?? raw.expected}, not ${describeValue(raw.input)}`;
    case 'too_small':
      if (raw.origin === 'string')
        return raw.minimum === 1 ? 'must not be empty' : `must be at least ${raw.minimum} characters`;
      return `must have at least ${raw.minimum} items`;
    case 'too_big':
      return raw.origin === 'string'
        ? `must be at most ${raw.maximum} characters`
        : `must have at most ${raw.maximum} items`;
    case 'invalid_value': {
      const values = raw.values.map((v) => JSON.stringify(v));
      if (values.length === 1) return `must be ${values[0]}`;
      return `must be one of ${values.length > 8 ? `${values.slice(0, 8).join(', ')}, …` : values.join(', ')}`;
    }
    default:
      return undefined;
  }
};
