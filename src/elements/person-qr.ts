/**
 * A person's QR code: what it holds (their vCard on the intranet, their link on a public page),
 * drawn as SVG, and its download. Imported by the card when a QR code is first shown (the QR
 * code button, or a business card): most visits never show one, so pages do not carry this,
 * the vCard code or the QR encoder (uqr) until then.
 * @module
 */
import { html, svg, type TemplateResult } from 'lit';
import {
  escapeHtml,
  personUrl,
  type Audience,
  type Department,
  type Organization,
  type Person,
} from '../core/index.js';
import { saveFile } from './download.js';

/** A QR code as one SVG path of unit squares on a `size` × `size` grid (quiet zone included). */
export interface QrCode {
  /** Modules per side, the quiet zone included. */
  readonly size: number;
  /** The dark modules, as SVG path data in module units. */
  readonly path: string;
  /** The text it encodes. */
  readonly text: string;
}

/** Who a QR code is for: what the card shows. */
export interface QrSubject {
  readonly person?: Person | undefined;
  readonly department?: Department | undefined;
  readonly organization?: Organization | undefined;
  readonly audience: Audience;
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

/**
 * What a person's QR code holds: the vCard on the intranet, the link on a public page (the
 * person's stable link on this page, `?person=<id>`).
 */
export async function qrText({ person, organization, department, audience }: QrSubject): Promise<string | undefined> {
  if (person === undefined) return undefined;
  if (audience === 'internal' && organization !== undefined) {
    const { toVCard } = await import('../core/vcard.js');
    return toVCard(person, organization, department === undefined ? {} : { department });
  }
  return personUrl(window.location.href, person.id);
}

/** The QR code as an image with an accessible name. */
export function renderQr(code: QrCode, label: string): TemplateResult {
  return html`<svg part="qr" class="qr" role="img" aria-label=${label} viewBox="0 0 ${code.size} ${code.size}" shape-rendering="crispEdges">
    ${svg`<rect width=${code.size} height=${code.size} fill="#fff"></rect><path d=${code.path} fill="#000"></path>`}
  </svg>`;
}

/** The QR code as a standalone SVG file, titled with its accessible name. */
export function qrSvgFile(code: QrCode, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${code.size} ${code.size}" width="${code.size * 8}" height="${code.size * 8}" shape-rendering="crispEdges" role="img"><title>${escapeHtml(label)}</title><rect width="${code.size}" height="${code.size}" fill="#fff"/><path d="${code.path}" fill="#000"/></svg>\n`;
}

/** Downloads a person's QR code as `<name> QR.svg`. */
export function saveQr(code: QrCode, label: string, person: Person): void {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  const name = person.name.replace(/[\u0000-\u001f\u007f\\/:*?"<>|]+/g, ' ').trim() || 'contact';
  saveFile(qrSvgFile(code, label), 'image/svg+xml', `${name} QR.svg`);
}
