/**
 * The manifest v1 contract. The zod schemas below are the single source of truth: the
 * TypeScript types are inferred from them, the loader validates with them and the CLI prints
 * them as JSON Schema.
 *
 * We use `zod/mini` rather than classic `zod` on purpose:
 * - classic zod compiles object parsers with `new Function` (it probes for it on the first
 *   parse), which is a CSP `unsafe-eval` violation on strict pages; mini's object parser never
 *   does, so the SDK works under `script-src 'self'` without touching zod's global config
 *   (which the host page may share);
 * - it tree-shakes to roughly a third of classic zod for the same schema (~7 KB gzip), which
 *   is what keeps the core entry inside its 15 KB budget.
 * @module
 */
import * as z from 'zod/mini';
import { NETWORK_IDS, resolveProfile } from '../networks.js';
import { MULTILINE_TEXT, ONE_LINE_TEXT, PLAIN_EMAIL } from '../safe.js';

/** The manifest format version this library reads. */
export const MANIFEST_VERSION = 1;

/**
 * The most items each list of a manifest may hold. Generous: far past what a real
 * organization writes, low enough that no list can freeze a page (200,000 "ask me about"
 * items took 8–13 s of one person's card and search index). Lenient validation keeps the
 * first items and leaves the rest out with one warning per list; strict refuses the manifest.
 * Documented in docs/manifest.md ("Limits").
 */
export const LIST_LIMITS = {
  /** `people`: a 50 MB manifest holds fewer. */
  people: 500_000,
  /** `departments`. */
  departments: 20_000,
  /** `topics`. */
  topics: 10_000,
  /** `profiles` of the organization, a department or a person. */
  profiles: 50,
  /** `organization.guidelines.rules`. */
  rules: 100,
  /** `topics[].keywords`. */
  keywords: 100,
  /** `topics[].departments` and `topics[].people`: the owners of one topic. */
  owners: 1_000,
  /** `people[].topics`. */
  personTopics: 100,
  /** `people[].askMeAbout`. */
  askMeAbout: 50,
  /** `people[].languages`. */
  languages: 30,
} as const;

const capped = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/**
 * The message of a text field holding control characters or bidi overrides. The lenient
 * validator recognizes it and cleans the text (with a warning) instead of leaving it out.
 */
export const CONTROL_CHARACTERS_MESSAGE = 'holds control characters or bidi overrides';

// Not trimmed (an overwrite per field costs ~10% of validation at 100,000 people): text is
// shown as text, where surrounding spaces do not show, and search folds them away.
const text = (max = 200) =>
  z
    .string()
    .check(
      z.regex(/\S/, { error: 'must not be empty' }),
      z.maxLength(max),
      z.regex(ONE_LINE_TEXT, { error: CONTROL_CHARACTERS_MESSAGE }),
    );
// Descriptions, instructions and disclaimers may hold paragraphs.
const longText = (max: number) =>
  z
    .string()
    .check(
      z.regex(/\S/, { error: 'must not be empty' }),
      z.maxLength(max),
      z.regex(MULTILINE_TEXT, { error: CONTROL_CHARACTERS_MESSAGE }),
    );
const textList = (limit: number, max = 200) => z._default(capped(text(max), limit), []);

const Id = z.string().check(
  z.regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,99}$/u, {
    error: 'ids are letters, digits, "-", "_" or "." (like "ellen-park"), at most 100 characters',
  }),
);
const IdList = (limit: number) => z._default(capped(Id, limit), []);

// The shape of an absolute http(s) URL with a host. A regex rather than the URL parser: this
// runs for every person's photo (the parser costs ~1 µs each), and every URL is still passed
// through safeUrl() where it is output. No `i` flag here or in any pattern: JSON Schema
// patterns have no flags, so the schema the CLI generates would disagree with zod.
const WebUrl = z.string().check(
  z.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/, {
    error: 'must be a full http(s) URL, like https://northwind.example/',
  }),
);

// One @, a dot in the domain, nothing a mailto: link would read as headers (?cc=…): see safe.ts.
const Email = z
  .string()
  .check(z.maxLength(254), z.regex(PLAIN_EMAIL, { error: 'is not an email address (like ellen@northwind.example)' }));

