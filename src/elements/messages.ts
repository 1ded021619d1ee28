/**
 * The message catalog every element reads its text from, so a page can translate it: pass
 * `lang` for a built-in language, or `strings` to override any message.
 * @module
 */
import { isServer } from 'lit';

/**
 * A message that depends on a count: one text per plural category of the language
 * (`Intl.PluralRules`: `zero`, `one`, `two`, `few`, `many`, `other`), `other` for any category
 * not given. A plain string serves every count.
 *
 * @example
 * { one: '{count} person', other: '{count} people' }
 */
export type Plural = string | ({ readonly other: string } & { readonly [category in Intl.LDMLPluralRule]?: string });

/**
 * Every message the elements show. `{name}` placeholders are filled in with the values of each message (`{count}
 * people`).
 */
export interface Messages {
  loading: string;
  loadFailed: string;
  retry: string;
  search: string;
  searchPlaceholder: string;
  department: string;
  network: string;
  topic: string;
  location: string;
  any: string;
  championsOnly: string;
  clearFilters: string;
  /** The live result count; `{count}`. */
  results: Plural;
  noResults: string;
  champion: string;
  askMeAbout: string;
  localTime: string;
  email: string;
  phone: string;
  addToContacts: string;
  /** Card: the action that shares the person's link. */
  share: string;
  /** Card: the link was handed to the system's share sheet. */
  shareDone: string;
  /** Card: the link was copied to the clipboard (no share sheet in this browser). */
  linkCopied: string;
  /** Card: neither sharing nor copying worked; the link follows, to copy by hand. */
  copyThisLink: string;
  /** Card: the action that shows the person's QR code. */
  showQrCode: string;
  /** Card: the QR code's accessible name when it holds the person's contact card; `{name}`. */
  qrCodeVCard: string;
  /** Card: the QR code's accessible name when it holds the link to the person; `{name}`. */
  qrCodeLink: string;
  /** Card: the QR code is being drawn. */
  qrCodeLoading: string;
  /** Card: the QR code could not be drawn. */
  qrCodeFailed: string;
  /** Card: download the QR code as an SVG file. */
  downloadQrCode: string;
  /** Card: close the QR code dialog. */
  close: string;
  /** Card: print the person's business card. */
  printCard: string;
  /** Directory: print the business cards of the people the filters keep. */
  printCards: string;
  onNetwork: string;
  officialAccounts: string;
  guidelines: string;
  people: string;
  /** Signature: heading of the search for oneself. */
  signatureFindYourself: string;
  /** Signature: label of the name-or-email search. */
  signatureFindLabel: string;
  /** Signature: no one matches the search. */
  signatureNoMatch: string;
  /** Signature: label of the search where only names are searched (a static index holds no emails to search). */
  signatureFindNameLabel: string;
  /** Signature: no one matches a search of names only. */
  signatureNoMatchName: string;
  /** Signature: heading once a person is chosen; `{name}`. */
  signatureFor: string;
  /** Signature: button to choose someone else. */
  signatureChangePerson: string;
  /** Signature: legend of the details fieldset. */
  signatureYourDetails: string;
  /** Signature: the name field. */
  signatureName: string;
  /** Signature: the job title field and field choice. */
  signatureTitle: string;
  /** Signature: the pronouns field and field choice. */
  signaturePronouns: string;
  /** Signature: the photo field choice. */
  signaturePhoto: string;
  signatureBanner: string;
  /** Signature: the disclaimer field choice. */
  signatureDisclaimer: string;
  /** Signature: the name field is empty. */
  signatureNameRequired: string;
  /** Signature: the phone field is not a phone number. */
  signaturePhoneInvalid: string;
  /** Signature: legend of the profiles fieldset. */
  signatureProfiles: string;
  /** Signature: checkbox to show a profile; `{network}`. */
  signatureIncludeProfile: string;
  /** Signature: label of a profile's handle field; `{network}`. */
  signatureHandle: string;
  /**
   * Signature: a handle is invalid, for languages other than English (the core's English rule follows);
   * `{network}`, `{example}`.
   */
  signatureHandleInvalid: string;
  /** Signature: button that removes a profile; `{network}`. */
  signatureRemoveProfile: string;
  /** Signature: button that adds a profile. */
  signatureAddProfile: string;
  /** Signature: legend of the layout choice. */
  signatureLayout: string;
  /** Signature: the compact layout. */
  signatureTemplateCompact: string;
  /** Signature: the classic layout. */
  signatureTemplateClassic: string;
  /** Signature: the brand layout. */
  signatureTemplateBrand: string;
  /** Signature: legend of the field choices. */
  signatureShow: string;
  /** Signature: heading of the preview. */
  signaturePreview: string;
  /** Signature: title of the light preview frame. */
  signaturePreviewLight: string;
  /** Signature: title of the dark preview frame. */
  signaturePreviewDark: string;
  /** Signature: the length against Gmail's limit; `{length}`, `{limit}`. */
  signatureLength: string;
  /** Signature: label of the list of warnings. */
  signatureWarnings: string;
  /** Signature: the HTML is over Gmail's limit. */
  signatureWarningTooLong: string;
  /** Signature: a link or image was left out. */
  signatureWarningUnsafeUrl: string;
  /** Signature: a closed network was left out. */
  signatureWarningLegacy: string;
  signatureWarningLocalImage: string;
  /** Signature: copy as rich text. */
  signatureCopy: string;
  /** Signature: copy the plain text. */
  signatureCopyText: string;
  /** Signature: copy the HTML source. */
  signatureCopySource: string;
  /** Signature: download the .html file. */
  signatureDownloadHtml: string;
  /** Signature: download the vCard. */
  signatureDownloadVCard: string;
  /** Signature: the copy worked. */
  signatureCopied: string;
  /** Signature: the clipboard was refused. */
  signatureCopyFailed: string;
  /** Signature: heading of the per-client instructions. */
  signatureInstructions: string;
  /** Signature: Gmail's instructions, title. */
  signatureGmail: string;
  /** Signature: Gmail's steps, one per line. */
  signatureGmailSteps: string;
  /** Signature: new Outlook's instructions, title. */
  signatureOutlookNew: string;
  /** Signature: new Outlook's steps, one per line. */
  signatureOutlookNewSteps: string;
  /** Signature: classic Outlook's instructions, title. */
  signatureOutlookClassic: string;
  /** Signature: classic Outlook's steps, one per line. */
  signatureOutlookClassicSteps: string;
  /** Signature: Outlook on the web's instructions, title. */
  signatureOutlookWeb: string;
  /** Signature: Outlook on the web's steps, one per line. */
  signatureOutlookWebSteps: string;
  /** Signature: Apple Mail's instructions, title. */
  signatureAppleMail: string;
  /** Signature: Apple Mail's steps, one per line. */
  signatureAppleMailSteps: string;
  /** Signature: heading of the section with the profile editor. */
  signatureEntry: string;
  /** Profile editor: heading once a person is chosen; `{name}`. */
  editorHeading: string;
  /** Profile editor: heading of the fields the HR system owns. */
  editorFromHr: string;
  /** Profile editor: why those fields cannot be changed here. */
  editorFromHrNote: string;
  /** Profile editor: legend of pronouns, "ask me about" and languages. */
  editorAboutYou: string;
  /** Profile editor: how to write "ask me about". */
  editorAskMeAboutHint: string;
  /** Profile editor: the languages field. */
  editorLanguages: string;
  /** Profile editor: how to write languages. */
  editorLanguagesHint: string;
  /** Profile editor: legend of the careers page opt-in. */
  editorCareersPage: string;
  /** Profile editor: the careers page checkbox. */
  editorPublic: string;
  /**
   * Profile editor: what the careers page publishes; `{organization}`, `{fields}` (a list of the field nouns
   * below).
   */
  editorPublicExplained: string;
  /**
   * Profile editor: a handle is invalid, for languages other than English (the core's English rule follows);
   * `{network}`, `{example}`.
   */
  editorHandleInvalid: string;
  /** Profile editor: a value is invalid, for languages other than English (the core's English rule follows). */
  editorValueInvalid: string;
  /** Profile editor: the send button. */
  editorSubmit: string;
  /** Profile editor: the update is being sent. */
  editorSending: string;
  /** Profile editor: the endpoint accepted the update. */
  editorSent: string;
  /** Profile editor: sending failed; `{reason}`. */
  editorFailed: string;
  /** Profile editor: the reason when the endpoint answered an error; `{status}`. */
  editorServerAnswered: string;
  /** Profile editor: the reason when the endpoint could not be reached. */
  editorUnreachable: string;
  /** Profile editor: what to do with the update without an endpoint. */
  editorSendItHelp: string;
  /** Profile editor: copy the update. */
  editorCopy: string;
  /** Profile editor: download the update. */
  editorDownload: string;
  /** Profile editor: the update was copied. */
  editorCopied: string;
  /** Profile editor: the clipboard was refused. */
  editorCopyFailed: string;
  /** Profile editor: a field is invalid, so nothing was sent. */
  editorFixFirst: string;
  /** Profile editor: nothing changed, so nothing was sent. */
  editorNoChanges: string;
  /** A person's field in a sentence: pronouns. */
  fieldPronouns: string;
  /** A person's field in a sentence: job title. */
  fieldTitle: string;
  /** A person's field in a sentence: department. */
  fieldDepartment: string;
  /** A person's field in a sentence: email address. */
  fieldEmail: string;
  /** A person's field in a sentence: phone number. */
  fieldPhone: string;
  /** A person's field in a sentence: location. */
  fieldLocation: string;
  /** A person's field in a sentence: time zone. */
  fieldTimeZone: string;
  /** A person's field in a sentence: photo. */
  fieldPhoto: string;
  /** A person's field in a sentence: social profiles. */
  fieldProfiles: string;
  /** A person's field in a sentence: topics. */
  fieldTopics: string;
  /** A person's field in a sentence: "ask me about". */
  fieldAskMeAbout: string;
  /** A person's field in a sentence: languages. */
  fieldLanguages: string;
  /** A person's field in a sentence: the champion badge. */
  fieldChampion: string;
  /** Above a directory shown from the copy saved by an earlier visit; `{date}`. */
  staleCopy: string;
  /** Why the saved copy is shown: the manifest could not be reached. */
  staleOffline: string;
  /** Why the saved copy is shown: the manifest did not arrive in time. */
  staleTimeout: string;
  /** Why the saved copy is shown: the server answered with an error. */
  staleServer: string;
  internalOnPublic: string;
  /** Contact finder: the question box's label. */
  finderQuestion: string;
  /** Contact finder: the question box's placeholder. */
  finderPlaceholder: string;
  /** Contact finder: the heading of the topic chips. */
  finderTopics: string;
  /** Contact finder, live region: `{count}` suggestions for `{question}`. */
  finderSuggestions: Plural;
  /** Contact finder, live region: the answer for a chosen `{topic}` (no question). */
  finderTopicAnswer: string;
  /** Contact finder, live region: nothing matched `{question}`. */
  finderNoMatch: string;
  /** Contact finder: the fallback answer, before the `{organization}`'s channels. */
  finderFallback: string;
  /** Contact finder: the label before the first channel to use. */
  finderContactFirst: string;
  /** Contact finder: the label before the other channels. */
  finderOtherChannels: string;
  /** Contact finder: the label before the owning departments. */
  finderDepartments: string;
  /** Contact finder: the label before the people to contact. */
  finderPeople: string;
  /** Contact finder: the label before the reasons. */
  finderWhy: string;
  /** Contact finder: a reason, the manifest's `{text}`. */
  finderMatched: string;
  /** Contact finder: a reason whose question `{words}` differ from the manifest's `{text}`. */
  finderMatchedAs: string;
  /** Contact finder: the reason for a topic chosen from the chips. */
  finderChosen: string;
  /** Contact finder: the button that shows the suggestions past the first three. */
  finderShowMore: string;
  /** Contact finder: shown when the manifest lists no topics. */
  finderNoTopics: string;
  /** Contact finder: a channel's owner, `{owner}`. */
  finderVia: string;
  /** Org chart: the accessible name of the chart. */
  orgChart: string;
  /** Org chart: label of the search for a person. */
  orgChartFind: string;
  /** Org chart: no one matches the search. */
  orgChartNoMatch: string;
  /** Org chart and cards: how many report directly, `{count}`. */
  directReports: Plural;
  /** Org chart: how many people are under someone in all, `{count}`. */
  orgChartUnder: string;
  /** Org chart (chart layout): the button for the reports not drawn, `{count}`. */
  orgChartMore: string;
  /** Person card: "Reports to" before the manager's name. */
  reportsTo: string;
  /** Directory, person page: the button that closes it. */
  backToDirectory: string;
  /** Directory, person page: the heading when the `person` id is not in the directory. */
  personNotFound: string;
  /** Directory, person page: why, with the `{id}` asked for. */
  personNotFoundDetail: string;
  /** Directory, person page: the accessible name of the breadcrumbs of managers. */
  reportingLine: string;
  /** Directory, person page: the heading of the people who report to them. */
  directReportsHeading: string;
  /** Directory, person page: the heading of the others with the same manager. */
  peers: string;
  /** Directory, person page: before the department's lead. */
  ledBy: string;
  /** Directory, person page: the heading of the topics they own. */
  topicsHeading: string;
  /** Directory on a phone: the button that shows the filters, with no filter chosen. */
  filters: string;
  /** Directory on a phone: the same button with `{count}` filters chosen. */
  filtersActive: string;
}

