/**
 * The networks a profile can be on, and the one function that turns what a manifest editor
 * typed (a handle or a pasted link) into a canonical https URL and a display handle.
 *
 * Networks are rows of one table (host pattern, path pattern, handle pattern, URL template)
 * rather than one function each: the table ships in the browser bundle.
 * @module
 */

/** Every network id the manifest accepts. */
export const NETWORK_IDS = [
  'linkedin',
  'x',
  'mastodon',
  'bluesky',
  'threads',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'github',
  'gitlab',
  'stackoverflow',
  'medium',
  'substack',
  'dribbble',
  'behance',
  'twitch',
  'reddit',
  'telegram',
  'whatsapp',
  'discord',
  'skype',
  'website',
  'blog',
  'rss',
  'other',
] as const;

/** A network id: one of {@link NETWORK_IDS}. */
export type NetworkId = (typeof NETWORK_IDS)[number];

/** What the directory knows about a network, for forms and for labelling links. */
export interface Network {
  /** The network id, as written in a manifest. */
  readonly id: NetworkId;
  /** The network's name as people write it: `LinkedIn`, `X`, `Stack Overflow`, `Website`. */
  readonly label: string;
  /**
   * Whether a profile is a handle or a URL (`handle-or-url`), or only a URL (`url`: websites, blogs, feeds,
   * other links).
   */
  readonly takes: 'handle-or-url' | 'url';
  /** An example of what to type, shown in forms: `in/ellenpark or company/northwind-press`. */
  readonly handleHint: string;
  /** Set when the network still validates but should no longer be offered, and says why. */
  readonly legacy?: string;
}

/**
 * The outcome of {@link resolveProfile}: a canonical URL and a display handle, or the field
 * that is wrong and why, worded for the person editing the manifest.
 */
export type ProfileResolution =
  | {
      /** The handle or URL is valid. */
      readonly ok: true;
      /**
       * The canonical https URL. `undefined` only for a legacy Skype name, which has no web address: show the
       * handle as text.
       */
      readonly url: string | undefined;
      /** The handle to display: `@ellen`, `in/ellenpark`, `@ellen@mastodon.social`, `ellen.example/blog`. */
      readonly handle: string;
    }
  | {
      /** The handle or URL is not valid. */
      readonly ok: false;
      /** The input field the message is about. */
      readonly field: 'handle' | 'url';
      /** What is wrong, naming the network's rule. */
      readonly message: string;
    };

/** How one network's handles and URLs are read, checked and written back. */
interface Rule {
  /**
   * Hosts of the network, tested after `www.`, `m.` and `mobile.` are dropped. Group 1, when present, is a
   * handle living in the subdomain. No `host`: any host (Mastodon instances).
   */
  readonly host?: RegExp;
  /** Where the handle sits in `host/path` (group 1). Default: the only path segment, with or without `@`. */
  readonly path?: RegExp;
  /** A query parameter that holds the handle when the path does not. */
  readonly query?: string;
  /** Normalizes a handle (case, implied prefixes) before it is checked; `inUrl` when it was read from a link. */
  readonly fix?: (handle: string, inUrl: boolean) => string;
  /** The network's handle rule, tested on the whole normalized handle. */
  readonly re: RegExp;
  /** The rule in words. */
  readonly err: string | ((handle: string) => string);
  /** The canonical URL of a valid handle. */
  readonly to: (handle: string) => string | undefined;
  /** Prefix of the display handle. */
  readonly show?: string;
}

interface Row {
  readonly label: string;
  readonly hint: string;
  readonly legacy?: string;
  /** Absent for networks that take only a URL. */
  readonly rule?: Rule;
}

// A DNS hostname as RFC 1123 and the AT Protocol handle spec define it: at most 253 characters;
// labels of 1–63 letters, digits or hyphens, neither starting nor ending with a hyphen; at least
// two labels; the last (the TLD) not starting with a digit, which also rules out IP addresses.
const HOST = '(?=.{1,253}$)(?:[a-z\\d](?:[a-z\\d-]{0,61}[a-z\\d])?\\.)+[a-z](?:[a-z\\d-]{0,61}[a-z\\d])?';
const HOST_RE = new RegExp(`^${HOST}$`, 'i');

