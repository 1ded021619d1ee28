import { css, html, isServer, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  mailtoUrl,
  NETWORKS,
  safeUrl,
  telUri,
  type Audience,
  type Department,
  type Organization,
  type Person,
} from '../core/index.js';
import { saveFile } from './download.js';
import { glyph } from './glyph.js';
import { ClockController, localTime } from './internal/clock.js';
import { emit } from './internal/events.js';
import { businessCardStyles } from './business-card.styles.js';
import { PersonShareController, shareStyles } from './person-share.js';
import type { BusinessCardSize } from './print-cards.js';
import { LocalizedElement } from './internal/localized-element.js';
import { addEnglish, type Messages } from './messages.js';
import { linkStyles, renderLinks } from './social-links.js';
import { tokens } from './tokens.js';

export type { SocialAskDetail, SocialSelectDetail } from './internal/events.js';

// The card's English; the org chart, which imports this module, counts direct reports with it.
addEnglish({
  champion: 'Social media champion',
  localTime: 'Local time {time}',
  addToContacts: 'Add to contacts',
  printCard: 'Print business card',
  directReports: { one: '{count} direct report', other: '{count} direct reports' },
  reportsTo: 'Reports to',
});

/** The initials shown while a photo loads or when there is none: first and last word. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/**
 * @summary One person: photo or initials, name, pronouns, title, department, location and local
 * time, "ask me about" chips, champion badge, social links, and (internal audience) email and phone.
 *
 * @fires social-select - A person was chosen: this one (their name, or "N direct reports"), or their manager
 * ("Reports to"); `detail.person`.
 * @fires social-ask - An "ask me about" chip was chosen; `detail.text`, `detail.person`.
 * @fires social-share - The person's link was shared or copied; `detail.person`, `detail.url`, `detail.outcome`
 * (`shared`, `copied`, or `manual` when it is shown to copy by hand).
 * @csspart card - The card.
 * @csspart avatar - The photo or initials.
 * @csspart name - The name (a button that fires `social-select`).
 * @csspart meta - Title, department, location lines.
 * @csspart hierarchy - The "Reports to" and "N direct reports" line (when `manager` or `report-count` is set).
 * @csspart chip - Each "ask me about" chip.
 * @csspart badge - The champion badge.
 * @csspart contact - Email and phone (internal audience) and the "Add to contacts" button.
 * @csspart vcard - The "Add to contacts" button, which downloads a vCard 4.0 file.
 * @csspart actions - The Share, QR code and Print buttons.
 * @csspart action - Each of those buttons, and the buttons of the QR code dialog.
 * @csspart qr-dialog - The dialog that shows the QR code.
 * @csspart qr - The QR code (an SVG image with an accessible name).
 * @csspart business-card - The card in `layout="business-card"`.
 * @cssprop --social-avatar-size - Size of the photo (default 3.5rem).
 * @cssprop --social-radius - Corner radius of the card.
 * @cssprop --social-surface - Card background.
 * @cssprop --social-border - Card border color.
 * @cssprop --social-business-card-accent - Color of the organization's name on a business card (default #1d4ed8).
 */
