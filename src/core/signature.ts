/**
 * Email signatures: HTML that survives Gmail, Outlook (desktop's Word engine, web), Apple Mail
 * and mobile apps, plus a plain-text version. Pure strings, no DOM: the element, the CLI and a
 * server can all produce the same signature.
 *
 * The HTML is safe by construction: it is assembled from a fixed set of tags (`table tbody tr
 * td a img span strong br`) and attributes (docs/signature.md lists them), every field goes
 * through `escapeHtml` and every URL through `safeUrl`; style values never hold manifest text.
 * @module
 */
import type { Organization, Person, Profile } from './manifest/schema.js';
import { accentColor } from './color.js';
import { NETWORKS, type NetworkId } from './networks.js';
import { escapeHtml, mailtoUrl, safeUrl, telUri } from './safe.js';
import { oneLine } from './text.js';

export {
  applyDraft,
  draftOf,
  draftProblems,
  isValidPhone,
  resolveDraftProfile,
  type ApplyDraftOptions,
  type DraftProblems,
  type PersonDraft,
  type ProfileDraft,
} from './draft.js';

/**
 * The signature layouts: `compact` (text links only), `classic` (social icons), `brand` (logo, photo, brand
 * color bar).
 */
export type SignatureTemplate = 'compact' | 'classic' | 'brand';

/** Gmail refuses signatures longer than 10,000 characters of HTML. */
export const GMAIL_SIGNATURE_LIMIT = 10_000;

/**
 * Which parts of the person and the organization appear. Every field defaults to `true`; a
 * field the template cannot show (a photo in `compact`) is ignored. Fields without data are
 * left out silently.
 */
export interface SignatureFields {
  /** The person's pronouns, after the name. */
  pronouns?: boolean;
  /** The job title. */
  title?: boolean;
  /** The department's name (pass the department in {@link SignatureOptions.department}). */
  department?: boolean;
  /** The email address, as a `mailto:` link. */
  email?: boolean;
  /** The phone number, as a `tel:` link. */
  phone?: boolean;
  /** The location, as text. */
  location?: boolean;
  /** The person's profiles: all (`true`), none, or only these networks, in this order. */
  profiles?: boolean | readonly NetworkId[];
  /** The person's photo (`brand` only). */
  photo?: boolean;
  /** The organization's banner (`organization.signature.banner`; `classic` and `brand`). */
  banner?: boolean;
  /** The organization's own accounts (`organization.profiles`). */
  officialAccounts?: boolean;
  /** The organization's signature disclaimer. */
  disclaimer?: boolean;
  /** A link to the organization's social media guidelines. */
  guidelines?: boolean;
}

/** Options of {@link renderSignature}. */
export interface SignatureOptions {
  /** The layout; default: the manifest's `organization.signature.template`, else `classic`. */
  template?: SignatureTemplate;
  /** Which fields appear, over the manifest's `organization.signature.fields`; every field defaults to `true`. */
  fields?: SignatureFields;
  /**
   * Where the social icons are hosted, instead of the manifest's `organization.signature.iconBaseUrl`:
   * a page that previews signatures with icons it serves itself. https; `http://localhost` (or
   * 127.0.0.1) is accepted for a preview on one's own computer, with a `local-image` warning.
   */
  iconBaseUrl?: string;
  /** The person's department (`directory.department(person.department)`): the manifest stores only its id. */
  department?: { readonly name: string };
  /** Social icons' displayed size in CSS pixels (the hosted PNGs are twice that); default 20. */
  iconSize?: 16 | 20;
  /**
   * The logo's displayed size in CSS pixels (`brand`); default 120 × 32. Give the logo's real aspect ratio:
   * Outlook stretches images to these attributes.
   */
  logoSize?: { readonly width: number; readonly height: number };
  /** Text for the guidelines link; default `Social media guidelines`. */
  guidelinesLabel?: string;
  /**
   * Starts the plain-text version with the `-- ` separator line (RFC 3676 §4.3); default `false`, as most
   * clients add their own.
   */
  separator?: boolean;
}

/** Something the author of a signature should know; the signature is still usable. */
export interface SignatureWarning {
  /**
   * `too-long`: over Gmail's limit; `unsafe-url`: a link or image was left out; `legacy-network`:
   * a closed network was left out; `local-image`: the icons come from this computer (an
   * `iconBaseUrl` on localhost) and would not load for anyone else.
   */
  readonly code: 'too-long' | 'unsafe-url' | 'legacy-network' | 'local-image';
  /** What happened, in English. */
  readonly message: string;
}

/** What {@link renderSignature} returns. */
export interface Signature {
  /** Email-safe HTML, to paste into the client's signature settings. */
  readonly html: string;
  /** The plain-text signature, lines separated by `\n`. */
  readonly text: string;
  /** `html.length`, what Gmail counts against its 10,000-character limit. */
  readonly length: number;
  /** Problems worth showing to the person; empty when there are none. */
  readonly warnings: readonly SignatureWarning[];
}

