/**
 * The one place where URLs and text are made safe for `href`, `src` and generated HTML.
 * Every output of the SDK and every element goes through these two functions.
 * @module
 */

const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * Returns the URL in canonical form when its scheme is on the allow-list (`https:`, `http:`,
 * `mailto:`, `tel:`), otherwise `undefined`.
 *
 * The URL is parsed with the WHATWG URL parser, the same one the browser uses when it follows
 * the link, so tricks that defeat regex blocklists (`java\tscript:`, leading control
 * characters, entity-like text) are resolved exactly as a browser would resolve them.
 * Relative URLs are rejected unless a `base` is given.
 *
 * @example
 * safeUrl('https://x.com/northwind') // 'https://x.com/northwind'
 * safeUrl('javascript:alert(1)')     // undefined
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (base !== undefined) return checkUrl(value, base);
  // The same URLs come back on every render of a long directory (each card's links, photo and
  // address): parse each once. The answer depends on the string alone; the cache is bounded.
  if (checked.has(value)) return checked.get(value);
  if (checked.size >= CHECKED_MAX) checked.clear();
  const href = checkUrl(value);
  checked.set(value, href);
  return href;
}

const CHECKED_MAX = 4096;
const checked = new Map<string, string | undefined>();

function checkUrl(value: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  // http(s) without a host ("https:foo" parses with an empty host in some engines) is not a link.
  if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === '') return undefined;
  return url.href;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values (`& < > " '`).
 *
 * @example
 * escapeHtml('<b>Ann & Zoë</b>') // '&lt;b&gt;Ann &amp; Zoë&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

// Characters that change how text around them shows: C0 and C1 controls (ESC starts terminal
// escape sequences that clear a screen or plant a link), DEL, and the bidi embeddings, overrides
// and isolates (U+202A–202E, U+2066–2069) that make "exe.txt" read as "txt.exe". Line feed is
// listed apart: long texts (a description, a disclaimer) may hold paragraphs.
const CONTROLS = String.raw`\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069`;
const LINE_FEED = String.raw`\u000a`;

/** Text of one line: no control characters, no line breaks, no bidi overrides. */
export const ONE_LINE_TEXT = new RegExp(`^[^${CONTROLS}${LINE_FEED}]*$`);
/** Text of several lines: line feeds allowed, no other control characters, no bidi overrides. */
export const MULTILINE_TEXT = new RegExp(`^[^${CONTROLS}]*$`);
const CONTROL = new RegExp(`[${CONTROLS}]`, 'g');
const LINE_BREAKS = /[\t\r\n]/g;

/**
 * Text without control characters and bidi overrides: tabs and line breaks become spaces (kept
 * as line feeds when `multiline`), the rest is removed. What the lenient loader and the CSV
 * import do with such text.
 *
 * @example
 * withoutControls('Ellen\u001b[2J Park') // 'Ellen[2J Park'
 */
export function withoutControls(text: string, multiline = false): string {
  const spaced = multiline ? text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ') : text.replace(LINE_BREAKS, ' ');
  return spaced.replace(CONTROL, '');
}

// A plain address: one @, a dot in the domain, and none of the characters that make a `mailto:`
// carry more than an address (RFC 6068: `?` starts headers such as cc and body, `%` encodes
// them, `#` `&` `,` `;` separate them), no spaces, controls or bidi overrides. No flags: the
// schema uses this pattern too, and JSON Schema patterns have none.
const NOT_IN_EMAIL = String.raw`\s@?#&%/:;,<>"\\${CONTROLS}\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff`;
/** The rule every email address in a manifest follows: the schema checks it, {@link mailtoUrl} relies on it. */
export const PLAIN_EMAIL = new RegExp(`^[^${NOT_IN_EMAIL}]+@[^${NOT_IN_EMAIL}]+\\.[^${NOT_IN_EMAIL}.]+$`);

/**
 * The `mailto:` link of a plain email address, or `undefined` when the text is anything else
 * (an address with `?cc=…` or `&body=…` would add recipients or text to the message). The one
 * place where the SDK and its elements build a `mailto:` link.
 *
 * @example
 * mailtoUrl('help@northwind.example')                     // 'mailto:help@northwind.example'
 * mailtoUrl('help@northwind.example?cc=x%40evil.example') // undefined
 */
export function mailtoUrl(email: string | undefined): string | undefined {
  if (email === undefined || !PLAIN_EMAIL.test(email)) return undefined;
  return safeUrl(`mailto:${email}`);
}

/** The `tel:` URI of a phone number (RFC 3966: digits, with a leading `+` for a global number), or `undefined`. */
export function telUri(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3}/.test(digits) ? `tel:${digits}` : undefined;
}