/**
 * English, the default: the messages several elements share (loading, errors, the fields more than one of them
 * names), then those of each element whose module has loaded, which adds its own ({@link addEnglish}). So a page
 * carries the English of the elements it uses; once every element's module has loaded, this is every message. An
 * element reads only the shared messages and its own, which are here before it is defined.
 */
export let en = {
  // Every element that loads a directory (base.ts): loading, failing, a saved copy, a manifest too internal.
  loading: 'Loading the directory…',
  loadFailed: 'The directory could not be loaded.',
  retry: 'Try again',
  staleCopy: 'Showing a saved copy from {date}.',
  staleOffline: 'The latest directory could not be reached (no connection?).',
  staleTimeout: 'The latest directory did not arrive in time.',
  staleServer: 'The server of the latest directory answered with an error.',
  internalOnPublic: 'This public page was given an internal manifest: only public people and fields are shown.',
  // Named by several elements where no module they all import renders them: the directory's filters, the signature
  // builder's and the profile editor's fields ("ask me about": the card and the editor).
  department: 'Department',
  network: 'Network',
  location: 'Location',
  officialAccounts: 'Official accounts',
  guidelines: 'Social media guidelines',
  email: 'Email',
  phone: 'Phone',
  signatureName: 'Name',
  signatureTitle: 'Job title',
  signaturePronouns: 'Pronouns',
  askMeAbout: 'Ask me about',
} satisfies Partial<Messages> as Messages;

