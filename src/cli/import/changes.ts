/**
 * What an import changed in a manifest's people, field by field: the `--dry-run` report and
 * the summary of an import `--into` a manifest.
 * @module
 */
import { isObject, type Json } from './source.js';

/** The people of a manifest, by id, each field as JSON text. */
export type PeopleSnapshot = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** Takes a {@link PeopleSnapshot} (before the import changes the document in place). */
export function snapshotPeople(document: Json): PeopleSnapshot {
  const snapshot = new Map<string, Map<string, string>>();
  for (const person of Array.isArray(document['people']) ? document['people'] : []) {
    if (!isObject(person) || typeof person['id'] !== 'string') continue;
    snapshot.set(person['id'], new Map(Object.entries(person).map(([field, value]) => [field, JSON.stringify(value)])));
  }
  return snapshot;
}

/** People added, updated (with the fields that changed) and removed. */
export interface PeopleChanges {
  readonly added: readonly string[];
  readonly updated: readonly { readonly id: string; readonly fields: readonly string[] }[];
  readonly removed: readonly string[];
}

/** Compares two snapshots. */
export function comparePeople(before: PeopleSnapshot, after: PeopleSnapshot): PeopleChanges {
  const added: string[] = [];
  const updated: { id: string; fields: string[] }[] = [];
  for (const [id, fields] of after) {
    const old = before.get(id);
    if (old === undefined) {
      added.push(id);
      continue;
    }
    const changed = [...new Set([...old.keys(), ...fields.keys()])].filter(
      (field) => old.get(field) !== fields.get(field),
    );
    if (changed.length > 0) updated.push({ id, fields: changed });
  }
  const removed = [...before.keys()].filter((id) => !after.has(id));
  return { added, updated, removed };
}

/** The changes as lines for people: at most `limit` ids per list unless `verbose`. */
export function describeChanges(changes: PeopleChanges, limit: number, verbose: boolean): string {
  const lines: string[] = [];
  const list = <T>(items: readonly T[], show: (item: T) => string) => {
    const shown = verbose ? items : items.slice(0, limit);
    for (const item of shown) lines.push(`  ${show(item)}`);
    if (shown.length < items.length)
      lines.push(`  … and ${items.length - shown.length} more (--verbose lists them all)`);
  };
  lines.push(`Added (${changes.added.length}):`);
  list(changes.added, (id) => id);
  lines.push(`Updated (${changes.updated.length}):`);
  list(changes.updated, (u) => `${u.id}: ${u.fields.join(', ')}`);
  lines.push(`Removed (${changes.removed.length}):`);
  list(changes.removed, (id) => id);
  return `${lines.join('\n')}\n`;
}
