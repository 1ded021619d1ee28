// The CDN build's glyphs load on demand (src/elements/glyph.ts): this file imports the links
// element alone, not the package entry that hands every glyph over up front.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Profile } from '../../src/core/index.js';
import { PENDING_GLYPH } from '../../src/elements/glyph.js';
import { ICONS } from '../../src/elements/icons.js';
import '../../src/elements/social-links.js';
import type { SocialLinks } from '../../src/elements/social-links.js';

const profiles: Profile[] = [
  { network: 'mastodon', handle: '@ellen@mastodon.social', url: 'https://mastodon.social/@ellen' },
  { network: 'website', handle: 'ellen.example', url: 'https://ellen.example' },
];
const paths = (el: SocialLinks) =>
  [...el.shadowRoot!.querySelectorAll('svg[part="icon"] path')].map((path) => path.getAttribute('d'));

describe('network glyphs on demand', () => {
  it('draws a ring in the glyph box until the brand glyph arrives, then the glyph', async () => {
    const el = await fixture<SocialLinks>(html`<social-links owner="Ellen Park" .profiles=${profiles}></social-links>`);
    const box = el.shadowRoot!.querySelector('svg[part="icon"]')!.getBoundingClientRect();
    // Our own glyphs need no fetch; the brand's is a ring or already there.
    expect(paths(el)[1]).to.equal(ICONS.website);
    expect([PENDING_GLYPH, ICONS.mastodon]).to.include(paths(el)[0]);
    await waitUntil(() => paths(el)[0] === ICONS.mastodon, 'the Mastodon glyph was not drawn');
    const after = el.shadowRoot!.querySelector('svg[part="icon"]')!.getBoundingClientRect();
    expect([after.width, after.height]).to.deep.equal([box.width, box.height]);
  });

  it('draws a glyph loaded once at once for the next list', async () => {
    const el = await fixture<SocialLinks>(html`<social-links owner="Ellen Park" .profiles=${profiles}></social-links>`);
    expect(paths(el)).to.deep.equal([ICONS.mastodon, ICONS.website]);
  });
});
