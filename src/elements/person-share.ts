/**
 * Sharing a person from their card: their link (Web Share API, or the clipboard), and a QR code
 * of their vCard (intranet) or of their link (public pages). What draws the QR code
 * (`person-qr.ts`, with the vCard code and the encoder) is imported when one is first asked for,
 * so pages that never show one do not load it; sharing stays here, as the share sheet must open
 * in the click's own turn (it needs the click's user activation).
 * @module
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { personUrl, type Audience, type Department, type Organization, type Person } from '../core/index.js';
import { emit } from './internal/events.js';
import { addEnglish, formatMessage, type Messages } from './messages.js';
import type { QrCode } from './person-qr.js';

// The English of sharing and QR codes, which only the card offers.
addEnglish({
  share: 'Share',
  shareDone: 'Shared.',
  linkCopied: 'Link copied to the clipboard.',
  copyThisLink: 'Copy this link:',
  showQrCode: 'QR code',
  qrCodeVCard: "QR code with {name}'s contact card",
  qrCodeLink: 'QR code with the link to {name}',
  qrCodeLoading: 'Drawing the QR code…',
  qrCodeFailed: 'The QR code could not be drawn.',
  downloadQrCode: 'Download (SVG)',
  close: 'Close',
});

/**
 * The styles of the card's actions (Add to contacts, Share, QR code, Print), the message after sharing and the
 * QR code dialog.
 */