// A gray with ~4.6:1 contrast on both white and black (relative luminance 0.18): secondary
// text stays readable whether or not a client inverts for dark mode, and we never set a
// background, so there is none for a client's inversion to clash with.
const GRAY = '#767676';
const FONT = 'font-family:Arial,Helvetica,sans-serif;line-height:1.4;font-size:';
const TABLE = '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse">';

// A preview on one's own computer (the demo, a local build) serves its icons from a loopback host.
const LOOPBACK = /^http:\/\/(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?\//;
// Mail is read in columns of about 600 px; the schema says the same of the banner.
const side = (n: number) => Math.min(600, Math.max(1, n | 0));

// Single-line fields: a newline or tab in a name would break a line of the layout or the text.
const line = oneLine;

/**
 * Renders a person's email signature as email-safe HTML and plain text.
 *
 * @example
 * const department = directory.department(person.department);
 * const { html, text, warnings } = renderSignature(person, manifest.organization, { template: 'brand', department });
 */
export function renderSignature(person: Person, organization: Organization, options: SignatureOptions = {}): Signature {
  const settings = organization.signature ?? {};
  const { template = settings.template ?? 'classic', iconSize } = options;
  const fields: SignatureFields = { ...settings.fields, ...options.fields };
  const want = (field: keyof SignatureFields): boolean => fields[field] !== false;
  const warnings: SignatureWarning[] = [];
  const warn = (code: SignatureWarning['code'], message: string) => warnings.push({ code, message });
  const accent = accentColor(settings.brandColor);
  const size = iconSize === 16 ? 16 : 20;
  const brand = template === 'brand';
  const text: string[] = options.separator ? ['-- '] : [];
  const lines: string[] = [];

  /**
   * The escaped, allowed URL, or undefined with a warning. Images must be https: mail clients block or proxy
   * others, and no image beats a broken one.
   */
  const safe = (url: string | undefined, what: string, image?: boolean): string | undefined => {
    const href = safeUrl(url);
    if (href && (!image || href.startsWith('https:'))) return escapeHtml(href);
    if (url) warn('unsafe-url', `${what} left out: ${url.slice(0, 80)} is not an allowed ${image ? 'https ' : ''}URL`);
  };
  const img = (src: string, width: number, height: number, alt: string, style = '') =>
    `<img src="${src}" width="${width}" height="${height}" alt="${escapeHtml(alt)}" border="0" style="display:block${style}">`;
  // Outlook and Gmail paint links their own blue unless the link itself carries a color.
  const link = (label: string, url: string | undefined, style = '') => {
    const href = safe(url, `The link of "${label}"`);
    return href
      ? `<a href="${href}" style="color:${accent};text-decoration:none${style}">${escapeHtml(label)}</a>`
      : escapeHtml(label);
  };
  const gray = (html: string) => `<span style="color:${GRAY}">${html}</span>`;
  const sep = gray(' | ');
  const iconBaseUrl = (options.iconBaseUrl ?? settings.iconBaseUrl)?.replace(/\/?$/, '/');
  let iconBase: string | undefined;
  if (template !== 'compact' && iconBaseUrl) {
    if (options.iconBaseUrl && LOOPBACK.test(iconBaseUrl) && safeUrl(iconBaseUrl)) {
      iconBase = escapeHtml(iconBaseUrl);
      warn(
        'local-image',
        `Social icons from ${iconBaseUrl.slice(0, 80)} load only on this computer: host them over https to send this signature`,
      );
    } else iconBase = safe(iconBaseUrl, 'Social icons', true);
  }

  /** Profiles as icons (hosted 2× PNGs) or, without an icon host, as text links; adds their text lines. */
  const profileLinks = (profiles: readonly Profile[], owner = ''): string => {
    const links: string[] = [];
    let icons = '';
    for (const profile of profiles) {
      const network = NETWORKS[profile.network];
      if (network.legacy) {
        warn('legacy-network', `${network.label} left out: ${network.legacy}`);
        continue;
      }
      const label = line(profile.label) || network.label;
      const href = safeUrl(profile.url);
      text.push(`${owner}${label}: ${href ?? line(profile.handle)}`);
      if (iconBase && href) {
        icons += `<td style="padding:4px 6px 0 0"><a href="${escapeHtml(href)}">${img(`${iconBase}${network.id}.png`, size, size, label)}</a></td>`;
      } else links.push(link(label, profile.url));
    }
    return (icons && `${TABLE}<tr>${icons}</tr></table>`) + links.join(sep);
  };

  const name = line(person.name);
  const pronouns = want('pronouns') ? line(person.pronouns) : '';
  const role = [want('title') && line(person.title), want('department') && line(options.department?.name)]
    .filter(Boolean)
    .join(', ');
  const org = line(organization.name);
  const orgLink = org && link(org, organization.website, ';font-weight:bold');
  const heading = [
    `<strong style="font-size:15px">${escapeHtml(name)}</strong>${pronouns && ' ' + gray(`(${escapeHtml(pronouns)})`)}`,
    role && gray(escapeHtml(role)),
    !brand && orgLink,
  ];
  // compact: one line for who; the others: one line each.
  lines.push(...(template === 'compact' ? [heading.filter(Boolean).join(sep)] : (heading.filter(Boolean) as string[])));
  text.push(name + (pronouns && ` (${pronouns})`), role, org);

  const [email = '', phone = '', location = ''] = (['email', 'phone', 'location'] as const).map((f) =>
    want(f) ? line(person[f]) : '',
  );
  const contacts = [
    email && link(email, mailtoUrl(email)),
    phone && link(phone, telUri(phone)),
    location && escapeHtml(location),
  ];
  lines.push(contacts.filter(Boolean).join(sep));
  text.push(email, phone, location);

  const chosen = fields.profiles;
  lines.push(
    profileLinks(
      Array.isArray(chosen)
        ? chosen.flatMap((id) => person.profiles.filter((p) => p.network === id))
        : chosen === false
          ? []
          : person.profiles,
    ),
  );

  if (brand) {
    const { width = 120, height = 32 } = options.logoSize ?? {};
    const src = safe(organization.logo, 'The logo', true);
    const href = safe(organization.website, 'The website');
    const logo = src && img(src, Math.max(1, width | 0), Math.max(1, height | 0), org);
    lines.push(logo ? (href ? `<a href="${href}">${logo}</a>` : logo) : orgLink);
  }
  if (want('officialAccounts')) {
    const official = profileLinks(organization.profiles, org && `${org} `);
    lines.push(official && (iconBase ? official : `${gray(escapeHtml(org))} ${official}`));
  }

  // One row per line rather than <br>: Outlook's Word engine keeps row padding but collapses
  // or doubles the space around a <br> next to a nested table. Every cell repeats the font:
  // Outlook does not inherit it into nested tables.
  const cell = (html: string, style = '13px') => (html ? `<tr><td style="${FONT}${style}">${html}</td></tr>` : '');
  let main = `${TABLE}${lines.map((l) => cell(l)).join('')}</table>`;
  if (brand) {
    const photo = want('photo') && safe(person.photo, 'The photo', true);
    // The color bar is a cell border, not a background: backgrounds are what dark-mode
    // inversion rewrites, and Outlook ignores CSS margins but keeps borders and padding.
    main = `${TABLE}<tr>${photo ? `<td valign="top" style="padding:0 12px 0 0">${img(photo, 64, 64, name, ';border-radius:50%')}</td>` : ''}<td valign="top" style="border-left:3px solid ${accent};padding:0 0 0 12px">${main}</td></tr></table>`;
  }

  const banner = template !== 'compact' && want('banner') ? settings.banner : undefined;
  const bannerSrc = banner && safe(banner.image, 'The banner', true);
  const bannerHref = banner && safe(banner.url, 'The banner link');
  const bannerImg =
    banner && bannerSrc ? img(bannerSrc, side(banner.width), side(banner.height), line(banner.alt)) : '';
  if (bannerImg && bannerHref) text.push(`${line(banner!.alt)}: ${safeUrl(banner!.url)}`);

  const disclaimer = want('disclaimer') ? (settings.disclaimer ?? '').trim() : '';
  const guidelines = want('guidelines') ? organization.guidelines?.url : undefined;
  const label = options.guidelinesLabel ?? 'Social media guidelines';
  const html =
    TABLE +
    cell(main) +
    cell(bannerImg && bannerHref ? `<a href="${bannerHref}">${bannerImg}</a>` : bannerImg, '13px;padding-top:8px') +
    cell(disclaimer && gray(escapeHtml(disclaimer).replace(/\r\n?|\n/g, '<br>')), '11px;padding-top:8px') +
    cell(guidelines ? link(label, guidelines) : '', '11px;padding-top:4px') +
    '</table>';
  if (disclaimer) text.push(`\n${disclaimer}`);
  if (guidelines) text.push(`${label}: ${safeUrl(guidelines) ?? ''}`);
  if (html.length > GMAIL_SIGNATURE_LIMIT)
    warn('too-long', `${html.length} characters of HTML; Gmail accepts ${GMAIL_SIGNATURE_LIMIT}`);
  return { html, text: text.filter(Boolean).join('\n'), length: html.length, warnings };
}

/**
 * The signature as a file of its own (`<name> signature.html`): for clients that import a file
 * (Outlook classic's signatures folder, Apple Mail) or for sending to IT. The title is escaped.
 */
export function signatureDocument(signature: Pick<Signature, 'html'>, title: string): string {
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n${signature.html}\n</body></html>\n`;
}
