/**
 * English stems for contact routing (internal: not part of any entry).
 * @module
 */

const VOWEL = /[aeiouy]/;
/** A word of the letters a–z only: what stems and typo matching apply to. */
export const LATIN_WORD = /^[a-z]+$/;

/**
 * Reduces an English word (already folded by `foldText`) to a stem, so that "refunds",
 * "refunded" and "refunding" all become "refund" and "deliveries" becomes "delivery". Four
 * suffix rules rather than a Porter stemmer or a library: smaller in the bundle, and a
 * maintainer wondering why two words matched can work it out by hand. Words of three letters or
 * less, and words with digits or non-Latin letters, are left as they are.
 *
 * 1. plurals and third person: `-ies` → `-y`, `-sses` → `-ss`, `-xes/-ches/-shes/-zzes` lose `-es`,
 *    a final `-s` goes unless the word ends in `-ss`, `-us` or `-is` ("press", "status", "analysis");
 * 2. past and progressive: `-ied` → `-y`; `-ed` and `-ing` go when at least three letters with a
 *    vowel remain ("shipping" → "shipp", but "bring" stays);
 * 3. a final `-e` goes ("damage" and "damaged" both become "damag");
 * 4. a final doubled consonant other than `s` is undoubled ("shipp" → "ship", "cancell" → "cancel").
 *
 * Stems are only compared with each other, never shown.
 *
 * @example
 * stemWord('refunding') // 'refund'
 * stemWord('deliveries') // 'delivery'
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || !LATIN_WORD.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:x|ch|sh|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && isStem(w.slice(0, -2))) w = w.slice(0, -2);
  else if (w.endsWith('ing') && isStem(w.slice(0, -3))) w = w.slice(0, -3);

  if (w.length >= 4 && w.endsWith('e')) w = w.slice(0, -1);
  const last = w.charCodeAt(w.length - 1);
  if (w.length >= 4 && last === w.charCodeAt(w.length - 2) && !'aeious'.includes(w[w.length - 1] as string)) {
    w = w.slice(0, -1);
  }
  return w;
}

const isStem = (rest: string): boolean => rest.length >= 3 && VOWEL.test(rest);
