/**
 * Names as contact formats want them (internal: not part of any entry).
 * @module
 */

/**
 * A best-effort split of a display name into RFC 6350 §6.2.2 `N` components (family; given;
 * additional; prefixes; suffixes): the first word is the given name, the last word the family
 * name together with the lowercase particles before it ("van der Berg", "de la Cruz"), and the
 * words between are additional names. Names that do not follow this order (many East Asian
 * names, for example) still get a correct `FN`, which is what contact apps display.
 */
export function splitName(name: string): [family: string, given: string, additional: string] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return ['', words[0] ?? '', ''];
  let last = words.length - 1;
  while (last > 1 && /^\p{Ll}/u.test(words[last - 1]!)) last--;
  return [words.slice(last).join(' '), words[0]!, words.slice(1, last).join(' ')];
}
