/**
 * Every network's 24×24 glyph at once, for what draws them all or cannot wait: the server
 * render, the package entry and the standalone file (which draw them from the first render,
 * see `glyph.ts`), and the signature PNGs written at build time. Brand glyphs come from
 * simple-icons (CC0; each brand's own guidelines apply), one module each in `glyphs/`, so the
 * CDN build can fetch only the ones a page shows.
 * @module
 */
import type { NetworkId } from '../core/index.js';
import behance from './glyphs/behance.js';
import bluesky from './glyphs/bluesky.js';
import discord from './glyphs/discord.js';
import dribbble from './glyphs/dribbble.js';
import facebook from './glyphs/facebook.js';
import github from './glyphs/github.js';
import gitlab from './glyphs/gitlab.js';
import instagram from './glyphs/instagram.js';
import mastodon from './glyphs/mastodon.js';
import medium from './glyphs/medium.js';
import { NEUTRAL_GLYPHS } from './glyphs/neutral.js';
import reddit from './glyphs/reddit.js';
import rss from './glyphs/rss.js';
import stackoverflow from './glyphs/stackoverflow.js';
import substack from './glyphs/substack.js';
import telegram from './glyphs/telegram.js';
import threads from './glyphs/threads.js';
import tiktok from './glyphs/tiktok.js';
import twitch from './glyphs/twitch.js';
import whatsapp from './glyphs/whatsapp.js';
import x from './glyphs/x.js';
import youtube from './glyphs/youtube.js';

/** SVG path data (viewBox 0 0 24 24, even-odd fill) of each network's glyph. */
export const ICONS: Readonly<Record<NetworkId, string>> = {
  ...NEUTRAL_GLYPHS,
  x,
  mastodon,
  bluesky,
  threads,
  facebook,
  instagram,
  youtube,
  tiktok,
  github,
  gitlab,
  stackoverflow,
  medium,
  substack,
  dribbble,
  behance,
  twitch,
  reddit,
  telegram,
  whatsapp,
  discord,
  rss,
};
