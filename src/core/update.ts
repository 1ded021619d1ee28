/**
 * Who owns which field of a person, and the update document that carries a person's own
 * changes (from a self-service form) to the manifest (`social-directory merge`).
 *
 * The HR or identity system is the source of the fields it knows (name, title, department…);
 * an import updates those and never the fields people fill in themselves (profiles, pronouns,
 * "ask me about"…), which only their updates change. One list here, read by the CLI's import
 * and merge and by self-service forms, so they cannot disagree about who may change what.
 * @module
 */
import * as z from 'zod/mini';
import { issue, manifestErrorMap, type ManifestIssue } from './manifest/issues.js';
import { writeProfile } from './manifest/entry.js';
import { Person, type ProfileInput } from './manifest/schema.js';

/** The update document format version this library reads and writes. */
export const UPDATE_VERSION = 1;

/** Fields a person owns: only their own updates change them, an import never does. */
export const PERSON_OWNED_FIELDS = [
  'profiles',
  'pronouns',
  'askMeAbout',
  'languages',
  'visibility',
  'champion',
] as const;
/** A field a person owns (see {@link PERSON_OWNED_FIELDS}). */
export type PersonOwnedField = (typeof PERSON_OWNED_FIELDS)[number];

/** Fields the HR or identity system owns: a re-import updates them, an update may not touch them. */
export const SOURCE_OWNED_FIELDS = [
  'name',
  'title',
  'department',
  'email',
  'phone',
  'location',
  'timeZone',
  'photo',
  'manager',
  'employeeNumber',
] as const;
/** A field the HR or identity system owns (see {@link SOURCE_OWNED_FIELDS}). */
export type SourceOwnedField = (typeof SOURCE_OWNED_FIELDS)[number];

// The lists themselves are searched (six and ten names): Sets built at the top level would be
// calls a bundler keeps, and with them this module on every page (see the schemas below).
/** Whether a person field is theirs to change (see {@link PERSON_OWNED_FIELDS}). */
export const isPersonOwned = (field: string): field is PersonOwnedField =>
  (PERSON_OWNED_FIELDS as readonly string[]).includes(field);

// zod/mini's constructors are calls a bundler must assume have effects, so at the top level of
// this module they would bring it, with every function below, to each page that imports the
// core (the CDN's shared chunk), though only the profile editor reads an update. Made by
// functions whose calls are marked pure, they and the module stay out of pages that never use them.
function updateSchema() {
  // The Person schema's own field rules, without their defaults: in an update a missing field is
  // "unchanged", never "empty". `null` clears pronouns, the one person-owned text field.
  const shape = Person.shape;
  const inner = <T extends z.ZodMiniType>(schema: { def: { innerType: T } }): T => schema.def.innerType;
  const Changes = z.object({
    profiles: z.optional(inner(shape.profiles)),
    pronouns: z.optional(z.nullable(inner(shape.pronouns))),
    askMeAbout: z.optional(inner(shape.askMeAbout)),
    languages: z.optional(inner(shape.languages)),
    visibility: z.optional(inner(shape.visibility)),
    champion: z.optional(inner(shape.champion)),
  });
  return z.object({
    version: z.literal(UPDATE_VERSION),
    person: shape.id,
    changes: Changes,
    submittedAt: z.iso.datetime({ offset: true, error: 'must be a date and time like "2026-12-02T09:30:00Z"' }),
  });
}

// What the JSON Schema and the strict check say: unknown keys are refused (an update is small,
// made by a tool, and a typo would otherwise be silently dropped).
function strictUpdateSchema(update: ReturnType<typeof updateSchema>) {
  return z.strictObject({ ...update.shape, changes: z.strictObject(update.shape.changes.shape) });
}

/**
 * The update document: one person's changes to the fields they own, as a manifest person writes
 * them (`profiles`, `pronouns`, `askMeAbout`, `languages`, `visibility`, `champion`; `pronouns:
 * null` removes them), with the time it was submitted. Fields left out are unchanged.
 *
 * @example
 * { "version": 1, "person": "ellen-park", "submittedAt": "2026-12-02T09:30:00Z",
 *   "changes": { "pronouns": "she/her", "profiles": [{ "network": "mastodon", "handle": "@ellen@mastodon.social" }] } }
 */
export const Update = /* @__PURE__ */ updateSchema();
const StrictUpdate = /* @__PURE__ */ strictUpdateSchema(Update);
/** A validated update (the JSON a person's edits are sent as). */
export type Update = z.output<typeof Update>;
/** An update document as written in JSON. */
export type UpdateInput = z.input<typeof Update>;
/** The changes of an update, as written. */
export type UpdateChanges = UpdateInput['changes'];