// Most networks put the profile in the first and only path segment: anything longer
// (x.com/ellen/status/1, instagram.com/p/abc) is a post, not a profile.
const SEGMENT = /^[^/]+\/@?([^/]+)$/;
// Where a profile is marked by `@`, later segments (tabs, posts) still name the profile.
const AT_SEGMENT = /^[^/]+\/@([^/]+)/;
// Instagram Help: "Usernames can only use letters, numbers, underscores and periods", 30 at most;
// a period may not start or end one, nor follow another. Threads accounts are Instagram accounts.
const INSTAGRAM = /^(?!\.)(?!.*\.\.)(?!.*\.$)[\w.]{1,30}$/;
const ARTWORK = /^[\w-]{2,40}$/;

const lower = (handle: string): string => handle.toLowerCase();

const TABLE: { readonly [K in NetworkId]: Row } = {
  linkedin: {
    label: 'LinkedIn',
    hint: 'in/ellenpark or company/northwind-press',
    rule: {
      // Country subdomains (uk.linkedin.com) serve the same public profiles.
      host: /^(?:[a-z]{2}\.)?linkedin\.com$/,
      path: /^[^/]+\/((?:in|company)\/[^/]+)/,
      // A bare name is a personal profile, the common case.
      fix: (h) => (h.includes('/') ? h : `in/${h}`),
      // LinkedIn Help: a custom profile URL has 3–100 letters or numbers (generated ones add
      // hyphens, and letters may be non-Latin). Company pages as short as `company/hp` exist.
      re: /^(?:in\/[\p{L}\p{N}_-]{3,100}|company\/[\p{L}\p{N}_-]{2,100})$/u,
      err: 'LinkedIn profiles look like in/ellenpark or company/northwind-press (letters, digits or -)',
      to: (h) => `https://www.linkedin.com/${h}`,
    },
  },
  x: {
    label: 'X',
    hint: '@ellenpark',
    rule: {
      host: /^(?:x|twitter)\.com$/,
      // X Help: usernames are at most 15 characters, letters A–Z, digits 0–9 and underscores.
      re: /^\w{1,15}$/,
      err: 'X handles are 1–15 letters, digits or _',
      to: (h) => `https://x.com/${h}`,
      show: '@',
    },
  },
  mastodon: {
    label: 'Mastodon',
    hint: '@ellen@mastodon.social',
    rule: {
      path: AT_SEGMENT,
      // Instance names are case-insensitive hostnames; the user part keeps its case.
      fix: (h) => h.replace(/@.*/, lower),
      // Mastodon's Account::USERNAME_RE and its 30-character limit for usernames, then an instance hostname.
      re: new RegExp(`^(?=[^@]{1,30}@)[a-z\\d_]+(?:[.-]+[a-z\\d_]+)*@${HOST}$`, 'i'),
      err: 'Mastodon handles look like @user@instance.social',
      to: (h) => h.replace(/^(.*)@(.*)$/, 'https://$2/@$1'),
      show: '@',
    },
  },
  bluesky: {
    label: 'Bluesky',
    hint: 'ellen.bsky.social',
    rule: {
      host: /^bsky\.app$/,
      path: /^[^/]+\/profile\/([^/]+)/,
      fix: lower,
      // AT Protocol: a handle is a hostname, minus TLDs the spec disallows; an account can also
      // be named by its DID, and Bluesky supports the did:plc (24 base32 characters) and did:web methods.
      re: new RegExp(
        `^(?:did:plc:[a-z2-7]{24}|did:web:${HOST}|(?!.*\\.(?:alt|arpa|example|internal|invalid|local|localhost|onion)$)${HOST})$`,
        'i',
      ),
      err: (h) =>
        /^[a-z\d-]+$/.test(h)
          ? `Bluesky handles are full domain names: did you mean ${h}.bsky.social?`
          : 'Bluesky handles are domain names such as ellen.bsky.social, or a did:plc: or did:web: identifier',
      to: (h) => `https://bsky.app/profile/${h}`,
      show: '@',
    },
  },
  threads: {
    label: 'Threads',
    hint: '@ellenpark',
    rule: {
      host: /^threads\.(?:com|net)$/,
      path: AT_SEGMENT,
      fix: lower,
      re: INSTAGRAM,
      err: 'Threads usernames are your Instagram username: 1–30 letters, digits, . or _',
      to: (h) => `https://www.threads.com/@${h}`,
      show: '@',
    },
  },
  facebook: {
    label: 'Facebook',
    hint: 'ellen.park',
    rule: {
      host: /^(?:facebook|fb)\.com$/,
      // People without a username have profile.php?id=<number>; facebook.com/<number> is the same page.
      path: /^[^/]+\/(?!profile\.php$)([^/]+)$/,
      query: 'id',
      // Facebook Help: usernames contain only letters, digits and periods, at least 5 characters.
      re: /^[a-z\d.]{5,50}$/i,
      err: 'Facebook usernames are at least 5 letters, digits or . (or the number of a profile.php?id= link)',
      to: (h) => `https://www.facebook.com/${h}`,
    },
  },
  instagram: {
    label: 'Instagram',
    hint: '@ellenpark',
    rule: {
      host: /^(?:instagram\.com|instagr\.am)$/,
      fix: lower,
      re: INSTAGRAM,
      err: 'Instagram usernames are 1–30 letters, digits, . or _',
      to: (h) => `https://www.instagram.com/${h}`,
      show: '@',
    },
  },
  youtube: {
    label: 'YouTube',
    hint: '@ellenpark',
    rule: {
      host: /^youtube\.com$/,
      path: /^[^/]+\/(@[^/]+|(?:channel|c|user)\/[^/]+)/,
      // Since 2022 every channel has an @handle; older links name a channel id, custom URL or user.
      fix: (h) => (h.includes('/') ? h : `@${h}`),
      // YouTube Help: handles are 3–30 characters: letters and digits (in many scripts), _, - and .
      // Channel ids are UC plus 22 base64url characters.
      re: /^(?:@[\p{L}\p{N}_.-]{3,30}|channel\/UC[\w-]{22}|(?:c|user)\/[\p{L}\p{N}_.-]{1,100})$/u,
      err: 'YouTube handles are 3–30 letters, digits, _, - or . (like @ellenpark), or a channel/UC…, c/… or user/… link',
      to: (h) => `https://www.youtube.com/${h}`,
    },
  },
  tiktok: {
    label: 'TikTok',
    hint: '@ellenpark',
    rule: {
      host: /^tiktok\.com$/,
      path: AT_SEGMENT,
      fix: lower,
      // TikTok Help: 2–24 letters, numbers, underscores and periods, not ending with a period.
      re: /^(?!.*\.$)[\w.]{2,24}$/,
      err: 'TikTok usernames are 2–24 letters, digits, _ or ., not ending with .',
      to: (h) => `https://www.tiktok.com/@${h}`,
      show: '@',
    },
  },
  github: {
    label: 'GitHub',
    hint: 'ellenpark',
    rule: {
      host: /^github\.com$/,
      // GitHub's sign-up rule: at most 39 alphanumerics or single hyphens, no hyphen at either end.
      re: /^(?=.{1,39}$)[a-z\d](?:-?[a-z\d])*$/i,
      err: 'GitHub usernames are 1–39 letters, digits or single hyphens, not starting or ending with -',
      to: (h) => `https://github.com/${h}`,
    },
  },
  gitlab: {
    label: 'GitLab',
    hint: 'ellenpark',
    rule: {
      host: /^gitlab\.com$/,
      // GitLab docs: letters, digits, _, - and .; starts and ends with a letter or digit; no two
      // special characters in a row; must not end in .git or .atom.
      re: /^(?=.{2,255}$)[a-z\d](?:[._-]?[a-z\d])*(?<!\.git|\.atom)$/i,
      err: 'GitLab usernames are 2–255 letters, digits, _, - or ., starting and ending with a letter or digit',
      to: (h) => `https://gitlab.com/${h}`,
    },
  },
  stackoverflow: {
    label: 'Stack Overflow',
    hint: '1234567/ellen-park',
    rule: {
      host: /^stackoverflow\.com$/,
      // The number identifies the user; the slug after it is cosmetic (stackoverflow.com/u/<id> is the share link).
      path: /^[^/]+\/u(?:sers)?\/([^/]+(?:\/[^/]+)?)/,
      re: /^[1-9]\d{0,9}(?:\/[a-z\d-]{1,100})?$/i,
      err: 'Stack Overflow profiles are a user number, like 1234567 or 1234567/ellen-park',
      to: (h) => `https://stackoverflow.com/users/${h}`,
    },
  },
  medium: {
    label: 'Medium',
    hint: '@ellenpark',
    rule: {
      // Members may move their profile to a subdomain (ellen.medium.com): that address is kept.
      host: /^(?:([\w-]+)\.)?medium\.com$/,
      path: AT_SEGMENT,
      re: /^[\w.-]{1,30}$/,
      err: 'Medium usernames are 1–30 letters, digits, _, - or . (like @ellenpark)',
      to: (h) => `https://medium.com/@${h}`,
      show: '@',
    },
  },
  substack: {
    label: 'Substack',
    hint: 'ellenpark',
    rule: {
      // A publication is its subdomain; substack.com/@name is a reader profile, a different page.
      host: /^(?:([\w-]+)\.)?substack\.com$/,
      path: /(?!)/,
      fix: lower,
      // The publication name is a DNS label: 1–63 letters, digits or hyphens, no hyphen at either end.
      re: /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?$/,
      err: 'Substack names are the part before .substack.com: letters, digits or -',
      to: (h) => `https://${h}.substack.com/`,
    },
  },
  dribbble: {
    label: 'Dribbble',
    hint: 'ellenpark',
    rule: {
      host: /^dribbble\.com$/,
      re: ARTWORK,
      err: 'Dribbble usernames are 2–40 letters, digits, _ or -',
      to: (h) => `https://dribbble.com/${h}`,
    },
  },
  behance: {
    label: 'Behance',
    hint: 'ellenpark',
    rule: {
      host: /^behance\.net$/,
      re: ARTWORK,
      err: 'Behance usernames are 2–40 letters, digits, _ or -',
      to: (h) => `https://www.behance.net/${h}`,
    },
  },
  twitch: {
    label: 'Twitch',
    hint: 'ellenpark',
    rule: {
      host: /^twitch\.tv$/,
      fix: lower,
      // Twitch: 4–25 letters, digits and underscores, not starting with an underscore.
      re: /^[a-z\d]\w{3,24}$/,
      err: 'Twitch usernames are 4–25 letters, digits or _',
      to: (h) => `https://www.twitch.tv/${h}`,
    },
  },
  reddit: {
    label: 'Reddit',
    hint: 'u/ellenpark',
    rule: {
      host: /^(?:old\.|new\.)?reddit\.com$/,
      path: /^[^/]+\/u(?:ser)?\/([^/]+)/,
      // Redditors write themselves as u/name or /u/name.
      fix: (h) => h.replace(/^\/?u(?:ser)?\//i, ''),
      // Reddit sign-up: 3–20 characters, letters, digits, - and _.
      re: /^[\w-]{3,20}$/,
      err: 'Reddit usernames are 3–20 letters, digits, - or _',
      to: (h) => `https://www.reddit.com/user/${h}`,
      show: 'u/',
    },
  },
  telegram: {
    label: 'Telegram',
    hint: '@ellenpark',
    rule: {
      host: /^(?:t\.me|telegram\.(?:me|dog))$/,
      // Telegram: a-z, 0-9 and underscores, 5–32 characters, starting with a letter.
      re: /^[a-z]\w{4,31}$/i,
      err: 'Telegram usernames are 5–32 letters, digits or _, starting with a letter',
      to: (h) => `https://t.me/${h}`,
      show: '@',
    },
  },
  whatsapp: {
    label: 'WhatsApp',
    hint: '+1 617 555 0100',
    rule: {
      host: /^(?:wa\.me|(?:api\.)?whatsapp\.com)$/,
      path: /^[^/]+\/\+?(\d+)$/,
      query: 'phone',
      // WhatsApp click-to-chat takes the full number in international format. A typed number must
      // say so with + (or 00): without it, 617 555 0100 would silently become a number in
      // Australia (+61). Links carry international numbers without the +.
      fix: (h, inUrl) => {
        const digits = h.replace(/[\s().-]/g, '');
        return inUrl ? digits.replace(/^\+?/, '+') : digits.replace(/^00/, '+');
      },
      // E.164: at most 15 digits, and country codes do not start with 0.
      re: /^\+[1-9]\d{6,14}$/,
      err: 'WhatsApp takes a phone number in international format, starting with +, like +1 617 555 0100',
      to: (h) => `https://wa.me/${h.slice(1)}`,
    },
  },
  discord: {
    label: 'Discord',
    hint: 'discord.gg/northwind',
    rule: {
      host: /^(?:discord\.gg|discord(?:app)?\.com)$/,
      // discord.gg/<code> and discord.com/invite/<code>; other discord.com pages are not invites.
      path: /^(?:discord\.gg|[^/]+\/invite)\/([^/]+)$/,
      re: /^[\w-]{2,32}$/,
      err: 'Discord takes a server invite such as discord.gg/northwind',
      to: (h) => `https://discord.gg/${h}`,
      show: 'discord.gg/',
    },
  },
  skype: {
    label: 'Skype',
    hint: 'ellen.park',
    legacy: 'Skype closed in May 2025; Microsoft Teams replaced it',
    rule: {
      host: /^join\.skype\.com$/,
      path: /^[^/]+\/(invite\/[^/]+)$/,
      // Skype Names: 6–32 characters starting with a letter, then letters, digits, . , - or _;
      // Microsoft-account ids look like live:name.
      re: /^(?:invite\/[\w-]{4,40}|live:[\w.-]{1,60}|[a-z][\w.,-]{5,31})$/i,
      err: 'Skype names are 6–32 letters, digits or . , - _, starting with a letter',
      // A Skype Name never had a web address (only skype: links, which are not https): it is shown as text.
      to: (h) => (h.startsWith('invite/') ? `https://join.skype.com/${h}` : undefined),
    },
  },
  website: { label: 'Website', hint: 'https://ellen.example' },
  blog: { label: 'Blog', hint: 'https://ellen.example/blog' },
  rss: { label: 'RSS feed', hint: 'https://ellen.example/feed.xml' },
  other: { label: 'Other', hint: 'https://ellen.example/talks' },
};

/** The networks, by id, in the order of {@link NETWORK_IDS}. */
export const NETWORKS: Readonly<Record<NetworkId, Network>> = Object.freeze(
  Object.fromEntries(
    NETWORK_IDS.map((id) => {
      const { label, hint, legacy, rule } = TABLE[id];
      const network: Network = {
        id,
        label,
        takes: rule ? 'handle-or-url' : 'url',
        handleHint: hint,
        ...(legacy && { legacy }),
      };
      return [id, Object.freeze(network)];
    }),
  ) as Record<NetworkId, Network>,
);

/** Whether `value` is a {@link NetworkId}. */
export function isNetworkId(value: string): value is NetworkId {
  return Object.hasOwn(TABLE, value);
}

/**
 * Parses a link, adding `https://` when the scheme is left out (`x.com/ellen`, `ellen.example:8080`).
 * Only http(s) links without credentials pass: `javascript:`, `data:` and `https://x.com@evil.example` do not.
 */
function parseUrl(raw: string): URL | undefined {
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:(?!\d)/i.test(raw) ? raw : `https://${raw}`);
    return /^https?:$/.test(url.protocol) && !url.username && !url.password ? url : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * Validates a handle or URL for a network and returns its canonical https URL and display handle.
 *
 * A URL must be on the network's host (any host for Mastodon, whose instances are anyone's
 * servers); http becomes https, and for social networks query strings and fragments are dropped.
 * When both are given the URL wins, and the display handle comes from it. A link typed into the
 * handle field is read as a link.
 *
 * @example
 * resolveProfile('x', { handle: '@ellen' })
 * // { ok: true, url: 'https://x.com/ellen', handle: '@ellen' }
 * resolveProfile('linkedin', { url: 'linkedin.com/in/ellenpark/' })
 * // { ok: true, url: 'https://www.linkedin.com/in/ellenpark', handle: 'in/ellenpark' }
 * resolveProfile('github', { url: 'https://gitlab.com/ellen' })
 * // { ok: false, field: 'url', message: 'this is not a GitHub URL (host gitlab.com)' }
 */