// English is inline (these shared messages here, each element's in its module), the fallback every element can
// show at once; other languages are modules of their own that a page loads only when an element finds itself in
// that language.
const LOADERS: Readonly<Record<string, () => Promise<Messages>>> = {
  fr: () => import('./locales/fr.js').then((module) => module.fr),
};
const loaded = new Map<string, Messages>([['en', en]]);
const loading = new Map<string, Promise<Messages>>();

/**
 * Adds a module's English messages to {@link en} when the module loads: each element's module carries the English
 * of what it renders (`addEnglish({ orgChart: 'Organization chart', … })`), so a page ships only its elements'.
 * Takes keys of {@link Messages} only, each with its type.
 * @internal
 */
export function addEnglish<K extends keyof Messages>(part: Pick<Messages, K>): void {
  // A new catalog, not the old one changed: `messagesFor` caches merges by catalog, and each element's controller
  // the merge it read, so an element whose module loads later would otherwise read a merge made before its messages.
  en = { ...en, ...part };
  loaded.set('en', en);
}

function primaryLanguage(lang: string | undefined): string {
  return (lang ?? 'en').toLowerCase().split('-')[0] ?? 'en';
}

/**
 * The built-in catalog for a `lang` value if it is loaded (English always is); undefined while it loads or for
 * no catalog.
 */
