/**
 * The `social-directory` package: the headless SDK and the web components, which are defined
 * (registered as custom elements) on import.
 * @module
 */
import { provideGlyphs } from './elements/glyph.js';
import { ICONS } from './elements/icons.js';

// The package (and the standalone file built from it) carries every glyph anyway: draw them
// from the first render instead of fetching each on demand as the CDN build does.
provideGlyphs(ICONS);

export * from './core/index.js';
export * from './core/contact.js';
export * from './core/signature.js';
export * from './core/vcard.js';
export * from './core/jsonld.js';
// The static index's reader is left to `social-directory/core/source` (and to the directory's
// `index`, which imports it when used): one-file builds would otherwise carry it on every page.
export {
  memorySource,
  personRef,
  type Answer,
  type DirectorySource,
  type PersonRef,
  type PersonRow,
  type ResultGroup,
  type SearchOrder,
  type SourceHead,
  type SourceResults,
} from './core/source.js';
export {
  SocialElement,
  type IndexReading,
  type LoadedDirectory,
  type SocialErrorDetail,
  type SocialLoadDetail,
  type SocialWarningDetail,
} from './elements/base.js';
export { SocialDirectory } from './elements/social-directory.js';
export { SocialOrgChart } from './elements/social-org-chart.js';
export { SocialPersonCard, type SocialAskDetail, type SocialSelectDetail } from './elements/social-person-card.js';
export { SocialLinks } from './elements/social-links.js';
export { SocialSignature, type SocialCopyDetail } from './elements/social-signature.js';
export {
  SocialProfileEditor,
  type SocialUpdateErrorDetail,
  type SocialUpdateSubmitDetail,
} from './elements/social-profile-editor.js';
export { SocialContactFinder, type SocialContactSelectDetail } from './elements/social-contact-finder.js';
export type { SocialEventDetail, SocialEventMap, SocialEventName } from './elements/internal/events.js';
export type { PluralKey, TextKey } from './elements/internal/localization.js';
export type { Messages, Plural } from './elements/messages.js';
export type { ShareOutcome, SocialShareDetail } from './elements/person-share.js';
export {
  preparePrintSheet,
  printBusinessCards,
  PRINT_CARDS_MAX,
  type BusinessCardEntry,
  type BusinessCardSize,
  type PrintOptions,
  type PrintPaper,
  type PrintSheet,
} from './elements/print-cards.js';
