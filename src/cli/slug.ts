/**
 * Ids made from names, for people and departments created by an import.
 * @module
 */
import { foldLetters } from '../core/internal.js';

/**
 * A manifest id from a name: "Zoë O'Brien" → `zoe-obrien`, "Ó Súilleabháin" → `o-suilleabhain`.
 * Latin letters lose their accents (ids end up in URLs people type); other scripts are kept,
 * since the manifest's id rule accepts any letter. At most 90 characters, leaving room for `-2`.
 */
export function slugify(name: string): string {
  // Most names are ASCII, where letters and digits are [a-z0-9] once lowercased: the same steps
  // without normalization and Unicode classes, which cost most of 100,000 people's ids.
  if (/^[ -~]*$/.test(name)) {
    return name
      .toLowerCase()
      .replace(/'/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 90)
      .replace(/^-+|-+$/g, '');
  }
  return foldLetters(name)
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 90)
    .replace(/^-+|-+$/g, '');
}

/**
 * Hands out unique ids: the slug, then `slug-2`, `slug-3`… Remembers the next number per slug,
 * so 100,000 "Maria Silva"s do not each retry from 2.
 */
export class IdAllocator {
  readonly #taken: Set<string>;
  readonly #next = new Map<string, number>();

  constructor(taken: Iterable<string> = []) {
    this.#taken = new Set(taken);
  }

  /** Whether an id is in use. */
  has(id: string): boolean {
    return this.#taken.has(id);
  }

  /** Marks an id as used. */
  take(id: string): void {
    this.#taken.add(id);
  }

  /**
   * A free id made from `name` (or from `fallback` when the name gives no letters); `slug` is
   * `slugify(name)` when the caller has it already.
   */
  allocate(name: string, fallback: string, slug = slugify(name)): string {
    const base = slug || fallback;
    let id = base;
    if (this.#taken.has(id)) {
      let n = this.#next.get(base) ?? 2;
      while (this.#taken.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      this.#next.set(base, n + 1);
    }
    this.#taken.add(id);
    return id;
  }
}