function loadedCatalog(lang: string | undefined): Messages | undefined {
  return loaded.get(primaryLanguage(lang));
}

/** Whether {@link messagesFor} already gives `lang`'s own catalog: English, a loaded one, or a language without one. */
export function catalogReady(lang: string | undefined): boolean {
  const primary = primaryLanguage(lang);
  return loaded.has(primary) || LOADERS[primary] === undefined;
}

/**
 * Loads the built-in catalog for a `lang` attribute value (`fr`, `fr-CA`): a module fetched once
 * per page. English, and languages without a built-in catalog, resolve at once to English.
 */
export function loadCatalog(lang: string | undefined): Promise<Messages> {
  const primary = primaryLanguage(lang);
  const known = loaded.get(primary);
  if (known !== undefined) return Promise.resolve(known);
  const loader = LOADERS[primary];
  if (loader === undefined) return Promise.resolve(en);
  let pending = loading.get(primary);
  if (pending === undefined) {
    pending = loader().then(
      (catalog) => {
        loaded.set(primary, catalog);
        return catalog;
      },
      // A catalog that fails to load (the network, a CDN without it) leaves the page in English;
      // the next element in that language tries again.
      () => {
        loading.delete(primary);
        return en;
      },
    );
    loading.set(primary, pending);
  }
  return pending;
}

