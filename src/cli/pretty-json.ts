/**
 * Manifests written as the CLI writes them: `JSON.stringify(value, null, 2)` and a newline,
 * byte for byte, but made in parts so a 100,000-person manifest is never one 60 MB string.
 * @module
 */

/** A part of a file being written: text, or UTF-8 bytes valid until the next part is asked for. */
export type JsonPart = string | Uint8Array;

// Items of a long top-level list stringified at once: ~0.6 MB of JSON for a thousand people.
const ITEMS_PER_PART = 1000;

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
 * list in a top-level field (a manifest's `people`) is stringified a thousand items at a time,
 * compactly, and indented as bytes: V8's indenting `JSON.stringify` is three times slower than
 * its compact one, and its result must then be flattened and encoded (issue 15: together 1.5 s
 * of merging into 100,000 people, against 0.7 s this way).
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
    if (!Array.isArray(member) || member.length <= ITEMS_PER_PART || hasToJson(member)) {
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
    // Items two levels down, as in `[[…]]` indented: `[\n  [\n` … `\n  ]\n]` cut off.
    for (let start = 0; start < member.length; start += ITEMS_PER_PART) {
      if (start > 0) yield ',\n';
      const bytes = indenter.indent(JSON.stringify([member.slice(start, start + ITEMS_PER_PART)]));
      yield bytes.subarray(6, bytes.length - 6);
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

  /** The indented bytes of `compact`, valid until the next call. */
  indent(compact: string): Uint8Array {
    // Three bytes at most per UTF-16 code unit.
    if (this.#input.length < compact.length * 3) this.#input = new Uint8Array(compact.length * 3);
    const input = this.#input;
    const length = this.#encoder.encodeInto(compact, input).written;
    let output: Uint8Array = this.#output;
    let o = 0;
    let depth = 0;
    for (let i = 0; i < length; i++) {
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
    return output.subarray(0, o);
  }

  #grow(used: number, needed: number): Uint8Array {
    const output = new Uint8Array(Math.max(this.#output.length * 2, used + needed, 1 << 16));
    output.set(this.#output.subarray(0, used));
    return (this.#output = output);
  }
}
