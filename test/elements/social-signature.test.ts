import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/index.js';
import type { SocialProfileEditor } from '../../src/elements/social-profile-editor.js';
import type { SocialSignature } from '../../src/elements/social-signature.js';
import { validateManifest } from '../../src/core/manifest/validate.js';
import { renderSignature } from '../../src/core/signature.js';
import { northwind } from '../fixtures/manifests.js';
import { captureDownload } from './download.js';

async function loaded(el: SocialSignature): Promise<SocialSignature> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part="form"], [part="finder"], [part="error"]') !== null,
    'signature did not render',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SocialSignature, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const frame = (el: SocialSignature, scheme: 'light' | 'dark') =>
  $<HTMLIFrameElement>(el, `iframe[part~="frame-${scheme}"]`);
/** The preview as the mail client would get it: the frame's document, parsed. */
const preview = (el: SocialSignature, scheme: 'light' | 'dark' = 'light') =>
  new DOMParser().parseFromString(frame(el, scheme).srcdoc, 'text/html');
const previewText = (el: SocialSignature) => preview(el).body.textContent!.replace(/\s+/g, ' ');
const previewLinks = (el: SocialSignature) => [...preview(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
const buttonNamed = (el: SocialSignature, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name)!;
/** The names on the person buttons (each also shows the title and department). */
const personNames = (el: SocialSignature) =>
  [...el.shadowRoot!.querySelectorAll('[part~="person"]')].map((b) =>
    [...b.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );
const handleInput = (el: SocialSignature, network: string) =>
  [...el.shadowRoot!.querySelectorAll('.profile label')]
    .find((l) => l.textContent!.trim().startsWith(`${network} handle`))!
    .querySelector('input')!;

async function type(el: SocialSignature, input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function click(el: SocialSignature, target: HTMLElement) {
  target.click();
  await el.updateComplete;
}

type Clipboard = { write: (items: ClipboardItem[]) => Promise<void>; writeText: (text: string) => Promise<void> };
/** Replaces navigator.clipboard for the duration of `body`. */
async function withClipboard(clipboard: Clipboard, body: () => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  try {
    await body();
  } finally {
    delete (navigator as unknown as { clipboard?: unknown }).clipboard;
  }
}

const ellen = async () =>
  loaded(
    await fixture<SocialSignature>(
      html`<social-signature person="ellen-park" .manifest=${northwind()}></social-signature>`,
    ),
  );

describe('<social-signature>', () => {
  it('preselects a person by id and prefills the form and the preview', async () => {
    const el = await ellen();
    expect($<HTMLInputElement>(el, 'input[name="name"]').value).to.equal('Ellen Park');
    expect($<HTMLInputElement>(el, 'input[name="title"]').value).to.equal('Marketing Director');
    expect($<HTMLInputElement>(el, 'input[name="pronouns"]').value).to.equal('she/her');
    expect(handleInput(el, 'Mastodon').value).to.equal('@ellen@mastodon.social');
    expect(previewText(el))
      .to.include('Ellen Park')
      .and.include('(she/her)')
      .and.include('Marketing Director, Marketing');
  });

  it('preselects a person by email, whatever its case', async () => {
    const el = await loaded(
      await fixture<SocialSignature>(
        html`<social-signature person="Trent@Northwind.example" .manifest=${northwind()}></social-signature>`,
      ),
    );
    expect($<HTMLInputElement>(el, 'input[name="name"]').value).to.equal('Trent Walker');
    expect(previewLinks(el)).to.include('mailto:trent@northwind.example');
  });

  it('lets the employee find themselves by name, and fires social-select', async () => {
    const el = await loaded(
      await fixture<SocialSignature>(html`<social-signature .manifest=${northwind()}></social-signature>`),
    );
    expect(el.shadowRoot!.querySelector('[part="form"]')).to.equal(null);
    await type(el, $<HTMLInputElement>(el, 'input[type="search"]'), 'zoe');
    const people = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="person"]')];
    expect(personNames(el)).to.deep.equal(['Zoë Lambert']);
    const selected = oneEvent(el, 'social-select');
    await click(el, people[0]!);
    expect((await selected).detail.person.id).to.equal('zoe-lambert');
    expect($<HTMLInputElement>(el, 'input[name="name"]').value).to.equal('Zoë Lambert');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[name="name"]'));
  });

  it('finds people by the start of their email, and says when no one matches', async () => {
    const el = await loaded(
      await fixture<SocialSignature>(html`<social-signature .manifest=${northwind()}></social-signature>`),
    );
    const search = $<HTMLInputElement>(el, 'input[type="search"]');
    await type(el, search, 'trent@north');
    expect(personNames(el)).to.deep.equal(['Trent Walker']);
    await type(el, search, 'xylophone');
    expect($(el, '[part="finder"] [role="status"]').textContent).to.include('No one matches');
  });

  it('updates the preview as the form is edited', async () => {
    const el = await ellen();
    await type(el, $<HTMLInputElement>(el, 'input[name="title"]'), 'Head of Marketing');
    await type(el, $<HTMLInputElement>(el, 'input[name="phone"]'), '+1 617 555 0199');
    expect(previewText(el)).to.include('Head of Marketing, Marketing').and.include('+1 617 555 0199');
    expect(previewLinks(el)).to.include('tel:+16175550199');
    // Field choices and per-profile checkboxes.
    await click(el, $<HTMLInputElement>(el, 'input[name="pronouns"][type="checkbox"]'));
    await click(el, $<HTMLInputElement>(el, 'input[aria-label="Show LinkedIn in the signature"]'));
    expect(previewText(el)).not.to.include('she/her');
    expect(previewLinks(el)).not.to.include('https://www.linkedin.com/in/ellenpark');
    expect(previewLinks(el)).to.include('https://mastodon.social/@ellen');
  });

  it('shows an invalid handle’s error next to the field and leaves it out of the signature', async () => {
    const el = await ellen();
    const input = handleInput(el, 'Mastodon');
    await type(el, input, 'ellen at mastodon');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(error.textContent).to.include('Mastodon handles look like @user@instance.social');
    expect(input.closest('.profile')!.contains(error)).to.equal(true);
    expect(previewLinks(el).filter((href) => href!.includes('mastodon'))).to.deep.equal([]);
    expect(previewLinks(el)).to.include('https://www.linkedin.com/in/ellenpark');
    expect(el.editedPerson!.profiles.map((p) => p.network)).to.deep.equal(['linkedin', 'website']);
    // Fixing it clears the error and brings the profile back.
    await type(el, input, '@ellen@fosstodon.org');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
    expect(previewLinks(el)).to.include('https://fosstodon.org/@ellen');
  });

  it('switches templates from the layout radio group, with the keyboard too', async () => {
    const el = await ellen();
    expect(preview(el).querySelectorAll('img[src^="https://cdn.northwind.example/icons/"]').length).to.be.greaterThan(
      0,
    );
    await click(el, $<HTMLInputElement>(el, 'input[type="radio"][value="compact"]'));
    expect(el.template).to.equal('compact');
    expect(preview(el).querySelectorAll('img')).to.have.length(0);
    $<HTMLInputElement>(el, 'input[type="radio"][value="compact"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.template).to.equal('classic');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.template).to.equal('brand');
    expect(preview(el).querySelector('td[style*="border-left:3px solid"]')).not.to.equal(null);
    expect(preview(el).querySelector('img[width="64"]')!.getAttribute('src')).to.equal(
      'https://northwind.example/people/ellen.jpg',
    );
  });

  it('shows the length against Gmail’s limit in a meter, and lists warnings', async () => {
    const manifest = northwind();
    manifest.organization.logo = 'http://northwind.example/logo.png';
    const el = await loaded(
      await fixture<SocialSignature>(
        html`<social-signature person="ellen-park" template="brand" .manifest=${manifest}></social-signature>`,
      ),
    );
    const meter = $<HTMLMeterElement>(el, 'meter');
    const length = frame(el, 'light').srcdoc.length;
    expect(meter.max).to.equal(10000);
    expect(meter.value).to.be.greaterThan(1000).and.lessThan(length);
    expect(meter.labels[0]!.textContent).to.equal(
      `${meter.value.toLocaleString('en')} of 10,000 characters (Gmail’s limit)`,
    );
    expect($(el, '[part="warnings"]').textContent)
      .to.include('A link or image was left out')
      .and.include('The logo left out');
  });

  it('previews in sandboxed frames without scripts, light and dark, each with a title', async () => {
    const manifest = northwind();
    manifest.people[0]!.name = 'Ellen <script>parent.__pwned = 1</script> Park';
    const el = await loaded(
      await fixture<SocialSignature>(
        html`<social-signature person="ellen-park" .manifest=${manifest}></social-signature>`,
      ),
    );
    for (const scheme of ['light', 'dark'] as const) {
      const iframe = frame(el, scheme);
      expect(iframe.getAttribute('sandbox')).to.equal('');
      expect(iframe.sandbox.length).to.equal(0);
      expect(iframe.title).to.not.equal('');
      expect(preview(el, scheme).querySelectorAll('script')).to.have.length(0);
      expect(preview(el, scheme).body.textContent).to.include('Ellen <script>');
    }
    expect(preview(el, 'dark').body.getAttribute('style')).to.include('background:#121212');
    expect(preview(el, 'light').body.getAttribute('style')).to.include('background:#ffffff');
    expect(preview(el).querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.include(
      "default-src 'none'",
    );
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('copies the signature as rich text with its plain text, and says so', async () => {
    const el = await ellen();
    const items: ClipboardItem[] = [];
    await withClipboard({ write: async (i) => void items.push(...i), writeText: async () => {} }, async () => {
      const copied = oneEvent(el, 'social-copy');
      buttonNamed(el, 'Copy signature').click();
      expect((await copied).detail).to.deep.equal({ format: 'html' });
    });
    await el.updateComplete;
    expect(items[0]!.types).to.have.members(['text/html', 'text/plain']);
    const copiedHtml = await (await items[0]!.getType('text/html')).text();
    expect(preview(el).body.innerHTML).to.equal(
      new DOMParser().parseFromString(copiedHtml, 'text/html').body.innerHTML,
    );
    expect(await (await items[0]!.getType('text/plain')).text()).to.include(
      'Ellen Park (she/her)\nMarketing Director, Marketing',
    );
    expect($(el, '[role="status"]').textContent!.trim()).to.equal('Copied.');
  });

  it('copies the HTML source and the plain text with writeText', async () => {
    const el = await ellen();
    const texts: string[] = [];
    const formats: string[] = [];
    el.addEventListener('social-copy', (event) =>
      formats.push((event as CustomEvent<{ format: string }>).detail.format),
    );
    await withClipboard({ write: async () => {}, writeText: async (t) => void texts.push(t) }, async () => {
      buttonNamed(el, 'Copy HTML source').click();
      await waitUntil(() => texts.length === 1);
      buttonNamed(el, 'Copy plain text').click();
      await waitUntil(() => texts.length === 2);
    });
    expect(texts[0]).to.match(/^<table role="presentation"/);
    expect(frame(el, 'light').srcdoc).to.include(texts[0]!);
    expect(texts[1]).to.include('LinkedIn: https://www.linkedin.com/in/ellenpark');
    expect(formats).to.deep.equal(['source', 'text']);
  });

  it('says clearly when the clipboard is not allowed', async () => {
    const el = await ellen();
    let fired = false;
    el.addEventListener('social-copy', () => (fired = true));
    const refuse = async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    };
    await withClipboard({ write: refuse, writeText: refuse }, async () => {
      buttonNamed(el, 'Copy signature').click();
      await waitUntil(() => $(el, '[role="alert"]').textContent!.trim() !== '', 'no message');
    });
    expect($(el, '[role="alert"]').textContent).to.include('not allowed to use the clipboard');
    expect($(el, '[role="status"]').textContent!.trim()).to.equal('');
    expect(fired).to.equal(false);
  });

  it('downloads the signature as .html and the person as a vCard with the chosen profiles', async () => {
    const el = await ellen();
    await type(el, $<HTMLInputElement>(el, 'input[name="title"]'), 'Head of Marketing');
    await click(el, $<HTMLInputElement>(el, 'input[aria-label="Show Website in the signature"]'));
    const page = await captureDownload(() => buttonNamed(el, 'Download .html').click());
    expect(page.name).to.equal('Ellen Park signature.html');
    expect(page.blob.type).to.equal('text/html;charset=utf-8');
    const doc = new DOMParser().parseFromString(await page.blob.text(), 'text/html');
    expect(doc.title).to.equal('Ellen Park');
    expect(doc.body.innerHTML.trim()).to.equal(preview(el).body.innerHTML);

    const card = await captureDownload(() => buttonNamed(el, 'Download vCard (.vcf)').click());
    expect(card.name).to.equal('Ellen Park.vcf');
    const [, properties] = ICAL.parse(await card.blob.text()) as [
      string,
      [string, Record<string, string>, string, string][],
    ];
    const value = (name: string) => properties.filter((p) => p[0] === name).map((p) => p[3]);
    expect(value('fn')).to.deep.equal(['Ellen Park']);
    expect(value('title')).to.deep.equal(['Head of Marketing']);
    expect(value('socialprofile')).to.have.members([
      'https://www.linkedin.com/in/ellenpark',
      'https://mastodon.social/@ellen',
    ]);
    expect(value('url')).to.deep.equal([]);
  });

  it('updates the directory entry with a profile editor for the chosen person, on the directory it loaded', async () => {
    const el = await ellen();
    const editor = $<SocialProfileEditor>(el, '[part="entry"] social-profile-editor');
    await waitUntil(() => editor.shadowRoot?.querySelector('[part="form"]'), 'the editor did not render');
    expect(editor.person).to.equal('ellen-park');
    expect(editor.directory).to.equal(
      (el as unknown as { load: { value: { directory: unknown } } }).load.value.directory,
    );
    expect(editor.action).to.equal('');
    expect(editor.shadowRoot!.textContent).to.include('Copy my changes');
    // The editor's own fields, apart from the signature's: editing there leaves the signature alone.
    const pronouns = editor.shadowRoot!.querySelector<HTMLInputElement>('input[name="pronouns"]')!;
    pronouns.value = 'they/them';
    pronouns.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await editor.updateComplete;
    expect(editor.updateDocument!.changes).to.deep.equal({ pronouns: 'they/them' });
    expect(previewText(el)).to.include('(she/her)');
  });

  it('passes update-action to the editor, which then sends instead of copying', async () => {
    const el = await loaded(
      await fixture<SocialSignature>(
        html`<social-signature person="ellen-park" update-action="/api/updates" .manifest=${northwind()}></social-signature>`,
      ),
    );
    const editor = $<SocialProfileEditor>(el, '[part="entry"] social-profile-editor');
    await waitUntil(() => editor.shadowRoot?.querySelector('[part="form"]'), 'the editor did not render');
    expect(editor.action).to.equal('/api/updates');
    expect(editor.shadowRoot!.querySelector('button[type="submit"]')!.textContent!.trim()).to.equal('Send my changes');
  });

  it('renders the same signature as the core for the same choices', async () => {
    const el = await ellen();
    await click(el, $<HTMLInputElement>(el, 'input[type="radio"][value="compact"]'));
    const { manifest } = validateManifest(northwind());
    const person = manifest.people[0]!;
    const { html: expected } = renderSignature(person, manifest.organization, {
      template: 'compact',
      department: manifest.departments[0]!,
    });
    expect(preview(el).body.innerHTML).to.equal(new DOMParser().parseFromString(expected, 'text/html').body.innerHTML);
  });

  it('previews the organization’s banner, and leaves it out when unticked', async () => {
    const manifest = northwind() as Record<string, any>;
    manifest.organization.signature = {
      ...manifest.organization.signature,
      banner: {
        image: 'https://northwind.example/banners/autumn.png',
        url: 'https://northwind.example/autumn',
        alt: 'Our autumn catalogue',
        width: 480,
        height: 96,
      },
    };
    const el = await loaded(
      await fixture<SocialSignature>(
        html`<social-signature person="ellen-park" .manifest=${manifest}></social-signature>`,
      ),
    );
    const banner = preview(el).querySelector('img[alt="Our autumn catalogue"]')!;
    expect([banner.getAttribute('src'), banner.getAttribute('width'), banner.getAttribute('height')]).to.deep.equal([
      'https://northwind.example/banners/autumn.png',
      '480',
      '96',
    ]);
    expect(banner.closest('a')!.getAttribute('href')).to.equal('https://northwind.example/autumn');
    await click(el, $<HTMLInputElement>(el, 'input[type="checkbox"][name="banner"]'));
    expect(preview(el).querySelector('img[alt="Our autumn catalogue"]')).to.equal(null);
  });

  it('takes its icons from icon-base-url, relative to the page, and lets the preview load them', async () => {
    const el = await loaded(
      await fixture<SocialSignature>(
        html`<social-signature person="ellen-park" icon-base-url="/dist/icons" .manifest=${northwind()}></social-signature>`,
      ),
    );
    const icon = preview(el).querySelector('img[alt="LinkedIn"]')!;
    expect(icon.getAttribute('src')).to.equal(`${location.origin}/dist/icons/linkedin.png`);
    expect(frame(el, 'light').srcdoc).to.include(`img-src https: ${location.origin};`);
    expect(el.shadowRoot!.querySelector('[part="warnings"]')!.textContent).to.include('this computer');
  });

  it('gives step-by-step instructions for each mail client', async () => {
    const el = await ellen();
    const clients = [...el.shadowRoot!.querySelectorAll('[part="instructions"] details')];
    expect(clients.map((d) => d.querySelector('summary')!.textContent)).to.deep.equal([
      'Gmail',
      'Outlook (new Outlook for Windows and Mac)',
      'Outlook (classic, for Windows)',
      'Outlook on the web (Microsoft 365 and Outlook.com)',
      'Apple Mail (Mac)',
    ]);
    for (const client of clients) expect(client.querySelectorAll('ol li').length).to.be.greaterThan(3);
  });

  it('has no accessibility violations, light and dark, with an invalid field', async () => {
    const el = await ellen();
    await type(el, handleInput(el, 'Mastodon'), 'not a handle');
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
    const finder = await loaded(
      await fixture<SocialSignature>(html`<social-signature .manifest=${northwind()}></social-signature>`),
    );
    await type(finder, $<HTMLInputElement>(finder, 'input[type="search"]'), 'a');
    await expect(finder).to.be.accessible();
  });

  it('speaks French with lang="fr"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><social-signature person="ellen-park" .manifest=${northwind()}></social-signature></div>`,
    );
    const el = await loaded(wrapper.querySelector('social-signature')!);
    expect($(el, '#preview-heading').textContent).to.equal('Aperçu');
    expect(buttonNamed(el, 'Copier la signature')).to.exist;
    expect($<HTMLMeterElement>(el, 'meter').labels[0]!.textContent).to.match(
      /^\d[\d\s\u202f]* sur 10\s000 caractères \(limite de Gmail\)$/,
    );
    expect(frame(el, 'dark').title).to.equal(
      'Aperçu en mode sombre, comme dans de nombreuses applications de messagerie',
    );
    // The guidelines link of the signature is translated too.
    expect(previewText(el)).to.include('Charte réseaux sociaux');
    const input = [...el.shadowRoot!.querySelectorAll('.profile label')]
      .find((l) => l.textContent!.includes('Identifiant ou lien Mastodon'))!
      .querySelector('input')!;
    await type(el, input, 'pas un identifiant');
    const error = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(error.textContent).to.include(
      'Identifiant ou lien Mastodon non valide (par exemple @ellen@mastodon.social)',
    );
    expect(error.querySelector('[lang="en"]')!.textContent).to.include('Mastodon handles look like');
  });
});
