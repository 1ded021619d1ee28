/**
 * Our own glyphs, for the networks simple-icons has no glyph for (LinkedIn and Skype asked to
 * be removed) and for the generic link kinds: neutral shapes, never a copy of a trademark.
 * Short enough to travel with every page that draws links.
 * @module
 */

// A card with a person: a professional profile, without imitating any brand's mark.
const PROFILE_CARD =
  'M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Zm0 2v12h16V6H4Zm5 2a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Zm-4 8.5c0-1.9 1.8-3.2 4-3.2s4 1.3 4 3.2V17H5v-.5ZM14 9h5v2h-5V9Zm0 4h5v2h-5v-2Z';

/** The networks drawn with a glyph of our own, and that glyph's path data. */
export const NEUTRAL_GLYPHS = {
  linkedin: PROFILE_CARD,
  skype: PROFILE_CARD,
  website:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2c1.1 0 2.6 2.8 2.9 7H9.1C9.4 6.8 10.9 4 12 4Zm-2.9 9h5.8c-.3 4.2-1.8 7-2.9 7s-2.6-2.8-2.9-7ZM4.1 11a8 8 0 0 1 4.4-6.2C7.7 6.4 7.2 8.6 7.1 11h-3Zm0 2h3c.1 2.4.6 4.6 1.4 6.2A8 8 0 0 1 4.1 13Zm12.8 0h3a8 8 0 0 1-4.4 6.2c.8-1.6 1.3-3.8 1.4-6.2Zm0-2c-.1-2.4-.6-4.6-1.4-6.2a8 8 0 0 1 4.4 6.2h-3Z',
  blog: 'M4 2h11l5 5v15H4V2Zm2 2v16h12V8h-4V4H6Zm2 7h8v2H8v-2Zm0 4h8v2H8v-2Z',
  other:
    'M14 3h7v7h-2V6.4l-8.3 8.3-1.4-1.4L17.6 5H14V3ZM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Z',
} as const;
