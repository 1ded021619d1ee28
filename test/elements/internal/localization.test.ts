import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizedElement } from '../../../src/elements/internal/localized-element.js';
import { catalogReady, formatPlural } from '../../../src/elements/messages.js';
// The host says the directory's messages, which come with the directory's module.
import '../../../src/elements/social-directory.js';

/** An element that says "Search people" and a count, in its language. */
class SpeakingHost extends LocalizedElement {
  static override properties = { count: { type: Number } };
  count = 2;
  readonly shown: string[] = [];
  /** The language it speaks, as the elements pass it to the core (a collator's locale). */
  get language(): string | undefined {
    return this.localization.lang;
  }
  override render() {
    const text = `${this.msg('search')} · ${this.localization.plural('results', this.count)}`;
    this.shown.push(text);
    return text;
  }
}
customElements.define('speaking-host', SpeakingHost);

/** An element that derives its text in willUpdate, as elements derive what render shows. */
class DerivingHost extends LocalizedElement {
  text = '';
  protected override willUpdate(): void {
    this.text = this.msg('search');
  }
  override render() {
    // Render reads messages too, as every element's does.
    return `${this.text} / ${this.msg('search')}`;
  }
}
customElements.define('deriving-host', DerivingHost);

/** An element whose shadow root holds a speaking host, as a directory holds its cards. */
class ShadowWrapper extends LitElement {
  override render() {
    return html`<speaking-host></speaking-host>`;
  }
}
customElements.define('shadow-wrapper', ShadowWrapper);

// Our French catalog's module, not zod's French locale, which the directory's validation brings.
const frenchFetches = () =>
  performance.getEntriesByType('resource').filter((entry) => /\/elements\/locales\/fr\.[jt]s/.test(entry.name)).length;

describe('LocalizationController', () => {
  it('loads French only when an element is in French: English first, then French once it arrives', async () => {
    expect(catalogReady('fr'), 'the French catalog is not loaded with the page').to.equal(false);
    expect(frenchFetches()).to.equal(0);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr-CA"><speaking-host></speaking-host><speaking-host></speaking-host></div>`,
    );
    const [first, second] = wrapper.querySelectorAll<SpeakingHost>('speaking-host');
    await first!.updateComplete;
    await second!.updateComplete;
    expect(first!.shown).to.deep.equal(['Search people · 2 people', 'Rechercher des personnes · 2 personnes']);
    expect(second!.shown.at(-1)).to.equal('Rechercher des personnes · 2 personnes');
    expect(frenchFetches(), 'one request for the catalog, whatever the number of elements').to.equal(1);
  });

  it('gives willUpdate the messages of this update, not those of the last one', async () => {
    // willUpdate runs before the controllers' hostUpdate: a language change must show there too.
    const page = await fixture<HTMLDivElement>(html`<div lang="en"><deriving-host></deriving-host></div>`);
    const host = page.querySelector<DerivingHost>('deriving-host')!;
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('Search people / Search people');
    page.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('Rechercher des personnes / Rechercher des personnes');
    host.strings = { search: 'Chercher' };
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('Chercher / Chercher');
  });

  it('follows a lang change on an ancestor, through shadow roots', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en"><section><shadow-wrapper></shadow-wrapper></section></div>`,
    );
    const wrapper = page.querySelector<ShadowWrapper>('shadow-wrapper')!;
    await wrapper.updateComplete;
    const host = wrapper.shadowRoot!.querySelector<SpeakingHost>('speaking-host')!;
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('Search people · 2 people');
    page.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('Rechercher des personnes · 2 personnes');
    // The nearest lang wins: one set inside the wrapper's shadow root, then on the host itself.
    host.setAttribute('lang', 'en-GB');
    await new Promise((resolve) => setTimeout(resolve));
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('Search people · 2 people');
  });

  it('follows the document’s own lang', async () => {
    const host = await fixture<SpeakingHost>(html`<speaking-host></speaking-host>`);
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'fr');
      await new Promise((resolve) => setTimeout(resolve));
      await host.updateComplete;
      expect(host.shadowRoot!.textContent).to.equal('Rechercher des personnes · 2 personnes');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('stops following the page once disconnected', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en"><speaking-host></speaking-host></div>`);
    const host = page.querySelector<SpeakingHost>('speaking-host')!;
    await host.updateComplete;
    host.remove();
    const renders = host.shown.length;
    document.body.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    document.body.removeAttribute('lang');
    expect(host.shown.length).to.equal(renders);
  });

  it('applies strings overrides over the language’s catalog, and over English for a language without one', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="de"><speaking-host .strings=${{ search: 'Personen suchen', results: '{count} Personen' }}></speaking-host></div>`,
    );
    const host = page.querySelector<SpeakingHost>('speaking-host')!;
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('Personen suchen · 2 Personen');
    page.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('Personen suchen · 2 Personen');
    host.strings = { search: 'Chercher' };
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('Chercher · 2 personnes');
  });
});

describe('formatPlural', () => {
  const people = { one: '{count} person', other: '{count} people' };

  it('picks the plural form by the language’s rules, with the count written as the language writes it', () => {
    expect(formatPlural(people, 1, 'en')).to.equal('1 person');
    expect(formatPlural(people, 0, 'en')).to.equal('0 people');
    expect(formatPlural(people, 12000, 'en')).to.equal('12,000 people');
    // French counts 0 and 1 as one.
    expect(formatPlural({ one: '{count} personne', other: '{count} personnes' }, 0, 'fr')).to.equal('0 personne');
    expect(formatPlural({ one: '{count} personne', other: '{count} personnes' }, 12000, 'fr')).to.equal(
      '12\u202f000 personnes',
    );
  });

  it('takes every category a language has, and other for any not given', () => {
    const polish = { one: '{count} osoba', few: '{count} osoby', many: '{count} osób', other: '{count} osoby' };
    expect([1, 2, 5, 22, 1.5].map((n) => formatPlural(polish, n, 'pl'))).to.deep.equal([
      '1 osoba',
      '2 osoby',
      '5 osób',
      '22 osoby',
      '1,5 osoby',
    ]);
    expect(formatPlural(people, 2, 'pl')).to.equal('2 people');
  });

  it('reads lang="" (an unknown language) and a value that is no language tag as no language', async () => {
    for (const lang of ['', 'not a language!']) {
      const page = await fixture<HTMLDivElement>(html`<div lang=${lang}><speaking-host></speaking-host></div>`);
      const host = page.querySelector<SpeakingHost>('speaking-host')!;
      await host.updateComplete;
      expect(host.language, lang).to.equal(undefined);
      expect(host.shadowRoot!.textContent).to.equal('Search people · 2 people');
    }
    const page = await fixture<HTMLDivElement>(html`<div lang="FR-ca"><speaking-host></speaking-host></div>`);
    expect(page.querySelector<SpeakingHost>('speaking-host')!.language).to.equal('fr-CA');
  });

  it('uses a plain string for every count, and survives a lang value that is not a language', () => {
    expect(formatPlural('{count} Personen', 1, 'de')).to.equal('1 Personen');
    expect(formatPlural(people, 3, 'not a language!')).to.match(/^3 people$/);
  });
});
