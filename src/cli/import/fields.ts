/**
 * The manifest's own field rules, applied field by field to what an import is about to write,
 * so an import never writes what the loader would reject.
 * @module
 */
import type * as z from 'zod/mini';
import { manifestErrorMap } from '../../core/schema.js';
import { Person } from '../../core/schema.js';
import type { Json } from './source.js';

// The Person schema's own field schemas: the manifest's rules, so the import never writes what
// the loader would reject. Checked field by field (profiles excepted: resolveProfile above is
// their rule), which costs a third of parsing the whole person for each of 100,000 rows.
const PERSON_FIELDS = Person.shape as unknown as Readonly<Record<string, z.ZodMiniType>>;

// A field's rules as plain tests where its schema is a string with patterns and a length cap
// (the text fields, email, phone): a value that passes them all needs no zod parse, which was
// most of the time of checking 100,000 records. Any other value goes through zod, for its messages.
interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly maximum?: number;
}
interface SchemaDef {
  readonly type: string;
  readonly innerType?: z.ZodMiniType;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
}
function plainTest(schema: z.ZodMiniType): ((value: string) => boolean) | undefined {
  let def = schema._zod.def as unknown as SchemaDef;
  if (def.type === 'optional' && def.innerType !== undefined) def = def.innerType._zod.def as unknown as SchemaDef;
  if (def.type !== 'string') return undefined;
  const tests: ((value: string) => boolean)[] = [];
  for (const { _zod } of def.checks ?? []) {
    const { check, format, pattern, maximum } = _zod.def;
    if (check === 'string_format' && format === 'regex' && pattern !== undefined) {
      tests.push((value) => {
        pattern.lastIndex = 0;
        return pattern.test(value);
      });
    } else if (check === 'max_length' && maximum !== undefined) tests.push((value) => value.length <= maximum);
    else return undefined;
  }
  return (value) => tests.every((test) => test(value));
}
const PLAIN_TESTS = new Map(
  Object.entries(PERSON_FIELDS).flatMap(([field, schema]) => {
    const test = plainTest(schema);
    return test === undefined ? [] : [[field, test] as const];
  }),
);

/** A value that breaks the manifest's rules: its path in the person and why. */
export type FieldProblem = { readonly path: readonly (string | number)[]; readonly message: string };
// Titles, offices and pronouns repeat across an organization: each distinct value is checked once.
const REPEATING: ReadonlySet<string> = new Set(['title', 'location', 'pronouns', 'timeZone']);
const checked = new Map<string, readonly FieldProblem[]>();

/** Every problem in a person's fields (profiles excepted: `resolveProfile` is their rule). */
export function checkFields(person: Json): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, value] of Object.entries(person)) {
    const schema = PERSON_FIELDS[field];
    if (field === 'profiles' || schema === undefined) continue;
    if (typeof value === 'string' && PLAIN_TESTS.get(field)?.(value) === true) continue;
    const key = REPEATING.has(field) ? `${field}\u0000${String(value)}` : undefined;
    let found = key === undefined ? undefined : checked.get(key);
    if (found === undefined) {
      const parsed = schema.safeParse(value, { error: manifestErrorMap });
      found = parsed.success
        ? []
        : parsed.error.issues.map((issue) => ({
            path: [field, ...(issue.path as (string | number)[])],
            message: issue.message,
          }));
      if (key !== undefined) checked.set(key, found);
    }
    problems.push(...found);
  }
  return problems;
}
