/**
 * Manifests written as the CLI writes them: `JSON.stringify(value, null, 2)` and a newline,
 * byte for byte, but made in parts so a 100,000-person manifest is never one 60 MB string.
 * @module
 */

/** A part of a file being written: text, or UTF-8 bytes valid until the next part is asked for. */
export type JsonPart = string | Uint8Array;

// Items of a long top-level list stringified at once: ~20,000 characters for fifty people, a
// string V8 allocates in its young generation. Parts of a thousand people (~400,000 characters)
// took each a fresh large-object page to flatten and encode: three times the whole cost.
const ITEMS_PER_STRING = 50;
// Bytes gathered before a part is handed to the writer: one write call per megabyte.
const BYTES_PER_PART = 1 << 20;

const hasToJson = (value: object): boolean => typeof (value as { toJSON?: unknown }).toJSON === 'function';

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || hasToJson(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

/** Pretty JSON as the CLI writes manifests: two-space indent and a final newline. */
export const prettyJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * {@link prettyJson} in parts, made one at a time as they are written: the same bytes. A long
 * list in a top-level field (a manifest's `people`) is stringified fifty items at a time,
 * compactly, and indented as bytes, handed on a megabyte at a time: V8's indenting
 * `JSON.stringify` is three times slower than its compact one, and its one 60 MB result must
 * then be flattened and encoded (issue 15: together 1.5 s of merging into 100,000 people).
 */
export function* prettyJsonParts(value: unknown): Generator<JsonPart, void, undefined> {
  if (!isPlainObject(value)) {
    yield prettyJson(value);
    return;
  }
  const indenter = new Indenter();
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (!Array.isArray(member) || member.length <= ITEMS_PER_STRING || hasToJson(member)) {
      // The member as JSON.stringify writes it one level down: `{\n  "key": …\n}` without the braces
      // (`{}` when it has no JSON form, such as undefined, and JSON.stringify leaves it out).
      const text = JSON.stringify({ [key]: member }, null, 2);
      if (text === '{}') continue;
      yield `${first ? '{\n' : ',\n'}${text.slice(2, -2)}`;
      first = false;
      continue;
    }
    yield `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: [\n`;
    first = false;
    for (let start = 0; start < member.length; start += ITEMS_PER_STRING) {
      indenter.items(JSON.stringify(member.slice(start, start + ITEMS_PER_STRING)), start === 0);
      if (indenter.size >= BYTES_PER_PART || start + ITEMS_PER_STRING >= member.length) yield indenter.take();
    }
    yield '\n  ]';
  }
  yield first ? '{}\n' : '\n}\n';
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const SPACE = 0x20;
// `{` and `[`; their closing brackets are two code points on: `}` and `]`.
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;

/**
 * Turns compact JSON (JSON.stringify without a gap: no white space outside strings) into what
 * `JSON.stringify(value, null, 2)` writes for the same value, as UTF-8: a newline and the
 * depth's indent after an opening bracket and a comma and before a closing one, `": "` between
 * key and value, and empty objects and lists left as `{}` and `[]`. Bytes of strings, UTF-8's
 * multi-byte letters included (all ≥ 0x80), are copied as they are. Buffers are reused.
 */
class Indenter {
  readonly #encoder = new TextEncoder();
  #input = new Uint8Array(0);
  #output = new Uint8Array(0);
  /** How many bytes the output holds. */
  size = 0;

  /**
   * Adds the items of a non-empty compact list as items of a list in a top-level field (indent
   * 4): after the items of the last call (`,\n` between), unless `first`.
   */
  items(compact: string, first: boolean): void {
    // Three bytes at most per UTF-16 code unit.
    if (this.#input.length < compact.length * 3) this.#input = new Uint8Array(compact.length * 3);
    const input = this.#input;
    // Without the list's own brackets.
    const length = this.#encoder.encodeInto(compact, input).written - 1;
    let output: Uint8Array = this.#output;
    let o = this.size;
    let depth = 2;
    if (o + 6 > output.length) output = this.#grow(o, 6 + length);
    if (!first) {
      output[o++] = COMMA;
      output[o++] = NEWLINE;
    }
    output[o++] = SPACE;
    output[o++] = SPACE;
    output[o++] = SPACE;
    output[o++] = SPACE;
    for (let i = 1; i < length; i++) {
      // Room for this byte and a newline with its indent (or a whole string, checked below).
      if (o + 4 + depth * 2 > output.length) output = this.#grow(o, 4 + depth * 2 + length - i);
      const c = input[i] as number;
      if (c === QUOTE) {
        output[o++] = c;
        for (;;) {
          if (o + 2 > output.length) output = this.#grow(o, 2 + length - i);
          const d = input[++i] as number;
          output[o++] = d;
          if (d === BACKSLASH) output[o++] = input[++i] as number;
          else if (d === QUOTE) break;
        }
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        output[o++] = c;
        if (input[i + 1] === c + 2) {
          output[o++] = c + 2;
          i++;
        } else {
          depth++;
          output[o++] = NEWLINE;
          for (let k = depth * 2; k > 0; k--) output[o++] = SPACE;
        }
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        depth--;
        output[o++] = NEWLINE;
        for (let k = depth * 2; k > 0; k--) output[o++] = SPACE;
        output[o++] = c;
      } else if (c === COMMA) {
        output[o++] = c;
        output[o++] = NEWLINE;
        for (let k = depth * 2; k > 0; k--) output[o++] = SPACE;
      } else if (c === COLON) {
        output[o++] = c;
        output[o++] = SPACE;
      } else {
        output[o++] = c;
      }
    }
    this.size = o;
  }

  /** The bytes gathered, valid until the next call to {@link Indenter.items}; the output starts again empty. */
  take(): Uint8Array {
    const bytes = this.#output.subarray(0, this.size);
    this.size = 0;
    return bytes;
  }

  #grow(used: number, needed: number): Uint8Array {
    const output = new Uint8Array(Math.max(this.#output.length * 2, used + needed, BYTES_PER_PART * 2));
    output.set(this.#output.subarray(0, used));
    return (this.#output = output);
  }
}
