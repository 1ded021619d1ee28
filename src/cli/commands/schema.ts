/**
 * `social-directory schema`: the manifest's JSON Schema, generated from the zod schema (never
 * written by hand), so editors can autocomplete and check a manifest that names it in `$schema`.
 * @module
 */
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { PERSON_OWNED_FIELDS } from '../../core/index.js';
import { Manifest, Update } from '../../core/schema.js';
import { CliError, prettyJson, type Output } from '../io.js';
import { packageVersion } from '../version.js';

/** `social-directory schema --help`. */
export const SCHEMA_HELP = `Usage: social-directory schema [--update]

Prints the manifest's JSON Schema (draft 2020-12), the same file the package ships as
dist/manifest.schema.json. Point a manifest at it for editor autocompletion:
  "$schema": "./node_modules/social-directory/dist/manifest.schema.json"

It checks the structure; the per-network handle rules and references between ids are
checked by "social-directory validate".

With --update, prints the JSON Schema of an update document instead (what a
self-service form posts and "social-directory merge" applies), shipped as
dist/update.schema.json.

Options:
  --update      the update document's schema
  -h, --help    show this help
`;

/** Where the published schema of this version lives. */
export function schemaUrl(version: string, file = 'manifest.schema.json'): string {
  return `https://unpkg.com/social-directory@${version}/dist/${file}`;
}

/**
 * The JSON Schema of manifest v1, for the input side (defaults make fields optional). It cannot
 * express what zod checks in code: each network's handle rule, time zones, language tags, and
 * references between ids; `validate` checks those.
 */
export function manifestJsonSchema(version: string = packageVersion()): Record<string, unknown> {
  const generated = z.toJSONSchema(Manifest, { io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const properties = (rest['properties'] ?? {}) as Record<string, unknown>;
  return {
    $schema,
    $id: schemaUrl(version),
    title: 'social-directory manifest',
    description:
      'A company social directory: organization, departments, topics and people with their social profiles. ' +
      'Structure only: handle rules per network, time zones, language tags and id references are checked by `social-directory validate`.',
    ...rest,
    // A manifest may name its schema; the loader ignores unknown fields, so this is only for editors.
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema this manifest follows, for editors.' },
      ...properties,
    },
  };
}

/**
 * The JSON Schema of an update document (strict: no field but those listed). Like the
 * manifest's, it checks structure; handle rules and language tags are checked by `merge`.
 */
export function updateJsonSchema(version: string = packageVersion()): Record<string, unknown> {
  const generated = z.toJSONSchema(Update, { io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const properties = (rest['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  const changes = properties['changes'] ?? {};
  return {
    $schema,
    $id: schemaUrl(version, 'update.schema.json'),
    title: 'social-directory update',
    description:
      `One person's changes to the fields they own (${PERSON_OWNED_FIELDS.join(', ')}), applied to a manifest by ` +
      '`social-directory merge`. Fields left out of `changes` are unchanged; `pronouns: null` removes them.',
    ...rest,
    additionalProperties: false,
    properties: { ...properties, changes: { ...changes, additionalProperties: false } },
  };
}

/** Runs `social-directory schema`; returns the exit code. */
export function runSchema(args: readonly string[], io: Output): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { update: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.out(SCHEMA_HELP);
    return 0;
  }
  if (positionals.length > 0)
    throw new CliError('schema takes no arguments: social-directory schema > manifest.schema.json');
  io.out(prettyJson(values.update ? updateJsonSchema() : manifestJsonSchema()));
  return 0;
}