/** The outcome of {@link validateUpdate}: the update, or every problem with its place. */
export type UpdateValidation =
  | { readonly ok: true; readonly update: Update; readonly input: UpdateInput }
  | { readonly ok: false; readonly issues: readonly ManifestIssue[] };

const allowed = PERSON_OWNED_FIELDS.join(', ');

/**
 * Checks an update document strictly: the version, the person id, the time, each change with
 * the manifest's own rules (handles by their network), and no field the person does not own.
 *
 * @example
 * validateUpdate({ version: 1, person: 'ellen-park', submittedAt: '2026-12-02T09:30:00Z', changes: { title: 'CEO' } })
 * // { ok: false, issues: [{ at: 'changes.title', message: 'title comes from the HR system …' }] }
 */
export function validateUpdate(submitted: unknown): UpdateValidation {
  const issues: ManifestIssue[] = [];
  const changes = isObject(submitted) ? submitted['changes'] : undefined;
  if (isObject(changes)) {
    for (const key of Object.keys(changes)) {
      if (isPersonOwned(key)) continue;
      issues.push(
        issue(
          ['changes', key],
          (SOURCE_OWNED_FIELDS as readonly string[]).includes(key)
            ? `${key} comes from the HR system and is changed there, not by an update (an update may change ${allowed})`
            : `is not a field an update can change (an update may change ${allowed})`,
        ),
      );
    }
  }
  if (isObject(submitted)) {
    for (const key of Object.keys(submitted)) {
      if (!(key in Update.shape))
        issues.push(issue([key], 'is not a field of an update (version, person, changes, submittedAt)'));
    }
  }
  const parsed = StrictUpdate.safeParse(submitted, { error: manifestErrorMap });
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      // Unknown keys were described above, with the reason.
      if (problem.code === 'unrecognized_keys') continue;
      if (problem.path[0] === 'version' && problem.code === 'invalid_value') {
        issues.push(
          issue(
            ['version'],
            `must be ${UPDATE_VERSION} (this version of social-directory reads update version ${UPDATE_VERSION})`,
          ),
        );
        continue;
      }
      issues.push(issue(problem.path as (string | number)[], problem.message));
    }
  }
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, update: parsed.data as Update, input: submitted as UpdateInput };
}

/** What a person's own fields are now, in the form an editor holds them before {@link createUpdate}. */
export interface PersonOwnedDraft {
  /** Profiles, as a manifest writes them. */
  readonly profiles?: readonly ProfileInput[];
  /** Pronouns; empty or `null` removes them. */
  readonly pronouns?: string | null;
  /** What they are happy to be asked about. */
  readonly askMeAbout?: readonly string[];
  /** Language tags. */
  readonly languages?: readonly string[];
  /** `public` to appear on the careers page. */
  readonly visibility?: 'internal' | 'public';
  /** Whether they are a social media champion. */
  readonly champion?: boolean;
}

/**
 * An update document with the fields of `draft` that differ from the validated `person`.
 * Values are written as a manifest person writes them (profiles through `writeProfile`);
 * empty text is trimmed away and empty pronouns become `null` (remove them).
 *
 * @example
 * createUpdate(ellen, { pronouns: 'she/her' })
 * // { version: 1, person: 'ellen-park', changes: { pronouns: 'she/her' }, submittedAt: '…' }
 */
export function createUpdate(person: Person, draft: PersonOwnedDraft, now: Date = new Date()): UpdateInput {
  const changes: Record<string, unknown> = {};
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  if (draft.profiles !== undefined) {
    const current = person.profiles.map(writeProfile);
    const next = draft.profiles.map((p) => ({ ...p }));
    if (differs(current, next)) changes['profiles'] = next;
  }
  if (draft.pronouns !== undefined) {
    const next = draft.pronouns?.trim() || null;
    if (next !== (person.pronouns ?? null)) changes['pronouns'] = next;
  }
  for (const field of ['askMeAbout', 'languages'] as const) {
    const list = draft[field];
    if (list === undefined) continue;
    const next = [...new Set(list.map((item) => item.trim()).filter(Boolean))];
    if (differs(person[field], next)) changes[field] = next;
  }
  if (draft.visibility !== undefined && draft.visibility !== person.visibility)
    changes['visibility'] = draft.visibility;
  if (draft.champion !== undefined && draft.champion !== person.champion) changes['champion'] = draft.champion;
  return {
    version: UPDATE_VERSION,
    person: person.id,
    changes: changes as UpdateChanges,
    submittedAt: now.toISOString(),
  };
}

