/**
 * Reading an HR system's CSV export: papaparse does the parsing (quotes, embedded commas and
 * line breaks, `;` or tab delimiters from European Excel); this adds the line number of each
 * row, so a skipped row can be found in the file.
 * @module
 */
import { createRequire } from 'node:module';
import type * as Papa from 'papaparse';
import { CliError, readTextFile } from './io.js';

// Loaded on the first CSV: importing a CommonJS package adds ~50 ms to every command's start.
let papa: typeof Papa | undefined;
const loadPapa = () => (papa ??= createRequire(import.meta.url)('papaparse') as typeof Papa);

/** One data row of a CSV file. */
export interface CsvRow {
  /** The 1-based line where the row starts in the file (rows may span lines inside quotes). */
  readonly line: number;
  /** The fields, in header order. */
  readonly fields: readonly string[];
  /** Why papaparse could not read the row properly, if it could not. */
  readonly problem?: string;
}

const PROBLEMS: Readonly<Record<string, string>> = {
  MissingQuotes: 'a quoted field is never closed (a " is missing)',
  InvalidQuotes: 'a field has a stray " in it',
};

/**
 * Reads and parses a CSV file; the first non-blank row is the header. `start` receives the
 * header and returns what takes each data row: rows are handed over as they are parsed, never
 * held, so 100,000 rows do not all stay in memory. Blank lines are left out.
 */
export function readCsv(path: string, start: (header: readonly string[]) => (row: CsvRow) => void): void {
  const text = readTextFile(path);
  let take: ((row: CsvRow) => void) | undefined;
  let rows = 0;
  let rowStart = 0;
  let line = 1;
  let counted = 0;
  loadPapa().parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result) => {
      for (let i = text.indexOf('\n', counted); i !== -1 && i < rowStart; i = text.indexOf('\n', i + 1)) line++;
      counted = rowStart;
      const fields = result.data;
      const problem = result.errors
        .map((e) => PROBLEMS[e.code] ?? (e.code === 'UndetectableDelimiter' ? undefined : e.message))
        .find(Boolean);
      rowStart = result.meta.cursor;
      if (fields.every((field) => field.trim() === '') && problem === undefined) return;
      if (take === undefined) take = start(fields.map((field) => field.trim()));
      else {
        rows++;
        take(problem === undefined ? { line, fields } : { line, fields, problem });
      }
    },
  });
  if (take === undefined) throw new CliError(`${path} is empty.`);
  if (rows === 0) throw new CliError(`${path} has a header row but no people in it.`);
}
