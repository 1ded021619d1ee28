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