/** An update that was applied: whose, and which fields it changed. */
export interface AppliedUpdate {
  /** The update's position in the list given to {@link applyUpdates}. */
  readonly index: number;
  /** The person's id. */
  readonly person: string;
  /** The fields this update set (those a later update overrode are not listed). */
  readonly fields: readonly PersonOwnedField[];
}

/** An update that was not applied, and why. */
export interface RefusedUpdate {
  /** The update's position in the list given to {@link applyUpdates}. */
  readonly index: number;
  /** The person it names, when it names one. */
  readonly person?: string;
  /** Why it was refused, in one sentence. */
  readonly reason: string;
  /** The problems in the document, each with its place (empty when the document was valid). */
  readonly issues: readonly ManifestIssue[];
}

/** Two updates changed one field of one person: the later `submittedAt` won. */
export interface SupersededChange {
  /** The person's id. */
  readonly person: string;
  /** The field both changed. */
  readonly field: PersonOwnedField;
  /** The update whose value was kept (the later `submittedAt`). */
  readonly kept: number;
  /** The update whose value was replaced. */
  readonly dropped: number;
}

/** What {@link applyUpdates} did. */
export interface UpdateReport {
  /** Updates applied, in the order they were applied (by `submittedAt`). */
  readonly applied: readonly AppliedUpdate[];
  /** Updates refused, with their reasons. */
  readonly refused: readonly RefusedUpdate[];
  /** Fields two updates changed, and which one won. */
  readonly superseded: readonly SupersededChange[];
}

/** A manifest as JSON: only its `people` are read and replaced. */
export interface ManifestDocument {
  /** The people, as written. */
  readonly people: readonly unknown[];
  /** Every other part of the manifest, kept as it is. */
  readonly [key: string]: unknown;
}

/**
 * Applies update documents to a manifest as written (JSON), returning a new manifest (the input
 * is not modified; people without updates are the same objects) and a report. Each update is
 * validated ({@link validateUpdate}); one naming a person not in the manifest is refused. When
 * two updates change one field of one person, the later `submittedAt` wins (at equal times, the
 * later in the list) and the report says which.
 */
export function applyUpdates(
  manifest: ManifestDocument,
  updates: readonly unknown[],
): { manifest: ManifestDocument; report: UpdateReport } {
  const refused: RefusedUpdate[] = [];
  const byId = new Map<string, number>();
  manifest.people.forEach((person, index) => {
    if (isObject(person) && typeof person['id'] === 'string' && !byId.has(person['id'])) byId.set(person['id'], index);
  });
  const valid: { index: number; update: UpdateInput; time: number }[] = [];
  updates.forEach((submitted, index) => {
    const result = validateUpdate(submitted);
    const named = isObject(submitted) && typeof submitted['person'] === 'string' ? { person: submitted['person'] } : {};
    if (!result.ok) {
      const first = result.issues[0];
      const reason =
        first === undefined ? 'it is not a valid update' : `${first.at === '' ? '' : `${first.at}: `}${first.message}`;
      refused.push({ index, ...named, reason, issues: result.issues });
    } else if (!byId.has(result.update.person)) {
      refused.push({
        index,
        ...named,
        reason: `no person has the id "${result.update.person}" in the manifest`,
        issues: [],
      });
    } else valid.push({ index, update: result.input, time: Date.parse(result.update.submittedAt) });
  });
  valid.sort((a, b) => a.time - b.time || a.index - b.index);

  const people = [...manifest.people];
  const setBy = new Map<string, number>();
  const superseded: SupersededChange[] = [];
  const fieldsOf = new Map<number, PersonOwnedField[]>();
  for (const { index, update } of valid) {
    const at = byId.get(update.person) as number;
    const person: Record<string, unknown> = { ...(people[at] as Record<string, unknown>) };
    const fields: PersonOwnedField[] = [];
    for (const field of PERSON_OWNED_FIELDS) {
      if (!Object.hasOwn(update.changes, field)) continue;
      const value = update.changes[field];
      if (value === null || value === undefined) delete person[field];
      else person[field] = structuredClone(value);
      const key = `${update.person}\u0000${field}`;
      const earlier = setBy.get(key);
      if (earlier !== undefined) {
        superseded.push({ person: update.person, field, kept: index, dropped: earlier });
        const list = fieldsOf.get(earlier);
        if (list !== undefined) list.splice(list.indexOf(field), 1);
      }
      setBy.set(key, index);
      fields.push(field);
    }
    people[at] = person;
    fieldsOf.set(index, fields);
  }
  const applied = valid.map(({ index, update }) => ({
    index,
    person: update.person,
    fields: fieldsOf.get(index) ?? [],
  }));
  return { manifest: { ...manifest, people }, report: { applied, refused, superseded } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