export const shareStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.8rem;
    font-size: 0.85rem;
  }
  .vcard,
  .action,
  .dialog-actions button {
    font: inherit;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .share-status:empty {
    display: none;
  }
  .share-status {
    margin: 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .manual-link {
    width: 100%;
    font: inherit;
  }
  .qr-dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    padding: 1rem;
    text-align: center;
  }
  .qr-dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .qr-dialog .qr {
    display: block;
    width: min(18rem, 70vw);
    height: auto;
    margin: 0 auto 0.75rem;
  }
  .dialog-actions {
    display: flex;
    justify-content: center;
    gap: 1rem;
  }
  .dialog-actions button:disabled {
    color: var(--_muted);
    cursor: default;
  }
`;

/** How a share ended: the system's share sheet, the clipboard, cancelled, or neither worked. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'manual';

/** `detail` of the `social-share` event. */
export interface SocialShareDetail {
  /** Who was shared. */
  readonly person: Person;
  /** Their link. */
  readonly url: string;
  /** What happened: the share sheet was used, or the link was copied (or is shown to copy by hand). */
  readonly outcome: Exclude<ShareOutcome, 'cancelled'>;
}

/**
 * Shares a link with the Web Share API where the browser has it (phones, Safari, Edge), and
 * copies it to the clipboard otherwise. `manual` when neither worked (no clipboard permission):
 * the page should then show the link to copy by hand.
 */
export async function shareLink(url: string, title: string): Promise<ShareOutcome> {
  const data = { title, url };
  if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return 'cancelled';
      // NotAllowedError (no user activation left) and the like: the clipboard still may work.
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'manual';
  }
}

/** What the controller needs of its card. */
export interface PersonShareHost extends ReactiveControllerHost, HTMLElement {
  readonly person?: Person | undefined;
  readonly department?: Department | undefined;
  readonly organization?: Organization | undefined;
  readonly audience: Audience;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * A card's share and QR code actions: their state (the message after sharing, the QR code
 * drawn or being drawn) and their part of the card's template.
 */
export class PersonShareController implements ReactiveController {
  /** The QR code for the current person and audience, once drawn, and the module that drew it. */
  #qr: { readonly code: QrCode; readonly module: typeof import('./person-qr.js') } | undefined;
  #qrState: 'idle' | 'loading' | 'failed' = 'idle';
  #qrRequest: Promise<void> | undefined;
  #message: string | undefined;
  #manualLink: string | undefined;
  #dialogOpen = false;
  #shownFor: Person | undefined;
  #audience: Audience | undefined;

  constructor(private readonly host: PersonShareHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    // A card of a long list is given another person when the list scrolls or filters.
    if (this.host.person !== this.#shownFor || this.host.audience !== this.#audience) {
      this.#shownFor = this.host.person;
      this.#audience = this.host.audience;
      this.#qr = undefined;
      this.#qrState = 'idle';
      this.#qrRequest = undefined;
      this.#message = undefined;
      this.#manualLink = undefined;
      this.#dialogOpen = false;
    }
  }

  /** The person's stable link on this page (`?person=<id>`). */
  link(): string | undefined {
    const person = this.host.person;
    return person === undefined ? undefined : personUrl(window.location.href, person.id);
  }

  /** The QR code's accessible name. */
  qrLabel(messages: Messages): string {
    const name = this.host.person?.name ?? '';
    return formatMessage(
      this.host.audience === 'internal' && this.host.organization !== undefined
        ? messages.qrCodeVCard
        : messages.qrCodeLink,
      { name },
    );
  }

  /** Draws the QR code (once per person), then updates the card. Resolves when it is drawn or failed. */
  drawQr(): Promise<void> {
    if (this.host.person === undefined) return Promise.resolve();
    this.#qrRequest ??= (async () => {
      this.#qrState = 'loading';
      this.host.requestUpdate();
      try {
        // The QR code's own module (with the vCard code and the encoder) comes with the first one.
        const module = await import('./person-qr.js');
        const text = await module.qrText(this.host);
        if (text === undefined) return;
        const code = await module.encodeQr(text);
        // Given another person meanwhile (a long list scrolled): that one's code is drawn instead.
        if ((await module.qrText(this.host)) !== text) return;
        this.#qr = { code, module };
        this.#qrState = 'idle';
      } catch (error) {
        console.error(`${this.host.localName}: the QR code could not be drawn`, error);
        this.#qrState = 'failed';
      }
      this.host.requestUpdate();
    })();
    return this.#qrRequest;
  }

  async #share(messages: Messages): Promise<void> {
    const person = this.host.person;
    const url = this.link();
    if (person === undefined || url === undefined) return;
    const outcome = await shareLink(url, person.name);
    if (outcome === 'cancelled') return;
    this.#message =
      outcome === 'shared' ? messages.shareDone : outcome === 'copied' ? messages.linkCopied : messages.copyThisLink;
    this.#manualLink = outcome === 'manual' ? url : undefined;
    emit(this.host, 'social-share', { person, url, outcome });
    this.host.requestUpdate();
  }

  async #openQr(): Promise<void> {
    this.#dialogOpen = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot?.querySelector<HTMLDialogElement>('dialog.qr-dialog')?.showModal();
    await this.drawQr();
  }

  #closeQr = (): void => {
    this.host.renderRoot?.querySelector<HTMLDialogElement>('dialog.qr-dialog')?.close();
  };

  #onDialogClose = (): void => {
    this.#dialogOpen = false;
    this.host.requestUpdate();
    // Back to the button that opened it, as a dialog should.
    this.host.renderRoot?.querySelector<HTMLButtonElement>('button.show-qr')?.focus();
  };

  #download(messages: Messages): void {
    const person = this.host.person;
    if (this.#qr === undefined || person === undefined) return;
    this.#qr.module.saveQr(this.#qr.code, this.qrLabel(messages), person);
  }

  /** The QR code, its loading text or its error, for the dialog and the business card. */
  renderQrCode(messages: Messages): TemplateResult {
    if (this.#qr !== undefined) return this.#qr.module.renderQr(this.#qr.code, this.qrLabel(messages));
    if (this.#qrState === 'failed') return html`<p class="qr-state" role="alert">${messages.qrCodeFailed}</p>`;
    return html`<p class="qr-state" role="status">${messages.qrCodeLoading}</p>`;
  }

  /** The Share and QR code buttons, the message after sharing, and the QR dialog while open. */
  renderActions(messages: Messages, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<div part="actions" class="actions">
        <button part="action" class="action share" type="button" @click=${() => this.#share(messages)}>${messages.share}</button>
        <button part="action" class="action show-qr" type="button" aria-haspopup="dialog" @click=${() => this.#openQr()}>${messages.showQrCode}</button>
        ${extra}
      </div>
      <p class="share-status" role="status">${this.#message ?? nothing}${
        this.#manualLink === undefined
          ? nothing
          : html` <input class="manual-link" readonly aria-label=${messages.copyThisLink} .value=${this.#manualLink} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />`
      }</p>
      ${
        this.#dialogOpen
          ? html`<dialog part="qr-dialog" class="qr-dialog" aria-label=${this.qrLabel(messages)} @close=${this.#onDialogClose}>
            ${this.renderQrCode(messages)}
            <div class="dialog-actions">
              <button part="action" type="button" ?disabled=${this.#qr === undefined} @click=${() => this.#download(messages)}>${messages.downloadQrCode}</button>
              <button part="action" type="button" @click=${this.#closeQr}>${messages.close}</button>
            </div>
          </dialog>`
          : nothing
      }`;
  }
}
