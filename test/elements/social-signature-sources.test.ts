// The signature builder run against each of its sources: the manifest, and the static index
// `social-directory index` writes from the same manifest (built by the CLI through the test
// runner's `build-static-index` command), from which the builder reads the head file, the index's
// search and the chosen person's record. The same tests, word for word, on both.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/index.js';
import { describeUnreadableIndex } from './unreadable-index.js';
import type { Audience } from '../../src/core/index.js';
import type { SocialSignature } from '../../src/elements/social-signature.js';
import { northwind } from '../fixtures/manifests.js';
import '../fixtures/benign-errors.js';
import { buildStaticIndex } from '../fixtures/static-index.js';

type Attributes = { readonly person?: string; readonly audience?: Audience };

/** A builder with these attributes, reading `source` (set as `.manifest` or as `index`). */
const builder = (source: { manifest: object } | { index: string }, attributes: Attributes) =>
  fixture<SocialSignature>(html`<social-signature
    .manifest=${'manifest' in source ? source.manifest : undefined}
    index=${'index' in source ? source.index : nothing}
    person=${attributes.person ?? ''}
    audience=${attributes.audience ?? 'internal'}
  ></social-signature>`);

/** How a test puts a builder of `manifest` on the page, from each source. */
const SOURCES = {
  manifest: (manifest: object, attributes: Attributes) => builder({ manifest }, attributes),
  index: async (manifest: object, attributes: Attributes) => {
    const index = await buildStaticIndex(manifest, attributes.audience ?? 'internal');
    return builder({ index }, attributes);
  },
};

const $ = <T extends Element = HTMLElement>(el: SocialSignature, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const previewText = (el: SocialSignature) =>
  new DOMParser()
    .parseFromString($<HTMLIFrameElement>(el, 'iframe[part~="frame-light"]')!.srcdoc, 'text/html')
    .body.textContent!.replace(/\s+/g, ' ');
/** The person buttons of "find yourself", as shown: the name, then the title and department. */
const found = (el: SocialSignature) =>
  [...el.shadowRoot!.querySelectorAll('[part~="person"]')].map(
    (b) =>
      `${[...b.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('')
        .trim()} (${b.querySelector('.meta')!.textContent!.trim()})`,
  );
const status = (el: SocialSignature) => $(el, '[part="finder"] [role="status"]')?.textContent?.trim();

/** Until the builder shows `selector` (the form, the finder or the error). */
async function showing(el: SocialSignature, selector: string): Promise<SocialSignature> {
  await waitUntil(() => $(el, selector) !== null, `the builder did not show ${selector}`, { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

/** Types into "find yourself" and waits until the list (or "no match") answers it. */
async function search(el: SocialSignature, text: string) {
  const input = $<HTMLInputElement>(el, '[part="finder"] input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  // A static index answers after a fetch: until then the list is busy.
  await waitUntil(() => $(el, '[part="finder"]')!.getAttribute('aria-busy') === 'false', `no answer to "${text}"`, {
    timeout: 10_000,
  });
  await el.updateComplete;
}

let manifestPreview: string | undefined;

for (const [name, mount] of Object.entries(SOURCES)) {
  describe(`<social-signature> from ${name === 'index' ? 'a static index' : 'a manifest'}`, function () {
    // A static index is built by the CLI (Pagefind) the first time a manifest is seen.
    this.timeout(60_000);

    it('finds the employee by name and renders their signature with the organization and department', async () => {
      const el = await showing(await mount(northwind(), {}), '[part="finder"]');
      await search(el, 'zoe');
      expect(found(el)).to.deep.equal(['Zoë Lambert (Editor · Editorial)']);
      const selected = oneEvent(el, 'social-select');
      $<HTMLButtonElement>(el, '[part~="person"]')!.click();
      expect((await selected).detail.person.id).to.equal('zoe-lambert');
      await showing(el, '[part="form"]');
      expect($<HTMLInputElement>(el, 'input[name="name"]')!.value).to.equal('Zoë Lambert');
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, 'input[name="name"]'), 'focus did not move');
      expect(previewText(el)).to.include('Zoë Lambert').and.include('Editor, Editorial').and.include('Northwind Press');
      // The whole signature is the same from both sources (the manifest's run comes first).
      const srcdoc = $<HTMLIFrameElement>(el, 'iframe[part~="frame-light"]')!.srcdoc;
      if (name === 'manifest') manifestPreview = srcdoc;
      else expect(srcdoc).to.equal(manifestPreview);
    });

    it('preselects the person the person attribute names', async () => {
      const el = await showing(await mount(northwind(), { person: 'ellen-park' }), '[part="form"]');
      expect($<HTMLInputElement>(el, 'input[name="name"]')!.value).to.equal('Ellen Park');
      expect(previewText(el)).to.include('Marketing Director, Marketing');
    });

    it('asks who you are when the person attribute names no one', async () => {
      const el = await showing(await mount(northwind(), { person: 'nobody-here' }), '[part="finder"]');
      expect($(el, '[part="form"]')).to.equal(null);
      await search(el, 'xylophone');
      expect(found(el)).to.deep.equal([]);
      // An index makes names searchable, not emails: it does not suggest an email.
      expect(status(el)).to.equal(
        name === 'manifest'
          ? 'No one matches. Try your full name or your work email.'
          : 'No one matches. Try your full name.',
      );
      expect($(el, '[part="finder"] label')!.textContent!.trim()).to.equal(
        name === 'manifest' ? 'Your name or email' : 'Your name',
      );
    });

    it('finds only public people on a public page', async () => {
      const el = await showing(await mount(northwind(), { audience: 'public' }), '[part="finder"]');
      await search(el, 'trent');
      expect(found(el)).to.deep.equal([]);
      await search(el, 'siobhan');
      expect(found(el)).to.deep.equal(["Siobhán O'Connor (Production Editor · Editorial)"]);
    });
  });
}

describe('<social-signature index> on a public page', function () {
  this.timeout(60_000);

  it('offers only public people from an internal index', async () => {
    const index = await buildStaticIndex(northwind(), 'internal');
    const el = await showing(
      await fixture<SocialSignature>(html`<social-signature index=${index} audience="public"></social-signature>`),
      '[part="finder"]',
    );
    await search(el, 'support');
    expect(found(el)).to.deep.equal([]);
    await search(el, 'editor');
    expect(found(el).sort()).to.deep.equal([
      "Siobhán O'Connor (Production Editor · Editorial)",
      'Zoë Lambert (Editor · Editorial)',
    ]);
  });
});

describeUnreadableIndex('social-signature');