/** The page's language while a server render runs (set by `renderDirectoryHtml`). @internal */
export const serverLanguage: { lang: string | undefined } = { lang: undefined };

/**
 * The language an element is shown in: the nearest `lang` attribute, looking through shadow
 * roots, so a card inside a French directory speaks French like the directory.
 */
export function langOf(element: Element): string | undefined {
  // A server render (social-directory render) has no tree to walk: the element's own lang, or the page's.
  if (isServer) return languageTag(element.getAttribute('lang') ?? serverLanguage.lang);
  for (let node: Element | null = element; node !== null;) {
    const lang = node.closest('[lang]');
    if (lang !== null) return languageTag(lang.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

// `lang=""` (HTML's "unknown language") or a value that is no language tag: no language, so
// English and the browser's own sort order, where Intl.Collator would throw on it and the
// directory fail to load.
function languageTag(lang: string | null | undefined): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang || undefined)[0];
  } catch {
    return undefined;
  }
}

// Every card of a long directory asks for its catalog on every update: merge each catalog with
// each overrides object once, not a new object of ~100 messages per card per update.
const merged = new WeakMap<Partial<Messages>, WeakMap<Messages, Messages>>();
const NO_OVERRIDES: Partial<Messages> = {};

/**
 * The catalog for a `lang` attribute value, with overrides applied: English until the language's
 * catalog is loaded ({@link loadCatalog}). Treat it as read-only: it is shared.
 */
export function messagesFor(lang: string | undefined, overrides: Partial<Messages> = NO_OVERRIDES): Readonly<Messages> {
  const catalog = loadedCatalog(lang) ?? en;
  let byCatalog = merged.get(overrides);
  if (byCatalog === undefined) merged.set(overrides, (byCatalog = new WeakMap()));
  let messages = byCatalog.get(catalog);
  if (messages === undefined) byCatalog.set(catalog, (messages = { ...catalog, ...overrides }));
  return messages;
}

/** Fills `{name}` placeholders. */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  // Most messages have no placeholder; those that do are formatted for every card of a list.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

// One plural rule and one number format per language for the page, not one per count shown.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(store: Map<string, T>, lang: string | undefined, create: (locale: string | undefined) => T): T {
  const key = lang ?? '';
  let value = store.get(key);
  if (value === undefined) {
    try {
      value = create(lang);
    } catch {
      // An invalid `lang` value (`lang="x-"`) gets the browser's default locale.
      value = create(undefined);
    }
    store.set(key, value);
  }
  return value;
}

/** `count` as `lang` writes numbers (`12,000`, `12 000`). */
export function formatCount(count: number, lang: string | undefined): string {
  return cached(numberFormats, lang, (locale) => new Intl.NumberFormat(locale)).format(count);
}

/** Fills a {@link Plural} message for `count` in `lang`: `{count}` is the count as `lang` writes it. */
export function formatPlural(
  message: Plural,
  count: number,
  lang: string | undefined,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const template =
    typeof message === 'string'
      ? message
      : (message[cached(pluralRules, lang, (locale) => new Intl.PluralRules(locale)).select(count)] ?? message.other);
  return formatMessage(template, { ...values, count: formatCount(count, lang) });
}
