/**
 * Where a JSON text breaks, for error messages: `JSON.parse` messages differ between engines and
 * often carry no position, so the text is parsed again with jsonc-parser, which reports offsets.
 * Loaded on demand by the loader, only when a manifest is not valid JSON.
 * @module
 */
import { createScanner, parse, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';

// jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot read).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/** The first syntax error of a JSON text. */
export interface SyntaxErrorPosition {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** What is wrong there, in words. */
  readonly problem: string;
}

const SYNTAX_ERRORS: Readonly<Record<string, string>> = {
  ValueExpected: 'a value is expected',
  CommaExpected: 'a comma is missing',
  ColonExpected: 'a colon is missing',
  PropertyNameExpected: 'a property name in double quotes is expected',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'there is more text after the end of the JSON',
  InvalidSymbol: 'this character is not allowed here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
};

/**
 * How deep a manifest may nest. Its own structure needs 6 levels; jsonc-parser recurses once
 * per level and runs out of stack near 5,000, so deeper documents are not parsed with it.
 */
export const MAX_NESTING = 100;

/**
 * The offset where a JSON text opens its {@link MAX_NESTING}+1-th level, or `undefined` when it
 * nests no deeper. Uses the scanner alone, which does not recurse.
 */
export function tooDeepAt(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (++depth > MAX_NESTING) return scanner.getTokenOffset();
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) depth--;
  }
  return undefined;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Finds the first syntax error of a JSON text (no comments, no trailing commas), if any. */
export function locateSyntaxError(text: string): SyntaxErrorPosition | undefined {
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    return {
      ...lineAndColumn(text, deep),
      problem: `it is nested more than ${MAX_NESTING} levels deep (a manifest needs 6)`,
    };
  }
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return undefined;
  const code = printParseErrorCode(first.error);
  return { ...lineAndColumn(text, first.offset), problem: SYNTAX_ERRORS[code] ?? code };
}

/** A key written twice in one JSON object: `JSON.parse` keeps the last value without a word. */
export interface DuplicateKey {
  /** The path of the object's repeated property, as JSON path segments. */
  readonly path: readonly (string | number)[];
  /** 1-based line of the later occurrence (the one that wins). */
  readonly line: number;
  /** 1-based column of the later occurrence. */
  readonly column: number;
}

/** Every key repeated within one object of a JSON text (none for a text nested too deep to visit). */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  if (tooDeepAt(text) !== undefined) return [];
  const found: DuplicateKey[] = [];
  const keys: Set<string>[] = [];
  visit(text, {
    onObjectBegin: () => void keys.push(new Set()),
    onObjectEnd: () => void keys.pop(),
    onObjectProperty: (property, offset, _length, startLine, startCharacter, pathSupplier) => {
      const seen = keys[keys.length - 1];
      if (seen === undefined) return;
      if (seen.has(property)) {
        found.push({ path: [...pathSupplier(), property], line: startLine + 1, column: startCharacter + 1 });
      } else seen.add(property);
      void offset;
    },
  });
  return found;
}
