/**
 * Printing business cards: one card on a page of its own size, or a sheet of cards on A4 or
 * Letter paper to cut out. The cards are `<social-person-card layout="business-card">`
 * elements laid out in a print-only sheet of the page, so they print with the page's fonts
 * and the library already loaded, and under a strict CSP (constructed style sheets only).
 * @module
 */
import type { Audience, Department, Organization, Person } from '../core/index.js';
import type { Messages } from './messages.js';
import type { SocialPersonCard } from './social-person-card.js';

/** One person to print, with their department. */
export interface BusinessCardEntry {
  /** The person. */
  readonly person: Person;
  /** Their department, for its name. */
  readonly department?: Department | undefined;
}

/** The paper a print uses: one card per page of the card's own size, or a sheet to cut. */
export type PrintPaper = 'card' | 'a4' | 'letter';

/** A card's size: 85 × 55 mm (`eu`, most of Europe) or 3.5 × 2 in (`us`, North America). */
export type BusinessCardSize = 'eu' | 'us';

/** Options of {@link printBusinessCards}. */
export interface PrintOptions {
  /** The organization the cards are of. */
  readonly organization: Organization;
  /** `internal` cards carry work contact details and a vCard QR code; `public` ones neither. */
  readonly audience: Audience;
  /** The paper. Default: `card`, one card per page. */
  readonly paper?: PrintPaper;
  /** The cards' size. Default: `us` on Letter paper, `eu` otherwise. */
  readonly cardSize?: BusinessCardSize;
  /** The page's language, for the cards' text. */
  readonly lang?: string | undefined;
  /** Message overrides, as on the elements. */
  readonly strings?: Partial<Messages>;
}

/** A sheet of cards in the page, ready to print. */
export interface PrintSheet {
  /** The sheet (a child of `document.body`, shown only in print). */
  readonly element: HTMLElement;
  /** Takes the sheet and its style sheet out of the page. */
  remove(): void;
}

/**
 * Most cards a sheet holds: ten fit a page of A4 or Letter, so this is twenty pages; a
 * directory filtered to more people prints the first ones.
 */
export const PRINT_CARDS_MAX = 200;

const CARD_SIZES: Readonly<Record<BusinessCardSize, readonly [string, string]>> = {
  eu: ['85mm', '55mm'],
  us: ['3.5in', '2in'],
};
const PAPER: Readonly<Record<Exclude<PrintPaper, 'card'>, { size: string; margin: string }>> = {
  a4: { size: 'A4', margin: '10mm' },
  letter: { size: 'letter', margin: '0.5in' },
};

function sheetStyles(paper: PrintPaper, cardSize: BusinessCardSize): CSSStyleSheet {
  const [width, height] = CARD_SIZES[cardSize];
  const page =
    paper === 'card'
      ? `size: ${width} ${height}; margin: 0;`
      : `size: ${PAPER[paper].size}; margin: ${PAPER[paper].margin};`;
  const sheet = new CSSStyleSheet();
  // On screen the sheet is laid out (so the cards render and their QR codes are drawn) but out
  // of sight; in print it is the only thing on the page. Cards on a sheet have cut lines.
  sheet.replaceSync(`
    @media screen { [data-social-print-sheet] { position: fixed; top: 0; left: -10000px; } }
    @media print {
      @page { ${page} }
      html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; }
      body > :not([data-social-print-sheet]) { display: none !important; }
      [data-social-print-sheet] { display: flex; flex-wrap: wrap; align-content: flex-start; justify-content: center; }
      [data-social-print-sheet] > social-person-card { break-inside: avoid; }
      [data-social-print-sheet="sheet"] > social-person-card { outline: 0.2mm dashed #bbb; outline-offset: -0.1mm; }
    }
  `);
  return sheet;
}

/**
 * Puts business cards for `entries` in a print-only sheet of the page and waits until every
 * card is drawn with its QR code. {@link printBusinessCards} prints it; this is the step a
 * test or a PDF export (`page.pdf()`) uses without the print dialog.
 */
export async function preparePrintSheet(
  entries: readonly BusinessCardEntry[],
  options: PrintOptions,
): Promise<PrintSheet> {
  await customElements.whenDefined('social-person-card');
  const paper = options.paper ?? 'card';
  const cardSize = options.cardSize ?? (paper === 'letter' ? 'us' : 'eu');
  const style = sheetStyles(paper, cardSize);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
  const element = document.createElement('div');
  element.dataset['socialPrintSheet'] = paper === 'card' ? 'card' : 'sheet';
  if (options.lang !== undefined) element.lang = options.lang;
  const cards = entries.slice(0, paper === 'card' ? 1 : PRINT_CARDS_MAX).map(({ person, department }) => {
    const card = document.createElement('social-person-card') as SocialPersonCard;
    card.layout = 'business-card';
    card.cardSize = cardSize;
    card.person = person;
    card.department = department;
    card.organization = options.organization;
    card.audience = options.audience;
    if (options.strings !== undefined) card.strings = options.strings;
    return card;
  });
  element.append(...cards);
  document.body.append(element);
  await Promise.all(cards.map((card) => card.businessCardReady()));
  return {
    element,
    remove() {
      element.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== style);
    },
  };
}

/**
 * Prints business cards: opens the browser's print dialog (where "Save as PDF" is one of the
 * printers) with one card per page of the card's size (`paper: 'card'`), or a sheet of up to
 * ten cards per A4 or Letter page with cut lines. The sheet leaves the page after printing.
 */
export async function printBusinessCards(entries: readonly BusinessCardEntry[], options: PrintOptions): Promise<void> {
  const sheet = await preparePrintSheet(entries, options);
  // Chromium returns from print() once the dialog closes; Safari and Firefox may return first
  // and fire afterprint later.
  window.addEventListener('afterprint', () => sheet.remove(), { once: true });
  window.print();
}
