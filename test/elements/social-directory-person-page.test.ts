import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SocialDirectory } from '../../src/elements/social-directory.js';
import type { SocialPersonCard } from '../../src/elements/social-person-card.js';
import type { ManifestInput } from '../../src/core/index.js';
import { northwind } from '../fixtures/manifests.js';
// @ts-expect-error: the benchmark generator is plain JavaScript without types.
import { generateManifest } from '../bench/generate.mjs';

// Northwind with its reporting lines: Ellen leads marketing and everyone reports up to her;
// Zoë leads editorial, with Siobhán under her; Trent (internal) has Al under him.
function withManagers(): ManifestInput {
  const input = northwind();
  const managers: Record<string, string> = {
    'zoe-lambert': 'ellen-park',
    'trent-walker': 'ellen-park',
    'maria-de-los-angeles': 'ellen-park',
    'siobhan-oconnor': 'zoe-lambert',
    'al-smith': 'trent-walker',
  };
  for (const person of input.people) {
    const manager = managers[person.id];
    if (manager !== undefined) (person as { manager?: string }).manager = manager;
  }
  (input.departments![0] as { lead?: string }).lead = 'ellen-park';
  (input.departments![2] as { lead?: string }).lead = 'zoe-lambert';
  return input;
}

async function loaded(el: SocialDirectory): Promise<SocialDirectory> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part="status"], [part="error"]') !== null,
    'directory did not render',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

const root = (el: SocialDirectory) => el.shadowRoot!;
const page = (el: SocialDirectory) => root(el).querySelector<HTMLElement>('[part="person-page"]');
const heading = (el: SocialDirectory) => root(el).querySelector<HTMLElement>('#person-page-heading')!;
const listing = (el: SocialDirectory) => root(el).querySelector<HTMLElement>('.listing')!;
const card = (el: SocialDirectory, id: string) =>
  [...root(el).querySelectorAll<SocialPersonCard>('.listing social-person-card')].find((c) => c.person?.id === id)!;
const nameButton = (card: SocialPersonCard) => card.shadowRoot!.querySelector<HTMLButtonElement>('[part="name"]')!;
const sectionLinks = (el: SocialDirectory, title: string) =>
  [...page(el)!.querySelectorAll('section section')]
    .find((s) => s.querySelector('h3')!.textContent!.startsWith(title))!
    .querySelectorAll<HTMLElement>('a, button');
const linkTexts = (links: Iterable<HTMLElement>) => [...links].map((l) => l.textContent!.trim());
/** The text of a card's "Reports to · N direct reports" line, spaces collapsed. */
const hierarchyLine = (card: SocialPersonCard) =>
  card.shadowRoot!.querySelector('[part="hierarchy"]')!.textContent!.replace(/\s+/g, ' ').trim();
