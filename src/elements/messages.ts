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
  people: string;
  /** Signature: heading of the search for oneself. */
  signatureFindYourself: string;
  /** Signature: label of the name-or-email search. */
  signatureFindLabel: string;
  /** Signature: no one matches the search. */
  signatureNoMatch: string;
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
  /** Signature: a handle is invalid, for languages other than English (the core's English rule follows); `{network}`, `{example}`. */
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
  /** Signature: heading of the directory entry export. */
  signatureEntry: string;
  /** Signature: what the entry is for. */
  signatureEntryHelp: string;
  /** Signature: copy the entry JSON. */
  signatureCopyEntry: string;
  /** Signature: download the entry JSON. */
  signatureDownloadEntry: string;
  staleCopy: string;
  internalOnPublic: string;
  /** Contact finder: the question box's label. */
  finderQuestion: string;
  /** Contact finder: the question box's placeholder. */
  finderPlaceholder: string;
  /** Contact finder: the heading of the topic chips. */
  finderTopics: string;
  /** Contact finder, live region: `{count}` suggestions for `{question}`. */
  finderSuggestions: string;
  /** Contact finder, live region: one suggestion for `{question}`. */
  finderSuggestionsOne: string;
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
  directReports: string;
  /** Org chart and cards: one direct report. */
  directReportsOne: string;
  /** Org chart: how many people are under someone in all, `{count}`. */
  orgChartUnder: string;
  /** Org chart (chart layout): the button for the reports not drawn, `{count}`. */
  orgChartMore: string;
  /** Person card: "Reports to" before the manager's name. */
  reportsTo: string;
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
  people: 'People',
  signatureFindYourself: 'Find yourself',
  signatureFindLabel: 'Your name or email',
  signatureNoMatch: 'No one matches. Try your full name or your work email.',
  signatureFor: 'Email signature for {name}',
  signatureChangePerson: 'Not you? Choose someone else',
  signatureYourDetails: 'Your details',
  signatureName: 'Name',
  signatureTitle: 'Job title',
  signaturePronouns: 'Pronouns',
  signaturePhoto: 'Photo (brand layout)',
  signatureBanner: 'Banner',
  signatureDisclaimer: 'Disclaimer',
  signatureNameRequired: 'Your name is required; the signature keeps the directory’s.',
  signaturePhoneInvalid: 'Not a phone number (like +1 617 555 0100): it is left out.',
  signatureProfiles: 'Profiles',
  signatureIncludeProfile: 'Show {network} in the signature',
  signatureHandle: '{network} handle or link',
  signatureHandleInvalid: 'Not a valid {network} handle or link (like {example}): it is left out.',
  signatureRemoveProfile: 'Remove {network}',
  signatureAddProfile: 'Add a profile',
  signatureLayout: 'Layout',
  signatureTemplateCompact: 'Compact: text only, works everywhere',
  signatureTemplateClassic: 'Classic: with social icons',
  signatureTemplateBrand: 'Brand: photo, logo and brand color',
  signatureShow: 'Show in the signature',
  signaturePreview: 'Preview',
  signaturePreviewLight: 'Preview on a light background',
  signaturePreviewDark: 'Preview in dark mode, as many mail apps show it',
  signatureLength: '{length} of {limit} characters (Gmail’s limit)',
  signatureWarnings: 'Warnings',
  signatureWarningTooLong: 'Too long for Gmail: choose fewer profiles or the compact layout.',
  signatureWarningUnsafeUrl: 'A link or image was left out because its address is not allowed.',
  signatureWarningLegacy: 'A network that has closed was left out.',
  signatureWarningLocalImage: 'The icons come from this computer: others will not see them.',
  signatureCopy: 'Copy signature',
  signatureCopyText: 'Copy plain text',
  signatureCopySource: 'Copy HTML source',
  signatureDownloadHtml: 'Download .html',
  signatureDownloadVCard: 'Download vCard (.vcf)',
  signatureCopied: 'Copied.',
  signatureCopyFailed: 'This page is not allowed to use the clipboard. Download the .html file instead, or select the text and copy it yourself.',
  signatureInstructions: 'How to add it to your email',
  signatureGmail: 'Gmail',
  signatureGmailSteps: 'Choose “Copy signature” above.\nIn Gmail on the web, open Settings (the gear) and choose “See all settings”.\nOn the General tab, go to Signature and choose “Create new”; give it a name.\nClick in the signature box and paste (Ctrl+V, or ⌘V on a Mac).\nUnder “Signature defaults”, choose it for new emails and for replies and forwards.\nScroll down and choose “Save Changes”. The Gmail phone apps have their own text-only signature: paste the plain text there.',
  signatureOutlookNew: 'Outlook (new Outlook for Windows and Mac)',
  signatureOutlookNewSteps: 'Choose “Copy signature” above.\nIn Outlook, open Settings (the gear), then Account, then Signatures.\nChoose “New signature” and give it a name.\nClick in the editing box and paste.\nUnder “Select default signatures”, choose it for new messages and for replies and forwards.\nChoose Save.',
  signatureOutlookClassic: 'Outlook (classic, for Windows)',
  signatureOutlookClassicSteps: 'Choose “Copy signature” above.\nIn Outlook, choose File, then Options, then Mail, then “Signatures…”.\nChoose New, give the signature a name and choose OK.\nClick in the “Edit signature” box and paste.\nUnder “Choose default signature”, pick it for new messages and for replies and forwards.\nChoose OK. If the paste lost the layout, download the .html file and open it in a browser, then copy from there.',
  signatureOutlookWeb: 'Outlook on the web (Microsoft 365 and Outlook.com)',
  signatureOutlookWebSteps: 'Choose “Copy signature” above.\nIn Outlook on the web, open Settings (the gear), then Account, then Signatures.\nChoose “New signature” and give it a name.\nClick in the editing box and paste.\nChoose it as the default for new messages and for replies and forwards.\nChoose Save.',
  signatureAppleMail: 'Apple Mail (Mac)',
  signatureAppleMailSteps: 'Choose “Copy signature” above.\nIn Mail, choose Mail, then Settings (Preferences on older macOS), then Signatures.\nSelect your account in the left column, choose + and give the signature a name.\nUntick “Always match my default message font”, so the signature keeps its own.\nSelect the sample text on the right and paste over it.\nChoose the signature in the “Choose Signature” menu below, then close the window.',
  signatureEntry: 'Update my directory entry',
  signatureEntryHelp: 'Your details and profiles as they would appear in the directory’s manifest. Send them to whoever maintains the directory.',
  signatureCopyEntry: 'Copy entry',
  signatureDownloadEntry: 'Download entry (.json)',
  staleCopy: 'Showing a saved copy: the latest directory could not be loaded.',
  internalOnPublic: 'This public page was given an internal manifest: only public people and fields are shown.',
  finderQuestion: 'What do you need help with?',
  finderPlaceholder: 'e.g. my order has not arrived',
  finderTopics: 'Or browse by topic',
  finderSuggestions: '{count} suggestions for “{question}”',
  finderSuggestionsOne: '1 suggestion for “{question}”',
  finderTopicAnswer: 'Who to contact about “{topic}”',
  finderNoMatch: 'No suggestion for “{question}”',
  finderFallback: 'We could not tell who handles this; contact {organization} at:',
  finderContactFirst: 'Contact first',
  finderOtherChannels: 'Other ways',
  finderDepartments: 'Handled by',
  finderPeople: 'People to contact',
  finderWhy: 'Why',
  finderMatched: 'matched “{text}”',
  finderMatchedAs: 'matched “{text}” (you wrote “{words}”)',
  finderChosen: 'you chose this topic',
  finderShowMore: 'Show more suggestions',
  finderNoTopics: 'This directory lists no topics yet.',
  finderVia: 'via {owner}',
  orgChart: 'Organization chart',
  orgChartFind: 'Find a person in the chart',
  orgChartNoMatch: 'No one in this chart matches.',
  directReports: '{count} direct reports',
  directReportsOne: '1 direct report',
  orgChartUnder: '{count} under them',
  orgChartMore: '{count} more (see them in the tree)',
  reportsTo: 'Reports to',
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
  people: 'Personnes',
  signatureFindYourself: 'Trouvez-vous',
  signatureFindLabel: 'Votre nom ou e-mail',
  signatureNoMatch: 'Personne ne correspond. Essayez votre nom complet ou votre e-mail professionnel.',
  signatureFor: 'Signature e-mail de {name}',
  signatureChangePerson: 'Ce n’est pas vous ? Choisir une autre personne',
  signatureYourDetails: 'Vos informations',
  signatureName: 'Nom',
  signatureTitle: 'Poste',
  signaturePronouns: 'Pronoms',
  signaturePhoto: 'Photo (mise en page marque)',
  signatureBanner: 'Bannière',
  signatureDisclaimer: 'Mention légale',
  signatureNameRequired: 'Votre nom est obligatoire ; la signature garde celui de l’annuaire.',
  signaturePhoneInvalid: 'Ce n’est pas un numéro de téléphone (comme +33 1 23 45 67 89) : il est omis.',
  signatureProfiles: 'Profils',
  signatureIncludeProfile: 'Afficher {network} dans la signature',
  signatureHandle: 'Identifiant ou lien {network}',
  signatureHandleInvalid: 'Identifiant ou lien {network} non valide (par exemple {example}) : il est omis.',
  signatureRemoveProfile: 'Retirer {network}',
  signatureAddProfile: 'Ajouter un profil',
  signatureLayout: 'Mise en page',
  signatureTemplateCompact: 'Compacte : texte seul, fonctionne partout',
  signatureTemplateClassic: 'Classique : avec les icônes des réseaux',
  signatureTemplateBrand: 'Marque : photo, logo et couleur de la marque',
  signatureShow: 'Afficher dans la signature',
  signaturePreview: 'Aperçu',
  signaturePreviewLight: 'Aperçu sur fond clair',
  signaturePreviewDark: 'Aperçu en mode sombre, comme dans de nombreuses applications de messagerie',
  signatureLength: '{length} sur {limit} caractères (limite de Gmail)',
  signatureWarnings: 'Avertissements',
  signatureWarningTooLong: 'Trop longue pour Gmail : choisissez moins de profils ou la mise en page compacte.',
  signatureWarningUnsafeUrl: 'Un lien ou une image a été omis, car son adresse n’est pas autorisée.',
  signatureWarningLegacy: 'Un réseau qui a fermé a été omis.',
  signatureWarningLocalImage: 'Les icônes viennent de cet ordinateur : les autres ne les verront pas.',
  signatureCopy: 'Copier la signature',
  signatureCopyText: 'Copier le texte brut',
  signatureCopySource: 'Copier le code HTML',
  signatureDownloadHtml: 'Télécharger le .html',
  signatureDownloadVCard: 'Télécharger la vCard (.vcf)',
  signatureCopied: 'Copié.',
  signatureCopyFailed: 'Cette page n’a pas accès au presse-papiers. Téléchargez plutôt le fichier .html, ou sélectionnez le texte et copiez-le vous-même.',
  signatureInstructions: 'Comment l’ajouter à votre messagerie',
  signatureGmail: 'Gmail',
  signatureGmailSteps: 'Choisissez « Copier la signature » ci-dessus.\nDans Gmail sur le web, ouvrez les Paramètres (la roue dentée) et choisissez « Voir tous les paramètres ».\nDans l’onglet Général, allez à Signature et choisissez « Créer » ; donnez-lui un nom.\nCliquez dans la zone de signature et collez (Ctrl+V, ou ⌘V sur Mac).\nSous « Signature par défaut », choisissez-la pour les nouveaux e-mails et pour les réponses et transferts.\nEn bas de la page, choisissez « Enregistrer les modifications ». Les applications mobiles Gmail ont leur propre signature en texte seul : collez-y le texte brut.',
  signatureOutlookNew: 'Outlook (nouvel Outlook pour Windows et Mac)',
  signatureOutlookNewSteps: 'Choisissez « Copier la signature » ci-dessus.\nDans Outlook, ouvrez les Paramètres (la roue dentée), puis Compte, puis Signatures.\nChoisissez « Nouvelle signature » et donnez-lui un nom.\nCliquez dans la zone de modification et collez.\nSous « Sélectionner les signatures par défaut », choisissez-la pour les nouveaux messages et pour les réponses et transferts.\nChoisissez Enregistrer.',
  signatureOutlookClassic: 'Outlook (classique, pour Windows)',
  signatureOutlookClassicSteps: 'Choisissez « Copier la signature » ci-dessus.\nDans Outlook, choisissez Fichier, puis Options, puis Courrier, puis « Signatures… ».\nChoisissez Nouveau, donnez un nom à la signature et choisissez OK.\nCliquez dans la zone « Modifier la signature » et collez.\nSous « Choisir la signature par défaut », sélectionnez-la pour les nouveaux messages et pour les réponses et transferts.\nChoisissez OK. Si le collage a perdu la mise en page, téléchargez le fichier .html, ouvrez-le dans un navigateur et copiez depuis celui-ci.',
  signatureOutlookWeb: 'Outlook sur le web (Microsoft 365 et Outlook.com)',
  signatureOutlookWebSteps: 'Choisissez « Copier la signature » ci-dessus.\nDans Outlook sur le web, ouvrez les Paramètres (la roue dentée), puis Compte, puis Signatures.\nChoisissez « Nouvelle signature » et donnez-lui un nom.\nCliquez dans la zone de modification et collez.\nChoisissez-la par défaut pour les nouveaux messages et pour les réponses et transferts.\nChoisissez Enregistrer.',
  signatureAppleMail: 'Apple Mail (Mac)',
  signatureAppleMailSteps: 'Choisissez « Copier la signature » ci-dessus.\nDans Mail, choisissez Mail, puis Réglages (Préférences sur les anciens macOS), puis Signatures.\nSélectionnez votre compte dans la colonne de gauche, choisissez + et donnez un nom à la signature.\nDécochez « Toujours utiliser ma police par défaut », pour que la signature garde la sienne.\nSélectionnez le texte d’exemple à droite et collez par-dessus.\nChoisissez la signature dans le menu « Choisir la signature » en dessous, puis fermez la fenêtre.',
  signatureEntry: 'Mettre à jour ma fiche dans l’annuaire',
  signatureEntryHelp: 'Vos informations et profils tels qu’ils figureraient dans le manifeste de l’annuaire. Envoyez-les à la personne qui gère l’annuaire.',
  signatureCopyEntry: 'Copier la fiche',
  signatureDownloadEntry: 'Télécharger la fiche (.json)',
  staleCopy: 'Copie enregistrée affichée : la dernière version de l’annuaire n’a pas pu être chargée.',
  internalOnPublic: 'Cette page publique a reçu un manifeste interne : seuls les personnes et champs publics sont affichés.',
  finderQuestion: 'En quoi pouvons-nous vous aider ?',
  finderPlaceholder: 'ex. ma commande n’est pas arrivée',
  finderTopics: 'Ou parcourez les sujets',
  finderSuggestions: '{count} suggestions pour « {question} »',
  finderSuggestionsOne: '1 suggestion pour « {question} »',
  finderTopicAnswer: 'Qui contacter pour « {topic} »',
  finderNoMatch: 'Aucune suggestion pour « {question} »',
  finderFallback: 'Nous n’avons pas pu déterminer qui s’en occupe ; contactez {organization} :',
  finderContactFirst: 'À contacter en premier',
  finderOtherChannels: 'Autres moyens',
  finderDepartments: 'Géré par',
  finderPeople: 'Personnes à contacter',
  finderWhy: 'Pourquoi',
  finderMatched: 'correspond à « {text} »',
  finderMatchedAs: 'correspond à « {text} » (vous avez écrit « {words} »)',
  finderChosen: 'vous avez choisi ce sujet',
  finderShowMore: 'Plus de suggestions',
  finderNoTopics: 'Cet annuaire ne liste encore aucun sujet.',
  finderVia: 'via {owner}',
  orgChart: 'Organigramme',
  orgChartFind: 'Trouver une personne dans l’organigramme',
  orgChartNoMatch: 'Personne dans cet organigramme ne correspond.',
  directReports: '{count} collaborateurs directs',
  directReportsOne: '1 collaborateur direct',
  orgChartUnder: '{count} sous sa responsabilité',
  orgChartMore: '{count} de plus (voir dans l’arborescence)',
  reportsTo: 'Rattaché à',
};

/** The built-in catalogs by language (the primary subtag of `lang`). */
export const catalogs: Readonly<Record<string, Messages>> = { en, fr };

/**
 * The language an element is shown in: the nearest `lang` attribute, looking through shadow
 * roots, so a card inside a French directory speaks French like the directory.
 */
export function langOf(element: Element): string | undefined {
  for (let node: Element | null = element; node !== null; ) {
    const lang = node.closest('[lang]');
    if (lang !== null) return lang.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

// Every card of a long directory asks for its catalog on every update: merge each catalog with
// each overrides object once, not a new object of ~100 messages per card per update.
const merged = new WeakMap<Partial<Messages>, WeakMap<Messages, Messages>>();
const NO_OVERRIDES: Partial<Messages> = {};

/** The catalog for a `lang` attribute value, with overrides applied. Treat it as read-only: it is shared. */
export function messagesFor(lang: string | undefined, overrides: Partial<Messages> = NO_OVERRIDES): Readonly<Messages> {
  const primary = (lang ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  const catalog = catalogs[primary] ?? en;
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
