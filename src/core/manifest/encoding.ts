/**
 * Which encodings a manifest may use, decided once for the browser loader and the CLI: UTF-8
 * (RFC 8259 §8.1), with or without a byte order mark, or UTF-16 announced by its byte order
 * mark (what Windows tools call "Unicode"). Anything else is refused with a diagnosis instead
 * of being read as mojibake.
 * @module
 */

/** An encoding a manifest may be written in. */
export type ManifestEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Why bytes could not be read as text. */
export type EncodingProblem =
  | { readonly kind: 'utf-16-without-bom'; readonly encoding: 'utf-16le' | 'utf-16be' }
  | { readonly kind: 'invalid'; readonly encoding: ManifestEncoding; readonly line: number };

/** The text, or why there is none. */
export type Decoded =
  | { readonly text: string; readonly problem?: undefined }
  | { readonly text?: undefined; readonly problem: EncodingProblem };

// UTF-16 of mostly ASCII text has a zero in every other byte; UTF-8 text has none at all.
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 1024);
  if (sample < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros >= pairs / 2 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs / 2 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/** Decodes a manifest's (or an HR export's) bytes by the one rule above. */
export function decodeManifestBytes(bytes: Uint8Array): Decoded {
  let encoding: ManifestEncoding = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, body] = ['utf-16le', bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, body] = ['utf-16be', bytes.subarray(2)];
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16 !== undefined) return { problem: { kind: 'utf-16-without-bom', encoding: utf16 } };
  }
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    // Only for the message: the line of the first undecodable byte, so people can find the word.
    const lenient = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    const at = lenient.indexOf('\uFFFD');
    return { problem: { kind: 'invalid', encoding, line: at < 0 ? 1 : lenient.slice(0, at).split('\n').length } };
  }
}

/** The problem in words, after `what` ("The manifest at …", a file name). */
export function describeEncodingProblem(what: string, problem: EncodingProblem): string {
  const name = problem.encoding.toUpperCase();
  if (problem.kind === 'utf-16-without-bom') {
    return `${what} is ${name} without a byte order mark. Save it as UTF-8 (or as UTF-16 with a byte order mark).`;
  }
  if (problem.encoding !== 'utf-8') return `${what} starts with a ${name} byte order mark but is not valid ${name}.`;
  return `${what} is not UTF-8 (line ${problem.line} has a character in another encoding, probably Windows-1252 or Latin-1).`;
}
