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
