/**
 * The message catalog every element reads its text from, so a page can translate it: pass
 * `lang` for a built-in language, or `strings` to override any message.
 * @module
 */

/** Every message the elements show. `{name}` placeholders are filled in by {@link formatMessage}. */
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
  results: string;
  resultsOne: string;
  noResults: string;
  champion: string;
  askMeAbout: string;
  localTime: string;
  email: string;
  phone: string;
  addToContacts: string;
  onNetwork: string;
  officialAccounts: string;
  guidelines: string;
  filters: string;
  people: string;
  staleCopy: string;
  internalOnPublic: string;
}

/** English, the default. */
export const en: Messages = {
  loading: 'Loading the directory…',
  loadFailed: 'The directory could not be loaded.',
  retry: 'Try again',
  search: 'Search people',
  searchPlaceholder: 'Name, title, topic or handle',
  department: 'Department',
  network: 'Network',
  topic: 'Topic',
  location: 'Location',
  any: 'Any',
  championsOnly: 'Social media champions only',
  clearFilters: 'Clear all',
  results: '{count} people',
  resultsOne: '1 person',
  noResults: 'No one matches these filters.',
  champion: 'Social media champion',
  askMeAbout: 'Ask me about',
  localTime: 'Local time {time}',
  email: 'Email',
  phone: 'Phone',
  addToContacts: 'Add to contacts',
  onNetwork: '{name} on {network}',
  officialAccounts: 'Official accounts',
  guidelines: 'Social media guidelines',
  filters: 'Filters',
  people: 'People',
  staleCopy: 'Showing a saved copy: the latest directory could not be loaded.',
  internalOnPublic: 'This public page was given an internal manifest: only public people and fields are shown.',
};

/** French. */
export const fr: Messages = {
  loading: 'Chargement de l’annuaire…',
  loadFailed: 'L’annuaire n’a pas pu être chargé.',
  retry: 'Réessayer',
  search: 'Rechercher des personnes',
  searchPlaceholder: 'Nom, poste, sujet ou identifiant',
  department: 'Service',
  network: 'Réseau',
  topic: 'Sujet',
  location: 'Lieu',
  any: 'Tous',
  championsOnly: 'Ambassadeurs réseaux sociaux uniquement',
  clearFilters: 'Tout effacer',
  results: '{count} personnes',
  resultsOne: '1 personne',
  noResults: 'Personne ne correspond à ces filtres.',
  champion: 'Ambassadeur réseaux sociaux',
  askMeAbout: 'Demandez-moi',
  localTime: 'Heure locale {time}',
  email: 'E-mail',
  phone: 'Téléphone',
  addToContacts: 'Ajouter aux contacts',
  onNetwork: '{name} sur {network}',
  officialAccounts: 'Comptes officiels',
  guidelines: 'Charte réseaux sociaux',
  filters: 'Filtres',
  people: 'Personnes',
  staleCopy: 'Copie enregistrée affichée : la dernière version de l’annuaire n’a pas pu être chargée.',
  internalOnPublic: 'Cette page publique a reçu un manifeste interne : seuls les personnes et champs publics sont affichés.',
};

/** The built-in catalogs by language (the primary subtag of `lang`). */
export const catalogs: Readonly<Record<string, Messages>> = { en, fr };

/** The catalog for a `lang` attribute value, with overrides applied. */
export function messagesFor(lang: string | undefined, overrides: Partial<Messages> = {}): Messages {
  const primary = (lang ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  return { ...(catalogs[primary] ?? en), ...overrides };
}

/** Fills `{name}` placeholders. */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
