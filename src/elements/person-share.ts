/**
 * Sharing a person from their card: their link (Web Share API, or the clipboard), and a QR code
 * of their vCard (intranet) or of their link (public pages), drawn as SVG. The QR encoder (uqr)
 * is imported when a QR code is first asked for, so pages that never show one do not load it.
 * @module
 */
import {
  css,
  html,
  nothing,
  svg,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { personUrl, type Audience, type Department, type Organization, type Person } from '../core/index.js';
import { saveFile } from './download.js';
import { emit } from './internal/events.js';
import { formatMessage, type Messages } from './messages.js';

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

/** A QR code as one SVG path of unit squares on a `size` × `size` grid (quiet zone included). */
export interface QrCode {
  /** Modules per side, the quiet zone included. */
  readonly size: number;
  /** The dark modules, as SVG path data in module units. */
  readonly path: string;
  /** The text it encodes. */
  readonly text: string;
}

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

// ISO/IEC 18004 asks for a quiet zone of 4 modules; the card's own white margin adds to a
// smaller one on a printed business card, where space is short.
const QUIET_ZONE = 4;

/**
 * Encodes text as a QR code (error correction M: 15 % of a printed or photographed code may be
 * damaged), loading the encoder on first use.
 */
export async function encodeQr(text: string, quietZone = QUIET_ZONE): Promise<QrCode> {
  const { encode } = await import('uqr');
  const { data, size } = encode(text, { ecc: 'M', border: quietZone });
  // One rectangle per run of dark modules in a row: a third of the path of one square each.
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return { size, path, text };
}

/** The QR code as an image with an accessible name. */
export function renderQr(code: QrCode, label: string): TemplateResult {
  return html`<svg part="qr" class="qr" role="img" aria-label=${label} viewBox="0 0 ${code.size} ${code.size}" shape-rendering="crispEdges">
    ${svg`<rect width=${code.size} height=${code.size} fill="#fff"></rect><path d=${code.path} fill="#000"></path>`}
  </svg>`;
}

/** The QR code as a standalone SVG file (for the download), titled with its accessible name. */
export function qrSvgFile(code: QrCode, label: string): string {
  const title = label.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${code.size} ${code.size}" width="${code.size * 8}" height="${code.size * 8}" shape-rendering="crispEdges" role="img"><title>${title}</title><rect width="${code.size}" height="${code.size}" fill="#fff"/><path d="${code.path}" fill="#000"/></svg>\n`;
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

/** The file name of a person's QR code download. */
const qrFileName = (person: Person) =>
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  `${person.name.replace(/[\u0000-\u001f\u007f\\/:*?"<>|]+/g, ' ').trim() || 'contact'} QR.svg`;

/**
 * A card's share and QR code actions: their state (the message after sharing, the QR code
 * drawn or being drawn) and their part of the card's template.
 */
export class PersonShareController implements ReactiveController {
  /** The QR code for the current person and audience, once drawn. */
  qr: QrCode | undefined;
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
      this.qr = undefined;
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

  /**
   * What the QR code holds: the vCard on the intranet, the link on a public page. The vCard code
   * is loaded with the first QR code: most visits never show one.
   */
  async qrText(): Promise<string | undefined> {
    const { person, organization, department, audience } = this.host;
    if (person === undefined) return undefined;
    if (audience === 'internal' && organization !== undefined) {
      const { toVCard } = await import('../core/vcard.js');
      return toVCard(person, organization, department === undefined ? {} : { department });
    }
    return this.link();
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
        const text = await this.qrText();
        if (text === undefined) return;
        const code = await encodeQr(text);
        if ((await this.qrText()) !== text) return;
        this.qr = code;
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
    if (this.qr === undefined || person === undefined) return;
    saveFile(qrSvgFile(this.qr, this.qrLabel(messages)), 'image/svg+xml', qrFileName(person));
  }

  /** The QR code, its loading text or its error, for the dialog and the business card. */
  renderQrCode(messages: Messages): TemplateResult {
    if (this.qr !== undefined) return renderQr(this.qr, this.qrLabel(messages));
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
              <button part="action" type="button" ?disabled=${this.qr === undefined} @click=${() => this.#download(messages)}>${messages.downloadQrCode}</button>
              <button part="action" type="button" @click=${this.#closeQr}>${messages.close}</button>
            </div>
          </dialog>`
          : nothing
      }`;
  }
}