@customElement('social-person-card')
export class SocialPersonCard extends LocalizedElement {
  // Why the rules are as they are (comments here, not in the CSS, which ships as written):
  // .card: tracks of fixed or fractional size only, since an auto track makes the grid measure
  //   every item's intrinsic width, the costliest part of laying out a long list of cards; and
  //   align-content: start, so a card stretched to its row's tallest keeps its content at the top.
  // .avatar img: the photo covers the initials, which show while it loads, and when there is
  //   none or it fails (hidden, then the user agent's [hidden] rule applies).
  /** The theme tokens, then this element's own styles. */
  static override styles = [
    tokens,
    linkStyles,
    shareStyles,
    businessCardStyles,
    css`
      .card {
        display: grid;
        grid-template-columns: var(--social-avatar-size, 3.5rem) minmax(0, 1fr);
        gap: 0.35rem 0.85rem;
        align-items: start;
        align-content: start;
        height: 100%;
        box-sizing: border-box;
        padding: calc(var(--_space) * 0.9);
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .avatar {
        grid-row: span 2;
        position: relative;
        overflow: hidden;
        width: var(--social-avatar-size, 3.5rem);
        height: var(--social-avatar-size, 3.5rem);
        border-radius: 50%;
        display: grid;
        place-items: center;
        background: color-mix(in srgb, var(--_accent) 18%, var(--_surface));
        color: var(--_text);
        font-weight: 600;
        font-size: 1.1rem;
      }
      .avatar img {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        object-fit: cover;
      }
      .name {
        all: unset;
        cursor: pointer;
        font-weight: 650;
        font-size: 1.05rem;
        color: var(--_text);
        overflow-wrap: anywhere;
      }
      .name:hover {
        text-decoration: underline;
      }
      .hierarchy {
        margin: 0;
        font-size: 0.85rem;
        color: var(--_muted);
      }
      .hierarchy button {
        all: unset;
        cursor: pointer;
        color: var(--_accent);
        text-decoration: underline;
      }
      .name:focus-visible,
      .hierarchy button:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 2px;
        border-radius: 0.2rem;
      }
      .pronouns {
        color: var(--_muted);
        font-size: 0.85rem;
        margin-inline-start: 0.35rem;
      }
      .heading {
        margin: 0;
        font-size: inherit;
      }
      .meta {
        margin: 0;
        color: var(--_muted);
        font-size: 0.875rem;
      }
      .body {
        grid-column: 1 / -1;
        display: flex;
        flex-direction: column;
        gap: 0.45rem;
      }
      .badge {
        align-self: flex-start;
        padding: 0.1rem 0.5rem;
        border-radius: 999px;
        background: color-mix(in srgb, var(--_accent) 16%, transparent);
        color: var(--_text);
        font-size: 0.75rem;
        font-weight: 600;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        margin: 0;
        padding: 0;
        list-style: none;
        align-items: center;
        font-size: 0.8rem;
      }
      .chips button {
        font: inherit;
        padding: 0.15rem 0.55rem;
        border-radius: 999px;
        border: 1px solid var(--_border);
        background: var(--_bg);
        color: var(--_text);
        cursor: pointer;
      }
      .chips button:hover {
        border-color: var(--_accent);
      }
      .contact {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.8rem;
        font-size: 0.85rem;
      }
      .contact a {
        color: var(--_accent);
      }
      :host([compact]) .card {
        grid-template-columns: 2.5rem minmax(0, 1fr) auto;
        align-items: center;
        padding: 0.5rem 0.75rem;
        height: 4rem;
      }
      :host([compact]) .avatar {
        grid-row: span 2;
        width: 2.5rem;
        height: 2.5rem;
        font-size: 0.9rem;
      }
      :host([compact]) .heading,
      :host([compact]) .meta {
        grid-column: 2;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      :host([compact]) .body {
        grid-column: 3;
        grid-row: 1 / span 2;
      }
    `,
  ];

  /** The person to show. */
  @property({ attribute: false }) person?: Person;

  /** Their department, to show its name. */
  @property({ attribute: false }) department?: Department;

  /** The organization (for the vCard and accessible names). */
  @property({ attribute: false }) organization?: Organization;

  /**
   * The person they report to, shown as "Reports to <name>" (a button that fires `social-select`
   * with the manager). The directory sets it from the manifest.
   */
  @property({ attribute: false }) manager?: Person;

  /**
   * How many people report directly to them, shown as "N direct reports" (a button that fires
   * `social-select` with this person) when above 0.
   */
  @property({ type: Number, attribute: 'report-count' }) reportCount = 0;

  /** `internal` shows email and phone; `public` never does. */
  @property({ reflect: true }) audience: Audience = 'internal';

  /** Open social links in a new tab. */
  @property({ type: Boolean, attribute: 'new-tab' }) newTab = false;

  /** One short row (photo, name, title, links), for long lists: no chips, badge or contact lines. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /**
   * The heading level of the name, to fit the page's outline (the directory sets 2, or 3 under department
   * headings).
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * `card` (default) or `business-card`: a printable business card of `card-size` with the
   * name, pronouns, title, department, work contact (internal audience only), social handles
   * and a QR code (their vCard on the intranet, their link on a public page).
   */
  @property({ reflect: true }) layout: 'card' | 'business-card' = 'card';

  /** The business card's size: `eu` (85 × 55 mm, default) or `us` (3.5 × 2 in). */
  @property({ reflect: true, attribute: 'card-size' }) cardSize: BusinessCardSize = 'eu';

  /**
   * The networks whose handles a business card shows, in order, comma-separated
   * (`linkedin,mastodon`). Default: the person's first three profiles.
   */
  @property() handles = '';

  readonly #share = new PersonShareController(this);

  /**
   * The photo shown. It is set a frame after the person: a photo cannot arrive in the frame
   * that shows the person anyway, and starting its request there (~1 ms of the main thread
   * each) made a directory's filter changes, which show a dozen new people, miss the frame.
   */
  @state() private photo: string | undefined;
  #nextPhoto: number | undefined;

