import { css, html, nothing, svg, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { NETWORKS, safeUrl, type Profile } from '../core/index.js';
import { glyph } from './glyph.js';
import { LocalizedElement } from './internal/localized-element.js';
import { addEnglish, formatMessage, type Messages } from './messages.js';
import { tokens } from './tokens.js';

// The links' English, also for the card, which draws them with `renderLinks`.
addEnglish({
  onNetwork: '{name} on {network}',
});

/** The styles of {@link renderLinks}. */
export const linkStyles = css`
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .links a,
  .links span.legacy {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    min-width: 1.75rem;
    min-height: 1.75rem;
    justify-content: center;
    border-radius: 0.4rem;
    color: var(--_accent);
    text-decoration: none;
    font-size: 0.875rem;
  }
  .links a:hover {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .links span.legacy {
    color: var(--_muted);
  }
  .links svg {
    width: var(--social-link-size, 1.25rem);
    height: var(--social-link-size, 1.25rem);
    fill: currentColor;
    flex: none;
  }
`;

/**
 * @summary A person's or department's social profiles as icon links with accessible names.
 *
 * @csspart list - The list of links.
 * @csspart link - Each link.
 * @csspart icon - Each network glyph.
 * @csspart handle - The handle next to the glyph, when `show-handles` is set.
 * @cssprop --social-link-size - Size of the glyphs (default 1.25rem).
 * @cssprop --social-accent - Color of the links.
 */
@customElement('social-links')
export class SocialLinks extends LocalizedElement {
  /** The theme tokens, then this element's own styles. */
  static override styles = [
    tokens,
    linkStyles,
    css`
      :host {
        display: inline-block;
      }
    `,
  ];

  /** The profiles to show (as a validated manifest gives them). */
  @property({ attribute: false }) profiles: readonly Profile[] = [];

  /** Whose profiles these are, for accessible names ("Ellen Park on Mastodon"). */
  @property() owner = '';

  /** Show the handle next to each glyph. */
  @property({ type: Boolean, attribute: 'show-handles' }) showHandles = false;

  /** Open links in a new tab. Off by default: people decide where links open. */
  @property({ type: Boolean, attribute: 'new-tab' }) newTab = false;

  /** The profiles belong to the owner of this page (an organization's own accounts on its site): adds `rel="me"`. */
  @property({ type: Boolean }) me = false;

  override render() {
    return renderLinks({
      profiles: this.profiles,
      owner: this.owner,
      showHandles: this.showHandles,
      newTab: this.newTab,
      me: this.me,
      messages: this.messages,
      host: this,
    });
  }
}

/** What {@link renderLinks} draws. */
export interface LinksOptions {
  readonly profiles: readonly Profile[];
  readonly owner: string;
  readonly messages: Messages;
  /** The element that draws the links: it renders again when a glyph it waited for arrives. */
  readonly host: ReactiveControllerHost;
  readonly showHandles?: boolean;
  readonly newTab?: boolean;
  readonly me?: boolean;
}

/**
 * Profiles as icon links, for `<social-links>` and for the person card, which draws them in
 * its own shadow root: one element less per card, where a long directory shows dozens.
 * Style with {@link linkStyles}.
 */
export function renderLinks({
  profiles,
  owner,
  messages,
  host,
  showHandles = false,
  newTab = false,
  me = false,
}: LinksOptions): TemplateResult {
  const rel = [me ? 'me' : '', newTab ? 'noopener' : ''].filter(Boolean).join(' ') || nothing;
  return html`<ul part="list" class="links">
    ${profiles.map((profile) => {
      const network = NETWORKS[profile.network];
      const label = formatMessage(messages.onNetwork, {
        name: owner || profile.handle,
        network: profile.label ?? network.label,
      });
      const icon = svg`<svg part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill-rule="evenodd" d=${glyph(profile.network, host)}></path></svg>`;
      const handle = showHandles ? html`<span part="handle">${profile.handle}</span>` : nothing;
      const href = safeUrl(profile.url);
      if (href === undefined) {
        // A legacy network without a web address (a Skype name): say it, do not link it.
        return html`<li><span class="legacy" role="img" aria-label=${`${label}: ${profile.handle}`} title=${network.legacy ?? ''}>${icon}${handle}</span></li>`;
      }
      return html`<li>
        <a part="link" href=${href} rel=${rel} target=${newTab ? '_blank' : nothing} aria-label=${label} title=${label}>${icon}${handle}</a>
      </li>`;
    })}
  </ul>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'social-links': SocialLinks;
  }
}