export function resolveProfile(
  network: NetworkId,
  input: { readonly handle?: string; readonly url?: string },
): ProfileResolution {
  const { label, rule } = TABLE[network];
  const fromUrl = text(input.url);
  const raw = fromUrl || text(input.handle);
  const field = fromUrl ? 'url' : 'handle';
  const fail = (message: string): ProfileResolution => ({ ok: false, field, message });
  if (!raw) return fail('give a handle or a url');
  // A handle field holding a link is read as a link: an explicit scheme, a host of the network,
  // or (Mastodon, whose hosts are anyone's) a path. Deciding that before parsing keeps the URL
  // parser, the costliest step when loading 100,000 people, away from plain handles.
  const linkLike =
    fromUrl ||
    !rule ||
    /^[a-z][a-z\d+.-]*:\/\//i.test(raw) ||
    (rule.host
      ? rule.host.test((raw.split('/')[0] as string).toLowerCase().replace(/^(?:www|m|mobile)\./, ''))
      : raw.includes('/'));
  const url = linkLike ? parseUrl(raw) : undefined;

  if (!rule) {
    // Any http(s) page on a public hostname (so not localhost or a bare word); it is kept whole.
    if (!url || !HOST_RE.test(url.hostname)) return fail(`${network} takes a URL such as https://ellen.example`);
    url.protocol = 'https:';
    return { ok: true, url: url.href, handle: (url.host + url.pathname).replace(/\/+$/, '') };
  }

  const notA = (what: string) => fail(`this is not ${/^[IX]/.test(label) ? 'an' : 'a'} ${label} ${what}`);
  const fullHost = url?.hostname.replace(/\.$/, '') ?? '';
  const host = fullHost.replace(/^(?:www|m|mobile)\./, '');
  let handle: string | null | undefined = raw;
  let subdomain: string | undefined;
  let inUrl = false;
  if (linkLike) {
    if (!url) return notA('URL');
    inUrl = true;
    const match = rule.host ? rule.host.exec(host) : [];
    if (!match) return notA(`URL (host ${url.hostname})`);
    subdomain = match[1];
    let path = url.pathname;
    try {
      path = decodeURI(path);
    } catch {
      // Malformed percent-encoding: the raw path then fails the handle rule.
    }
    handle =
      subdomain ??
      (rule.path ?? SEGMENT).exec(host + path.replace(/\/+$/, ''))?.[1] ??
      (rule.query && url.searchParams.get(rule.query));
    if (!handle) return notA('profile URL');
    // mastodon.social/@ellen is ellen of mastodon.social; mastodon.social/@ellen@fosstodon.org is a remote account.
    if (!rule.host && !handle.includes('@')) handle += `@${fullHost}`;
  }

  handle = handle.replace(/^@/, '');
  if (rule.fix) handle = rule.fix(handle, inUrl);
  if (!rule.re.test(handle)) return fail(typeof rule.err === 'string' ? rule.err : rule.err(handle));
  const target = subdomain ? `https://${host}/` : rule.to(handle);
  return {
    ok: true,
    // The URL parser percent-encodes what needs it (non-Latin LinkedIn or YouTube names);
    // printable ASCII from the templates is already canonical.
    url: target && (/^[!-~]*$/.test(target) && !/\/\.\.?(?:[/?#]|$)/.test(target) ? target : new URL(target).href),
    // A Bluesky DID is shown as is: "@did:plc:…" would read as a handle.
    handle: handle.startsWith('did:') ? handle : (rule.show ?? '') + handle,
  };
}