  // The local time shown is to the minute: cards showing one follow the page's one clock.
  // eslint-disable-next-line no-unused-private-class-members -- a controller the host keeps through addController
  readonly #clock = new ClockController(this, () => this.person?.timeZone !== undefined && !this.compact);

  /** The initials shown under the photo, for the person shown. */
  #initials = '';

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('person')) return;
    this.#initials = this.person === undefined ? '' : initials(this.person.name);
    // A server render (social-directory render) puts the photo in the HTML: no frames there.
    if (isServer) {
      this.photo = safeUrl(this.person?.photo);
      return;
    }
    this.photo = undefined;
    cancelAnimationFrame(this.#nextPhoto ?? 0);
    const photo = safeUrl(this.person?.photo);
    if (photo === undefined) return;
    // After the next frame is drawn: its animation frame callbacks run before it is drawn.
    this.#nextPhoto = requestAnimationFrame(() =>
      setTimeout(() => {
        if (safeUrl(this.person?.photo) === photo) this.photo = photo;
      }),
    );
  }

  #onPhotoError = () => {
    this.photo = undefined;
  };

  // Fired from the button itself: outside the card the event's target is still the card, and a
  // host such as the directory finds the button in `composedPath()` to give focus back to.
  #select = (event: Event): void => {
    if (this.person === undefined) return;
    emit(event.currentTarget as HTMLElement, 'social-select', { person: this.person });
  };

  #selectManager = (event: Event): void => {
    if (this.manager === undefined) return;
    emit(event.currentTarget as HTMLElement, 'social-select', { person: this.manager });
  };

  /**
   * Downloads the person as a vCard 4.0 file, with their social profiles. The vCard code is
   * loaded on the first call: a page of cards need not carry it until someone asks.
   */
  downloadVCard(): void {
    const { person, organization, department } = this;
    if (person === undefined || organization === undefined) return;
    import('../core/vcard.js').then(
      ({ toVCard, vCardFileName }) =>
        saveFile(
          toVCard(person, organization, department === undefined ? {} : { department }),
          'text/vcard;charset=utf-8',
          vCardFileName(person),
        ),
      (error: unknown) => console.error(`${this.localName}: the vCard could not be made`, error),
    );
  }

  /** Resolves once the business card is drawn with its QR code (`layout="business-card"`). */
  async businessCardReady(): Promise<void> {
    await this.updateComplete;
    await this.#share.drawQr();
    await this.updateComplete;
  }

  /** Prints the person's business card, one card per page of `card-size` (the browser's print dialog). */
  async printBusinessCard(): Promise<void> {
    if (this.person === undefined || this.organization === undefined) return;
    // Loaded when first used: most pages never print a card.
    const { printBusinessCards } = await import('./print-cards.js');
    await printBusinessCards([{ person: this.person, department: this.department }], {
      organization: this.organization,
      audience: this.audience,
      paper: 'card',
      cardSize: this.cardSize,
      lang: this.localization.lang,
      strings: this.strings,
    });
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.layout === 'business-card') void this.#share.drawQr();
  }

  #onChip = (event: Event): void => this.#ask((event.currentTarget as HTMLButtonElement).value);
  #onVCard = (): void => this.downloadVCard();

  #ask(text: string): void {
    if (this.person === undefined) return;
    emit(this, 'social-ask', { text, person: this.person });
  }

  override render() {
    const person = this.person;
    if (person === undefined) return nothing;
    const lang = this.localization.lang;
    const messages = this.messages;
    const internal = this.audience === 'internal';
    const email = internal ? mailtoUrl(person.email) : undefined;
    const phone = internal && person.phone !== undefined ? safeUrl(telUri(person.phone)) : undefined;
    const time = person.timeZone === undefined || this.compact ? undefined : localTime(lang, person.timeZone);
    const place = [person.location, time && this.msg('localTime', { time })].filter(Boolean).join(' · ');
    if (this.layout === 'business-card') return this.#renderBusinessCard(person, messages, email, phone);
    return html`<article part="card" class="card" aria-label=${person.name}>
      <span part="avatar" class="avatar"
        ><span aria-hidden="true">${this.#initials}</span
        ><img src=${this.photo ?? nothing} ?hidden=${this.photo === undefined} alt="" width="56" height="56" loading="lazy" decoding="async" @error=${this.#onPhotoError}
      /></span>
      <div class="heading" role="heading" aria-level=${this.headingLevel}>
        <button part="name" class="name" type="button" @click=${this.#select}>${person.name}</button>${
          person.pronouns ? html`<span class="pronouns">(${person.pronouns})</span>` : nothing
        }
      </div>
      <div part="meta" class="meta">
        ${[person.title, this.department?.name].filter(Boolean).join(' · ')}${place && !this.compact ? html`<br />${place}` : nothing}
      </div>
      ${
        this.compact
          ? html`<div class="body">
            ${
              person.profiles.length > 0
                ? renderLinks({
                    profiles: person.profiles,
                    owner: person.name,
                    newTab: this.newTab,
                    messages,
                    host: this,
                  })
                : nothing
            }
          </div>`
          : this.#renderBody(person, messages, email, phone)
      }
    </article>`;
  }

  #renderHierarchy() {
    const manager = this.manager;
    const reports = this.reportCount;
    if (manager === undefined && !(reports > 0)) return nothing;
    return html`<p part="hierarchy" class="hierarchy">
      ${
        manager === undefined
          ? nothing
          : html`${this.msg('reportsTo')} <button type="button" @click=${this.#selectManager}>${manager.name}</button>`
      }${manager !== undefined && reports > 0 ? ' · ' : nothing}${
        reports > 0
          ? html`<button type="button" @click=${this.#select}>${this.localization.plural('directReports', reports)}<span class="visually-hidden">, ${this.person?.name}</span></button>`
          : nothing
      }
    </p>`;
  }

  #renderBody(person: Person, messages: Messages, email: string | undefined, phone: string | undefined) {
    return html`<div class="body">
        ${this.#renderHierarchy()}
        ${person.champion ? html`<span part="badge" class="badge">${messages.champion}</span>` : nothing}
        ${
          person.askMeAbout.length > 0
            ? html`<ul class="chips" aria-label=${messages.askMeAbout}>
              <li aria-hidden="true">${messages.askMeAbout}:</li>
              ${person.askMeAbout.map(
                (text) =>
                  html`<li><button part="chip" type="button" .value=${text} @click=${this.#onChip}>${text}</button></li>`,
              )}
            </ul>`
            : nothing
        }
        ${
          person.profiles.length > 0
            ? renderLinks({ profiles: person.profiles, owner: person.name, newTab: this.newTab, messages, host: this })
            : nothing
        }
        <div part="contact" class="contact">
          ${email ? html`<a href=${email}>${person.email}</a>` : nothing}
          ${phone ? html`<a href=${phone}>${person.phone}</a>` : nothing}
          ${
            this.organization === undefined
              ? nothing
              : html`<button part="vcard" class="vcard" type="button" @click=${this.#onVCard}>${messages.addToContacts}</button>`
          }
        </div>
        ${this.#share.renderActions(
          messages,
          this.organization === undefined
            ? nothing
            : html`<button part="action" class="action" type="button" @click=${() => this.printBusinessCard()}>${messages.printCard}</button>`,
        )}
      </div>`;
  }

  /** The profiles a business card shows: those of `handles`, in its order, or the first three. */
  #cardProfiles(person: Person) {
    const chosen = this.handles
      .split(',')
      .map((network) => network.trim())
      .filter(Boolean);
    if (chosen.length === 0) return person.profiles.slice(0, 3);
    return chosen.flatMap((network) => person.profiles.filter((profile) => profile.network === network));
  }

  #renderBusinessCard(person: Person, messages: Messages, email: string | undefined, phone: string | undefined) {
    const profiles = this.#cardProfiles(person);
    return html`<article part="business-card" class="business-card" aria-label=${person.name}>
      <div class="bc-text">
        ${this.organization === undefined ? nothing : html`<p class="bc-organization">${this.organization.name}</p>`}
        <p class="bc-name">${person.name}${person.pronouns ? html` <span class="bc-pronouns">(${person.pronouns})</span>` : nothing}</p>
        ${person.title ? html`<p class="bc-title">${person.title}</p>` : nothing}
        ${this.department ? html`<p class="bc-department">${this.department.name}</p>` : nothing}
        <ul class="bc-lines">
          ${email ? html`<li>${person.email}</li>` : nothing}
          ${phone ? html`<li>${person.phone}</li>` : nothing}
          ${profiles.map(
            (profile) =>
              html`<li>${svg`<svg class="bc-glyph" viewBox="0 0 24 24" aria-hidden="true"><path fill-rule="evenodd" d=${glyph(profile.network, this)}></path></svg>`}<span class="visually-hidden">${profile.label ?? NETWORKS[profile.network].label}: </span>${profile.handle}</li>`,
          )}
        </ul>
      </div>
      <div class="bc-qr">${this.#share.renderQrCode(messages)}</div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'social-person-card': SocialPersonCard;
  }
}
