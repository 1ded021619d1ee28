/**
 * Line and column of a JSON path in a manifest's text, so an editor can jump to each problem.
 * @module
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
// The JSON position locator is a module of its own (the elements fetch it only for a broken
// manifest), so it is imported by its path rather than through an entry that would carry it.
import { tooDeepAt } from '../core/manifest/json-position.js';

/** A 1-based place in a text file. */
export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units like editors count them. */
  readonly column: number;
}

/**
 * Finds positions of JSON paths in one text. The tree is built once, on the first lookup, so a
 * valid manifest (no lookups) costs nothing.
 */
export class PositionFinder {
  readonly #text: string;
  #root: Node | undefined | null = null;
  #lineStarts: number[] | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /**
   * Where the value at `path` is. A path that does not exist (a required field that is
   * missing) points at the closest object or list that does, where the field belongs.
   */
  find(path: readonly (string | number)[]): Position | undefined {
    // parseTree recurses per level: a document nested too deep gets messages without positions.
    if (this.#root === null)
      this.#root =
        tooDeepAt(this.#text) === undefined ? parseTree(this.#text, [], { disallowComments: true }) : undefined;
    const root = this.#root;
    if (root === undefined) return undefined;
    for (let length = path.length; length >= 0; length--) {
      const node = findNodeAtLocation(root, path.slice(0, length) as (string | number)[]);
      if (node === undefined) continue;
      // A property's value node: point at its key, where people look for the field.
      const target = length > 0 && node.parent?.type === 'property' && length === path.length ? node.parent : node;
      return this.at(target.offset);
    }
    return this.at(root.offset);
  }

  /** The line and column of a character offset. */
  at(offset: number): Position {
    if (this.#lineStarts === undefined) {
      const starts = [0];
      for (let i = this.#text.indexOf('\n'); i !== -1; i = this.#text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.#lineStarts = starts;
    }
    const starts = this.#lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  }
}
