import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { validateManifest } from '../../src/core/index.js';
import { personUrl } from '../../src/core/person-link.js';
import { toVCard } from '../../src/core/vcard.js';
import type { SocialShareDetail } from '../../src/elements/person-share.js';
import type { SocialPersonCard } from '../../src/elements/social-person-card.js';
import { northwind } from '../fixtures/manifests.js';
import { captureDownload } from './download.js';
import { decodeQrSvg } from './qr.js';

const { manifest } = validateManifest(northwind());
const ellen = manifest.people.find((p) => p.id === 'ellen-park')!;
const marketing = manifest.departments.find((d) => d.id === 'marketing')!;

const card = (audience: 'internal' | 'public') =>
  fixture<SocialPersonCard>(
    html`<social-person-card .person=${ellen} .department=${marketing} .organization=${manifest.organization} audience=${audience}></social-person-card>`,
  );
const button = (el: SocialPersonCard, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
const qrImage = (el: SocialPersonCard) => el.shadowRoot!.querySelector<SVGSVGElement>('dialog[open] svg[role="img"]');

async function openQr(el: SocialPersonCard): Promise<SVGSVGElement> {
  button(el, 'QR code').click();
  await waitUntil(() => qrImage(el) !== null, 'the QR code was not shown', { timeout: 5000 });
  return qrImage(el)!;
}

/** Replaces a navigator member for one test. */
function stub<K extends 'share' | 'canShare' | 'clipboard'>(name: K, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, name);
  Object.defineProperty(navigator, name, { value, configurable: true });
  return () =>
    own ? Object.defineProperty(navigator, name, own) : delete (navigator as unknown as Record<string, unknown>)[name];
}

describe('sharing a person from their card', function () {
  // The first QR code loads the encoder, the decoder and axe: slow on a busy 2-core machine.
  this.timeout(30_000);
  const restore: (() => void)[] = [];
  afterEach(() => restore.splice(0).forEach((undo) => undo()));

  it('shows a QR code of the vCard on the intranet, which decodes back to it', async () => {
    const el = await card('internal');
    const qr = await openQr(el);
    expect(qr.getAttribute('aria-label')).to.equal("QR code with Ellen Park's contact card");
    expect(await decodeQrSvg(qr)).to.equal(toVCard(ellen, manifest.organization, { department: marketing }));
    await expect(el).to.be.accessible();
  });

  it('shows a QR code of the link on a public page, which decodes back to it', async () => {
    const el = await card('public');
    const qr = await openQr(el);
    expect(qr.getAttribute('aria-label')).to.equal('QR code with the link to Ellen Park');
    const link = personUrl(location.href, 'ellen-park')!;
    expect(link).to.match(/\?person=ellen-park$/);
    expect(await decodeQrSvg(qr)).to.equal(link);
  });

  it('downloads the QR code as an SVG file that decodes too', async () => {
    const el = await card('public');
    await openQr(el);
    const { name, blob } = await captureDownload(() => button(el, 'Download (SVG)').click());
    expect(name).to.equal('Ellen Park QR.svg');
    expect(blob.type).to.equal('image/svg+xml');
    const svg = await blob.text();
    expect(svg).to.include('<title>QR code with the link to Ellen Park</title>');
    expect(await decodeQrSvg(svg)).to.equal(personUrl(location.href, 'ellen-park'));
  });

  it('closes the QR code dialog and returns focus to its button', async () => {
    const el = await card('public');
    await openQr(el);
    button(el, 'Close').click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog') === null, 'the dialog stayed');
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'QR code'));
  });

  it('uses the Web Share API where the browser has it, and says so', async () => {
    const shared: ShareData[] = [];
    restore.push(
      stub('share', async (data: ShareData) => void shared.push(data)),
      stub('canShare', () => true),
    );
    const el = await card('public');
    setTimeout(() => button(el, 'Share').click());
    const event = (await oneEvent(el, 'social-share')) as CustomEvent<SocialShareDetail>;
    expect(shared).to.deep.equal([{ title: 'Ellen Park', url: personUrl(location.href, 'ellen-park') }]);
    expect(event.detail.outcome).to.equal('shared');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.share-status')!.textContent!.trim()).to.equal('Shared.');
  });

  it('copies the link where the browser cannot share, and says so', async () => {
    const copied: string[] = [];
    restore.push(
      stub('share', undefined),
      stub('clipboard', { writeText: async (text: string) => void copied.push(text) }),
    );
    const el = await card('public');
    setTimeout(() => button(el, 'Share').click());
    const event = (await oneEvent(el, 'social-share')) as CustomEvent<SocialShareDetail>;
    expect(copied).to.deep.equal([personUrl(location.href, 'ellen-park')]);
    expect(event.detail.outcome).to.equal('copied');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.share-status')!.textContent!.trim()).to.equal(
      'Link copied to the clipboard.',
    );
  });

  it('shows the link to copy by hand when neither works', async () => {
    restore.push(
      stub('share', undefined),
      stub('clipboard', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
    );
    const el = await card('public');
    setTimeout(() => button(el, 'Share').click());
    await oneEvent(el, 'social-share');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('.manual-link')!.value).to.equal(
      personUrl(location.href, 'ellen-park'),
    );
    await expect(el).to.be.accessible();
  });

  it('says nothing when the person cancels the share sheet', async () => {
    restore.push(
      stub('share', () => Promise.reject(new DOMException('cancelled', 'AbortError'))),
      stub('canShare', () => true),
    );
    const el = await card('public');
    button(el, 'Share').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot!.querySelector('.share-status')!.textContent!.trim()).to.equal('');
  });
});
