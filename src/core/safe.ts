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

/** The `tel:` URI of a phone number (RFC 3966: digits, with a leading `+` for a global number), or `undefined`. */
export function telUri(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3}/.test(digits) ? `tel:${digits}` : undefined;
}