// Validating with Intl (rather than a list of our own) accepts exactly what the browser can
// format later. Results are cached: building a DateTimeFormat costs ~20 µs, 2 s per 100k people.
const timeZoneCache = new Map<string, boolean>();
function isTimeZone(zone: string): boolean {
  let valid = timeZoneCache.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    timeZoneCache.set(zone, valid);
  }
  return valid;
}

const languageCache = new Map<string, boolean>();
function isLanguageTag(tag: string): boolean {
  let valid = languageCache.get(tag);
  if (valid === undefined) {
    try {
      valid = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      valid = false;
    }
    languageCache.set(tag, valid);
  }
  return valid;
}

/** Who may see a person or topic: the intranet only (`internal`) or everyone (`public`). */
export const Audience = z.enum(['internal', 'public']);
/** Who may see a person or topic: the intranet only (`internal`) or everyone (`public`). */
export type Audience = z.infer<typeof Audience>;

/** The networks a profile can be on (see `NETWORKS` for their rules). */
export const NetworkIdSchema = z.enum(NETWORK_IDS);

/**
 * A social profile: a `handle` or a `url` on a network. Validation and normalization are one
 * step: the output always carries the canonical `url` and the display `handle`.
 */
export const Profile = z.pipe(
  z.object({
    network: NetworkIdSchema,
    handle: z.optional(z.string().check(z.maxLength(300))),
    url: z.optional(z.string().check(z.maxLength(2000))),
    label: z.optional(text(100)),
  }),
  z.transform((input, ctx) => {
    const resolved = resolveProfile(input.network, input);
    if (!resolved.ok) {
      ctx.issues.push({ code: 'custom', message: resolved.message, input, path: [resolved.field] });
      return z.NEVER;
    }
    return {
      network: input.network,
      handle: resolved.handle,
      url: resolved.url,
      ...(input.label === undefined ? {} : { label: input.label }),
    };
  }),
);
/** A validated profile with its canonical `url` (undefined only for legacy networks) and display `handle`. */
export type Profile = z.output<typeof Profile>;
/** A profile as written in a manifest. */
export type ProfileInput = z.input<typeof Profile>;

const Profiles = z._default(capped(Profile, LIST_LIMITS.profiles), []);

/** The fields of a person that an organization may allow on public pages. */
export const PersonField = z.enum([
  'pronouns',
  'title',
  'department',
  'email',
  'phone',
  'location',
  'timeZone',
  'photo',
  'profiles',
  'topics',
  'askMeAbout',
  'languages',
  'champion',
]);
/** A field of a person that may be listed in `organization.publicFields`. */
export type PersonField = z.infer<typeof PersonField>;

const flag = z.optional(z.boolean());
// The signature's default fields (SignatureFields in core/signature.ts): the same keys.
const SignatureFieldsSchema = z.object({
  pronouns: flag,
  title: flag,
  department: flag,
  email: flag,
  phone: flag,
  location: flag,
  // Which networks, in this order ([] for none); without it, all of them.
  profiles: z.optional(capped(NetworkIdSchema, NetworkIdSchema.options.length)),
  photo: flag,
  banner: flag,
  officialAccounts: flag,
  disclaimer: flag,
  guidelines: flag,
});
// Pixels as the signature shows the banner: mail is read in columns of about 600 px. A number
// rather than z.int() (~0.4 KB more in the standalone file): the signature rounds it down.
const BannerSide = z
  .number()
  .check(z.minimum(1, { error: 'must be 1 to 600 pixels' }), z.maximum(600, { error: 'must be 1 to 600 pixels' }));