const breadcrumbs = (el: SocialDirectory) => [...page(el)!.querySelectorAll<HTMLElement>('[part="breadcrumbs"] li')];
/** The element focused now, looking into shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
async function settle(el: SocialDirectory) {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
}

// The virtualizer resizes rows inside a ResizeObserver callback; Chromium reports the benign
// "ResizeObserver loop" error for it (see social-directory.test.ts).
window.addEventListener('error', (event) => {
  if (event.message.includes('ResizeObserver loop')) event.stopImmediatePropagation();
});

describe('<social-directory> person page', () => {
  before(() => import('../../src/elements/internal/virtualizer-layout.js'));
  afterEach(async () => {
    history.replaceState(null, '', location.pathname);
    await setViewport({ width: 800, height: 600 });
  });

  it('opens a person’s page when their name is clicked, fires social-select and moves focus to its heading', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${withManagers()}></social-directory>`),
    );
    await card(el, 'zoe-lambert').updateComplete;
    const selected = oneEvent(el, 'social-select');
    nameButton(card(el, 'zoe-lambert')).click();
    expect((await selected).detail.person.id).to.equal('zoe-lambert');
    // The first page of the run also waits for the page's template, loaded on first use.
    await waitUntil(
      () => el.shadowRoot!.querySelector('#person-page-heading') !== null && focused() === heading(el),
      'the page did not take focus',
      { timeout: 5000 },
    );
    expect(el.person).to.equal('zoe-lambert');
    expect(el.getAttribute('person')).to.equal('zoe-lambert');
    expect(listing(el).hidden).to.equal(true);
    expect(heading(el).textContent!.trim()).to.equal('Zoë Lambert');
    expect(focused()).to.equal(heading(el));
    expect(page(el)!.querySelector<SocialPersonCard>('social-person-card')!.person!.id).to.equal('zoe-lambert');
  });

  it('opens a person’s page from the keyboard (Enter on their name)', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${withManagers()}></social-directory>`),
    );
    await card(el, 'al-smith').updateComplete;
    nameButton(card(el, 'al-smith')).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.person).to.equal('al-smith');
    expect(focused()).to.equal(heading(el));
  });

  it('shows the managers as breadcrumbs, the department and its lead, reports, peers and topics', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory person="zoe-lambert" .manifest=${withManagers()}></social-directory>`,
      ),
    );
    expect(breadcrumbs(el).map((li) => li.textContent!.trim())).to.deep.equal(['Ellen Park', 'Zoë Lambert']);
    expect(breadcrumbs(el)[1]!.getAttribute('aria-current')).to.equal('page');
    expect(page(el)!.querySelector('[part="breadcrumbs"]')!.getAttribute('aria-label')).to.equal('Reporting line');
    // The page's styles arrive with its template, next to the directory's own.
    expect(getComputedStyle(page(el)!.querySelector('[part="breadcrumbs"] ol')!).display).to.equal('flex');
    expect(getComputedStyle(root(el).querySelector('[part="filters-toggle"]')!).display).to.equal('none');
    expect(linkTexts(sectionLinks(el, 'Direct reports'))).to.deep.equal(["Siobhán O'Connor"]);
    expect(linkTexts(sectionLinks(el, 'Same manager'))).to.deep.equal([
      'María de los Ángeles Fernández-Ruiz',
      'Trent Walker',
    ]);
    const department = [...page(el)!.querySelectorAll('section section')].find(
      (s) => s.querySelector('h3')!.textContent === 'Department',
    )!;
    expect(department.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Department Editorial');
    const ellen = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory person="maria-de-los-angeles" .manifest=${withManagers()}></social-directory>`,
      ),
    );
    const marketing = [...page(ellen)!.querySelectorAll('section section')].find(
      (s) => s.querySelector('h3')!.textContent === 'Department',
    )!;
    expect(marketing.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Department Marketing · Led by Ellen Park');
    const top = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory person="ellen-park" .manifest=${withManagers()}></social-directory>`,
      ),
    );
    expect(page(top)!.querySelector('[part="breadcrumbs"]')).to.equal(null);
    const topics = [...page(top)!.querySelectorAll('.topics li')].map((li) => li.textContent);
    expect(topics).to.deep.equal(['Press inquiries', 'Social media training']);
  });

  it('opens a page from the person attribute without taking focus, and follows the property', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory person="siobhan-oconnor" .manifest=${withManagers()}></social-directory>`,
      ),
    );
    expect(heading(el).textContent!.trim()).to.equal("Siobhán O'Connor");
    expect(focused()).not.to.equal(heading(el));
    el.person = '';
    await el.updateComplete;
    expect(page(el)).to.equal(null);
    expect(listing(el).hidden).to.equal(false);
    expect(el.hasAttribute('person')).to.equal(false);
  });

  it('navigates along breadcrumbs, reports and peers, firing social-select each time', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory person="siobhan-oconnor" .manifest=${withManagers()}></social-directory>`,
      ),
    );
    const chosen: string[] = [];
    el.addEventListener('social-select', (event) => chosen.push(event.detail.person.id));
    (breadcrumbs(el)[0]!.querySelector('button') as HTMLButtonElement).click();
    await settle(el);
    expect(el.person).to.equal('ellen-park');
    expect(focused()).to.equal(heading(el));
    [...sectionLinks(el, 'Direct reports')].find((b) => b.textContent!.trim() === 'Trent Walker')!.click();
    await settle(el);
    expect(el.person).to.equal('trent-walker');
    [...sectionLinks(el, 'Same manager')].find((b) => b.textContent!.trim() === 'Zoë Lambert')!.click();
    await settle(el);
    expect(el.person).to.equal('zoe-lambert');
    expect(chosen).to.deep.equal(['ellen-park', 'trent-walker', 'zoe-lambert']);
  });

  it('closes with "Back to the directory" and with Escape, giving focus back to the name that opened it', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${withManagers()}></social-directory>`),
    );
    await card(el, 'trent-walker').updateComplete;
    const name = nameButton(card(el, 'trent-walker'));
    name.click();
    await settle(el);
    const back = root(el).querySelector<HTMLButtonElement>('[part~="back"]')!;
    expect(back.textContent!.trim()).to.include('Back to the directory');
    back.click();
    await settle(el);
    expect(el.person).to.equal('');
    expect(page(el)).to.equal(null);
    expect(focused()).to.equal(name);

    name.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.person).to.equal('trent-walker');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.person).to.equal('');
    expect(focused()).to.equal(name);
  });

  it('leaves Escape in a card’s QR code dialog to the dialog: the page stays open', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory person="zoe-lambert" .manifest=${withManagers()}></social-directory>`,
      ),
    );
    const pageCard = page(el)!.querySelector<SocialPersonCard>('social-person-card')!;
    await pageCard.updateComplete;
    const qr = [...pageCard.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="action"]')].find(
      (b) => b.textContent!.trim() === 'QR code',
    )!;
    qr.click();
    const dialog = () => pageCard.shadowRoot!.querySelector('dialog');
    await waitUntil(() => dialog()?.open, 'the QR code dialog did not open');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog()?.open, 'the dialog did not close');
    await settle(el);
    expect(el.person).to.equal('zoe-lambert');
  });

  it('gives focus back to the card in a long, virtualized list', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${generateManifest(60)}></social-directory>`),
    );
    await waitUntil(() => root(el).querySelector('.virtual social-person-card') !== null, 'list not virtualized', {
      timeout: 5000,
    });
    const first = root(el).querySelector<SocialPersonCard>('.virtual social-person-card')!;
    await first.updateComplete;
    const name = nameButton(first);
    name.click();
    await settle(el);
    expect(el.person).to.equal(first.person!.id);
    expect(focused()).to.equal(heading(el));
    await sendKeys({ press: 'Escape' });
    await settle(el);
    const shown = focused() as HTMLElement;
    expect(shown.getAttribute('part')).to.equal('name');
    expect(shown.textContent).to.equal(first.person!.name);
  });

  it('says so when no one has the id, with the way back, never a blank', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory person="no-such-person" .manifest=${withManagers()}></social-directory>`,
      ),
    );
    expect(heading(el).textContent!.trim()).to.equal('Person not found');
    expect(page(el)!.querySelector('[part="error"]')!.textContent).to.include('“no-such-person”');
    root(el).querySelector<HTMLButtonElement>('[part~="back"]')!.click();
    await settle(el);
    expect(listing(el).hidden).to.equal(false);
  });

  it('on a public page mentions only public people: an internal person is not found, an internal manager not named', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory audience="public" person="al-smith" .manifest=${withManagers()}></social-directory>`,
      ),
    );
    expect(heading(el).textContent!.trim()).to.equal('Person not found');
    el.person = 'ellen-park';
    await el.updateComplete;
    expect(linkTexts(sectionLinks(el, 'Direct reports'))).to.deep.equal(['Zoë Lambert']);
    expect(page(el)!.textContent).not.to.include('Trent');
    expect(page(el)!.textContent).not.to.include('María');
  });

  it('is a link with sync-url: ?person= opens it, choosing pushes a history entry, Back closes it', async () => {
    history.replaceState(null, '', `${location.pathname}?person=siobhan-oconnor&q=editor`);
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory sync-url .manifest=${withManagers()}></social-directory>`),
    );
    expect(el.person).to.equal('siobhan-oconnor');
    const crumb = breadcrumbs(el)[1]!.querySelector('a')!;
    expect(new URL(crumb.href).search).to.equal('?person=zoe-lambert');
    crumb.click();
    await settle(el);
    expect(el.person).to.equal('zoe-lambert');
    expect(new URLSearchParams(location.search).get('person')).to.equal('zoe-lambert');
    // The query set before is kept in the URL.
    expect(new URLSearchParams(location.search).get('q')).to.equal('editor');

    let popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await settle(el);
    expect(el.person).to.equal('siobhan-oconnor');
    expect(focused()).to.equal(heading(el));

    history.replaceState(null, '', `${location.pathname}?q=editor`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle(el);
    expect(el.person).to.equal('');
    expect(page(el)).to.equal(null);
    expect(el.query).to.equal('editor');

    // Choosing from the list pushes ?person=, and Back closes the page again.
    await card(el, 'zoe-lambert').updateComplete;
    nameButton(card(el, 'zoe-lambert')).click();
    await settle(el);
    expect(new URLSearchParams(location.search).get('person')).to.equal('zoe-lambert');
    popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await settle(el);
    expect(el.person).to.equal('');
    expect(focused()).to.equal(nameButton(card(el, 'zoe-lambert')));
  });

  it('has no accessibility violations on a person page or the not-found page', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory person="zoe-lambert" sync-url .manifest=${withManagers()}></social-directory>`,
      ),
    );
    await page(el)!.querySelector<SocialPersonCard>('social-person-card')!.updateComplete;
    await expect(el).to.be.accessible();
    el.person = 'nobody';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describe('the card’s hierarchy links', () => {
    it('shows "Reports to" and "N direct reports", which open the manager’s and the person’s pages', async () => {
      const el = await loaded(
        await fixture<SocialDirectory>(html`<social-directory .manifest=${withManagers()}></social-directory>`),
      );
      const zoe = card(el, 'zoe-lambert');
      await zoe.updateComplete;
      const line = zoe.shadowRoot!.querySelector('[part="hierarchy"]')!;
      expect(hierarchyLine(zoe)).to.equal('Reports to Ellen Park · 1 direct report, Zoë Lambert');
      const [manager, reports] = [...line.querySelectorAll('button')];
      manager!.click();
      await settle(el);
      expect(el.person).to.equal('ellen-park');
      el.closePerson();
      await settle(el);
      reports!.click();
      await settle(el);
      expect(el.person).to.equal('zoe-lambert');
      expect(hierarchyLine(card(el, 'ellen-park'))).to.equal('3 direct reports, Ellen Park');
      expect(hierarchyLine(card(el, 'al-smith'))).to.equal('Reports to Trent Walker');
    });

    it('speaks the page’s language, with the language’s plural', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="fr"><social-directory .manifest=${withManagers()}></social-directory></div>`,
      );
      const el = await loaded(wrapper.querySelector('social-directory')!);
      await card(el, 'ellen-park').updateComplete;
      expect(hierarchyLine(card(el, 'ellen-park'))).to.equal('3 collaborateurs directs, Ellen Park');
      expect(hierarchyLine(card(el, 'zoe-lambert'))).to.equal(
        'Rattaché à Ellen Park · 1 collaborateur direct, Zoë Lambert',
      );
    });

    it('standalone, fire social-select with the manager, or with the person for their reports', async () => {
      const { validateManifest, createDirectory } = await import('../../src/core/index.js');
      const directory = createDirectory(validateManifest(withManagers()).manifest);
      const el = await fixture<SocialPersonCard>(
        html`<social-person-card .person=${directory.person('zoe-lambert')} .manager=${directory.manager('zoe-lambert')} report-count="1"></social-person-card>`,
      );
      const [manager, reports] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="hierarchy"] button')];
      let selected = oneEvent(el, 'social-select');
      manager!.click();
      expect((await selected).detail.person.id).to.equal('ellen-park');
      selected = oneEvent(el, 'social-select');
      reports!.click();
      expect((await selected).detail.person.id).to.equal('zoe-lambert');
      const plain = await fixture<SocialPersonCard>(
        html`<social-person-card .person=${directory.person('al-smith')}></social-person-card>`,
      );
      expect(plain.shadowRoot!.querySelector('[part="hierarchy"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('the filters on a phone', () => {
    const toggle = (el: SocialDirectory) => root(el).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
    const selects = (el: SocialDirectory) => [...root(el).querySelectorAll<HTMLSelectElement>('select[part="filter"]')];

    it('fold behind one "Filters" button that counts the active filters, so people come first', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await loaded(
        await fixture<SocialDirectory>(
          html`<social-directory department="support" champion .manifest=${withManagers()}></social-directory>`,
        ),
      );
      const button = toggle(el);
      expect(button.checkVisibility()).to.equal(true);
      expect(button.textContent!.trim()).to.equal('Filters (2)');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = root(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel.contains(selects(el)[0]!)).to.equal(true);
      expect(selects(el).every((s) => !s.checkVisibility())).to.equal(true);
      // The search box stays, and the first card is on the first screen.
      expect(root(el).querySelector<HTMLInputElement>('input[type="search"]')!.checkVisibility()).to.equal(true);
      const card = root(el).querySelector('social-person-card')!;
      expect(card.getBoundingClientRect().top).to.be.below(640);
      await expect(el).to.be.accessible();

      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(selects(el).every((s) => s.checkVisibility())).to.equal(true);
      el.clearFilters();
      await el.updateComplete;
      expect(button.textContent!.trim()).to.equal('Filters');
    });

    it('change nothing on a desktop: no button, every filter in view', async () => {
      await setViewport({ width: 1200, height: 800 });
      const el = await loaded(
        await fixture<SocialDirectory>(html`<social-directory .manifest=${withManagers()}></social-directory>`),
      );
      expect(toggle(el).checkVisibility()).to.equal(false);
      expect(selects(el).length).to.be.above(2);
      expect(selects(el).every((s) => s.checkVisibility())).to.equal(true);
    });
  });
});
