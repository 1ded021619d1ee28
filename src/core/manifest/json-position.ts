/**
 * Where a JSON text breaks, for error messages: `JSON.parse` messages differ between engines and
 * often carry no position, so the text is parsed again with jsonc-parser, which reports offsets.
 * Loaded on demand by the loader, only when a manifest is not valid JSON.
 * @module
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

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

/** Finds the first syntax error of a JSON text (no comments, no trailing commas), if any. */
export function locateSyntaxError(text: string): SyntaxErrorPosition | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return undefined;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const code = printParseErrorCode(first.error);
  return { line, column, problem: SYNTAX_ERRORS[code] ?? code };
}
