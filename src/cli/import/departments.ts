/**
 * Departments an import names: found by id or name (folded, so "Customer support" finds
 * "Customer Support"), or created with a stable id made from the name.
 * @module
 */
import { Department } from '../../core/schema.js';
import { foldText } from '../../core/index.js';
import { IdAllocator, slugify } from '../slug.js';
import { isObject, type Json } from './source.js';

const DEPARTMENT_NAME = Department.shape.name;

/** The departments of a manifest being imported into, by every name that finds them. */
export class DepartmentIndex {
  /** Departments this import created. */
  readonly created: { id: string; name: string }[] = [];
  readonly #document: Json;
  readonly #ids = new IdAllocator();
  readonly #byKey = new Map<string, string>();

  constructor(document: Json) {
    this.#document = document;
    const departments = Array.isArray(document['departments']) ? (document['departments'] as unknown[]) : [];
    for (const department of departments) {
      if (!isObject(department) || typeof department['id'] !== 'string') continue;
      const id = department['id'];
      this.#ids.take(id);
      for (const key of [id.toLowerCase(), slugify(id)]) this.#byKey.set(key, id);
      if (typeof department['name'] === 'string') this.#byKey.set(foldText(department['name']), id);
    }
  }

  /**
   * The id of the department a source names, by id or name; creates it when there is none. `undefined` for a
   * name that cannot be one.
   */
  resolve(value: string): string | undefined {
    // Key by key, in this order: most records name a department the first key finds, and folding
    // and slugging each of 100,000 records' department cost ~0.2 s.
    const found =
      this.#byKey.get(value.toLowerCase()) ?? this.#byKey.get(foldText(value)) ?? this.#byKey.get(slugify(value));
    if (found !== undefined) return found;
    if (slugify(value) === '' || !DEPARTMENT_NAME.safeParse(value).success) return undefined;
    const id = this.#ids.allocate(value, 'department');
    if (!Array.isArray(this.#document['departments'])) this.#document['departments'] = [];
    (this.#document['departments'] as Json[]).push({ id, name: value });
    this.created.push({ id, name: value });
    for (const key of [value.toLowerCase(), foldText(value), slugify(value), id]) this.#byKey.set(key, id);
    return id;
  }
}
