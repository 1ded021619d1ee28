/**
 * The network glyphs as the elements draw them: `d=${glyph(network, this)}` in an SVG path. A page
 * fetches the brand glyphs it shows, one small module each, when a profile on that network is
 * first drawn, instead of all 21 with the links; until one arrives its place shows a neutral
 * ring of the same size, so nothing moves when the glyph replaces it. Our own glyphs travel
 * inline. What must draw every glyph at once (the server render, the package entry and so the
 * standalone file) hands them over with {@link provideGlyphs}.
 * @module
 */
import type { ReactiveControllerHost } from 'lit';
import type { NetworkId } from '../core/index.js';
import { NEUTRAL_GLYPHS } from './glyphs/neutral.js';
import { afterPaint } from './internal/on-demand.js';

/** Drawn while a brand glyph loads, or when it could not: a ring in the glyph's 24×24 box. */
export const PENDING_GLYPH = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 2a7 7 0 1 1 0 14 7 7 0 0 1 0-14Z';

type BrandNetwork = Exclude<NetworkId, keyof typeof NEUTRAL_GLYPHS>;

// One import per glyph: a bundler can cut each into a file of its own only from a literal path.
const BRAND_GLYPHS: Readonly<Record<BrandNetwork, () => Promise<{ default: string }>>> = {
  x: () => import('./glyphs/x.js'),
  mastodon: () => import('./glyphs/mastodon.js'),
  bluesky: () => import('./glyphs/bluesky.js'),
  threads: () => import('./glyphs/threads.js'),
  facebook: () => import('./glyphs/facebook.js'),
  instagram: () => import('./glyphs/instagram.js'),
  youtube: () => import('./glyphs/youtube.js'),
  tiktok: () => import('./glyphs/tiktok.js'),
  github: () => import('./glyphs/github.js'),
  gitlab: () => import('./glyphs/gitlab.js'),
  stackoverflow: () => import('./glyphs/stackoverflow.js'),
  medium: () => import('./glyphs/medium.js'),
  substack: () => import('./glyphs/substack.js'),
  dribbble: () => import('./glyphs/dribbble.js'),
  behance: () => import('./glyphs/behance.js'),
  twitch: () => import('./glyphs/twitch.js'),
  reddit: () => import('./glyphs/reddit.js'),
  telegram: () => import('./glyphs/telegram.js'),
  whatsapp: () => import('./glyphs/whatsapp.js'),
  discord: () => import('./glyphs/discord.js'),
  rss: () => import('./glyphs/rss.js'),
};

const known = new Map<NetworkId, string>(Object.entries(NEUTRAL_GLYPHS) as [NetworkId, string][]);
const loading = new Map<NetworkId, Promise<string>>();

/** The glyph of `network`, fetched once for the whole page. */
function load(network: BrandNetwork): Promise<string> {
  let pending = loading.get(network);
  if (pending === undefined) {
    // Fetched once the content is on screen: a glyph is decoration.
    pending = afterPaint()
      .then(BRAND_GLYPHS[network])
      .then(
        ({ default: d }) => {
          known.set(network, d);
          return d;
        },
        (error: unknown) => {
          // A failed fetch (offline, a CDN hiccup) keeps the ring and may be retried by the next draw.
          loading.delete(network);
          throw error;
        },
      );
    loading.set(network, pending);
  }
  return pending;
}

/**
 * Makes glyphs drawable from the first render, with no fetch: the server render and the
 * builds that carry every glyph anyway (the package entry, the standalone file) pass `ICONS`.
 */
export function provideGlyphs(glyphs: Readonly<Partial<Record<NetworkId, string>>>): void {
  for (const [network, d] of Object.entries(glyphs) as [NetworkId, string | undefined][])
    if (d !== undefined) known.set(network, d);
}

/**
 * The path data (`d`) of `network`'s glyph, for an SVG `<path>`: the glyph, or a ring while it
 * loads, after which `host` renders again and draws it.
 */
export function glyph(network: NetworkId, host: ReactiveControllerHost): string {
  const d = known.get(network);
  if (d !== undefined) return d;
  // Every other network's glyph is known from the start (NEUTRAL_GLYPHS).
  load(network as BrandNetwork).then(
    () => host.requestUpdate(),
    () => undefined,
  );
  return PENDING_GLYPH;
}