/** The organization: its name, official accounts, social media guidelines and signature settings. */
export const Organization = z.object({
  name: text(),
  website: z.optional(WebUrl),
  logo: z.optional(WebUrl),
  email: z.optional(Email),
  profiles: Profiles,
  guidelines: z.optional(
    z.object({
      url: z.optional(WebUrl),
      rules: textList(LIST_LIMITS.rules, 500),
    }),
  ),
  signature: z.optional(
    z.object({
      brandColor: z.optional(
        z.string().check(z.regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, { error: 'must be a hex color like #1d4ed8' })),
      ),
      iconBaseUrl: z.optional(WebUrl),
      disclaimer: z.optional(longText(2000)),
      template: z.optional(z.enum(['compact', 'classic', 'brand'])),
      fields: z.optional(SignatureFieldsSchema),
      banner: z.optional(
        z.object({
          image: WebUrl,
          url: z.optional(WebUrl),
          alt: text(200),
          width: BannerSide,
          height: BannerSide,
        }),
      ),
    }),
  ),
  publicFields: z.optional(capped(PersonField, PersonField.options.length)),
});
/** The organization as validated. */
export type Organization = z.output<typeof Organization>;

/** A department: what it owns, how to reach it, and its official accounts. */
export const Department = z.object({
  id: Id,
  name: text(),
  description: z.optional(longText(2000)),
  email: z.optional(Email),
  profiles: Profiles,
  parent: z.optional(Id),
  /** The id of the person who leads it. */
  lead: z.optional(Id),
  /**
   * `public` or `internal`. When not given: public when it has a public person or owns a
   * public topic, internal otherwise (see `forAudience`).
   */
  visibility: z.optional(Audience),
});
/** A department as validated. */
export type Department = z.output<typeof Department>;

/** The channels a topic can prefer: any network, or email. */
export const Channel = z.enum([...NETWORK_IDS, 'email']);
/** A topic's preferred channel. */
export type Channel = z.infer<typeof Channel>;

/** Something people ask about, who owns it, and how to ask. */
export const Topic = z.object({
  id: Id,
  label: text(),
  keywords: textList(LIST_LIMITS.keywords),
  departments: IdList(LIST_LIMITS.owners),
  people: IdList(LIST_LIMITS.owners),
  channel: z.optional(Channel),
  instructions: z.optional(longText(1000)),
  audience: z._default(Audience, 'internal'),
});
/** A topic as validated. */
export type Topic = z.output<typeof Topic>;

/** A person and their social presence. Internal unless `visibility` is `public`. */
export const Person = z.object({
  id: Id,
  name: text(),
  pronouns: z.optional(text(40)),
  title: z.optional(text()),
  department: z.optional(Id),
  email: z.optional(Email),
  phone: z.optional(
    z
      .string()
      .check(z.regex(/^\+?[0-9][0-9 ()./-]{2,30}$/, { error: 'is not a phone number (like "+1 617 555 0100")' })),
  ),
  location: z.optional(text()),
  timeZone: z.optional(
    z.string().check(z.refine(isTimeZone, { error: 'is not an IANA time zone (like "Europe/Lisbon")' })),
  ),
  photo: z.optional(WebUrl),
  profiles: Profiles,
  topics: IdList(LIST_LIMITS.personTopics),
  askMeAbout: textList(LIST_LIMITS.askMeAbout),
  languages: z._default(
    capped(
      z.string().check(z.refine(isLanguageTag, { error: 'is not a language tag (like "en" or "pt-BR")' })),
      LIST_LIMITS.languages,
    ),
    [],
  ),
  champion: z._default(z.boolean(), false),
  visibility: z._default(Audience, 'internal'),
  /** The id of the person they report to. */
  manager: z.optional(Id),
  // The HR system's key for the person, so a re-import finds them when their email changes.
  // Internal: not a PersonField, so never on a public page.
  employeeNumber: z.optional(text(100)),
});
/** A person as validated. */
export type Person = z.output<typeof Person>;

/** A whole manifest, version 1. */
export const Manifest = z.object({
  version: z.literal(MANIFEST_VERSION),
  organization: Organization,
  departments: z._default(capped(Department, LIST_LIMITS.departments), []),
  topics: z._default(capped(Topic, LIST_LIMITS.topics), []),
  people: capped(Person, LIST_LIMITS.people),
});
/** A validated, normalized manifest. */
export type Manifest = z.output<typeof Manifest>;
/** A manifest as written in JSON, before validation. */
export type ManifestInput = z.input<typeof Manifest>;
