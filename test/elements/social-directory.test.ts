import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/index.js';
import type { SocialDirectory } from '../../src/elements/social-directory.js';
import type { SocialPersonCard } from '../../src/elements/social-person-card.js';
import { northwind } from '../fixtures/manifests.js';
import { captureDownload } from './download.js';
import { vCardFileName } from '../../src/core/vcard.js';
import { validateManifest } from '../../src/core/index.js';
import ICAL from 'ical.js';
// @ts-expect-error: the benchmark generator is plain JavaScript without types.
import { generateManifest } from '../bench/generate.mjs';
import '../fixtures/benign-errors.js';

const worker = setupWorker();
let n = 0;
const url = (name: string) => `/api/elements-${name}-${++n}.json`;

async function loaded(el: SocialDirectory): Promise<SocialDirectory> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part="status"], [part="error"]') !== null,
    'directory did not render',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

/** Answers every /photos/... request with a 4×4 PNG. */
const servePhotos = () => {
  const png = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGOo6DkBRwzEcQDm0hzBwP7yVAAAAABJRU5ErkJggg=='),
    (c) => c.charCodeAt(0),
  );
  worker.use(http.get('/photos/:name', () => new HttpResponse(png, { headers: { 'content-type': 'image/png' } })));
};
const cards = (el: SocialDirectory) => [...el.shadowRoot!.querySelectorAll<SocialPersonCard>('social-person-card')];
const names = (el: SocialDirectory) => cards(el).map((card) => card.person!.name);
const status = (el: SocialDirectory) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
const search = (el: SocialDirectory) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
const select = (el: SocialDirectory, label: string) =>
  [...el.shadowRoot!.querySelectorAll('label')]
    .find((l) => l.textContent!.trim().startsWith(label))!
    .querySelector('select')!;

async function type(el: SocialDirectory, text: string) {
  const input = search(el);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<social-directory>', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  // Long directories import the virtualizer when they first need it: fetch it here, so that
  // first test's time limit is not spent on the dev server compiling it.
  before(() => import('../../src/elements/internal/virtualizer-layout.js'));
  after(() => worker.stop());
  afterEach(() => {
    worker.resetHandlers();
    history.replaceState(null, '', location.pathname);
  });

  it('loads the manifest from src and shows everyone with a live count', async () => {
    const path = url('src');
    worker.use(http.get(path, () => HttpResponse.json(northwind())));
    const el = await loaded(await fixture<SocialDirectory>(html`<social-directory src=${path}></social-directory>`));
    expect(names(el)).to.have.length(6);
    expect(status(el)).to.equal('6 people');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('fires social-load with the directory, and social-warning with what was left out', async () => {
    const manifest = northwind();
    manifest.people[1]!.profiles = [{ network: 'x', handle: 'this is not a handle' }];
    const el = document.createElement('social-directory');
    const load = oneEvent(el, 'social-load');
    const warning = oneEvent(el, 'social-warning');
    el.manifest = manifest;
    document.body.append(el);
    expect((await load).detail.directory.people).to.have.length(6);
    expect((await warning).detail.warnings[0].at).to.equal('people[1].profiles[0].handle');
    el.remove();
  });

  it('shows a message a person understands and a retry button when loading fails, and retries', async () => {
    const path = url('missing');
    let calls = 0;
    worker.use(
      http.get(path, () =>
        ++calls === 1
          ? new HttpResponse(null, { status: 404, statusText: 'Not Found' })
          : HttpResponse.json(northwind()),
      ),
    );
    const el = document.createElement('social-directory');
    const failed = oneEvent(el, 'social-error');
    el.src = path;
    document.body.append(el);
    expect((await failed).detail.error.code).to.equal('http');
    await loaded(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('The directory could not be loaded.');
    expect(alert.textContent).to.include('404');
    alert.querySelector('button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="status"]') !== null, 'retry did not load');
    expect(status(el)).to.equal('6 people');
    el.remove();
  });

  it('searches as you type, accents folded', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${northwind()}></social-directory>`),
    );
    await type(el, 'zoe');
    expect(names(el)).to.deep.equal(['Zoë Lambert']);
    expect(status(el)).to.equal('1 person');
  });

  it('filters by department, network, location and champions, with facet counts in the options', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${northwind()}></social-directory>`),
    );
    const departments = select(el, 'Department');
    expect([...departments.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Any',
      'Marketing (2)',
      'Customer Support (2)',
      'Editorial (2)',
    ]);
    departments.value = 'editorial';
    departments.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(["Siobhán O'Connor", 'Zoë Lambert']);
    const locations = [...select(el, 'Location').options].map((o) => o.textContent!.trim());
    expect(locations).to.include.members(['London (1)', 'Lisbon (1)', 'Boston (0)']);
    el.champion = true;
    await el.updateComplete;
    expect(names(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.include('No one matches these filters.');
  });

  it('takes initial filters from attributes', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory .manifest=${northwind()} network="x" location="Boston"></social-directory>`,
      ),
    );
    expect(names(el)).to.deep.equal(['Trent Walker']);
  });

  it('mirrors the query and filters in the URL with sync-url, and restores them from it', async () => {
    history.replaceState(null, '', `${location.pathname}?q=editor&department=editorial`);
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${northwind()} sync-url></social-directory>`),
    );
    expect(search(el).value).to.equal('editor');
    expect(names(el)).to.deep.equal(["Siobhán O'Connor", 'Zoë Lambert']);
    await type(el, 'zoe');
    expect(new URL(location.href).searchParams.get('q')).to.equal('zoe');
    const network = select(el, 'Network');
    network.value = 'bluesky';
    network.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(new URL(location.href).searchParams.get('network')).to.equal('bluesky');
    // Back undoes the filter choice (typing replaced the entry instead of adding one).
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await el.updateComplete;
    expect(el.network).to.equal('');
    expect(el.query).to.equal('zoe');
  });

  it('shows only public people and public fields in the public audience, and says the manifest was internal', async () => {
    const el = document.createElement('social-directory');
    el.audience = 'public';
    const warning = oneEvent(el, 'social-warning');
    el.manifest = northwind();
    document.body.append(el);
    expect((await warning).detail.warnings.map((w: { message: string }) => w.message).join()).to.include(
      'internal manifest',
    );
    await loaded(el);
    const text =
      el.shadowRoot!.textContent! +
      cards(el)
        .map((c) => c.shadowRoot!.textContent)
        .join();
    expect(names(el)).to.deep.equal(['Ellen Park', "Siobhán O'Connor", 'Zoë Lambert']);
    for (const secret of [
      'Trent',
      'María',
      'ellen@northwind.example',
      '+1 617',
      'Boston',
      'Never share confidential information',
    ]) {
      expect(text, secret).not.to.include(secret);
    }
    el.remove();
  });

  it('renders a hostile manifest inert: markup as text, javascript: links dropped', async () => {
    const manifest = northwind();
    manifest.people[0]!.name = '<img src=x onerror="window.__pwned=1">Ellen';
    manifest.people[0]!.title = '<script>window.__pwned=1</script>';
    manifest.people[0]!.photo = 'javascript:alert(1)';
    manifest.people[0]!.profiles = [
      { network: 'website', url: 'javascript:alert(1)' },
      { network: 'other', url: 'https://ok.example/' },
    ];
    manifest.organization.guidelines = { url: 'javascript:alert(2)', rules: ['<b>bold</b>'] };
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${manifest}></social-directory>`),
    );
    const card = cards(el).find((c) => c.person!.id === 'ellen-park')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal(
      '<img src=x onerror="window.__pwned=1">Ellen',
    );
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    expect(card.shadowRoot!.querySelector('img')!.hasAttribute('src')).to.equal(false);
    const hrefs = [...card.shadowRoot!.querySelectorAll('.links a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://ok.example/']);
    const all = [el.shadowRoot!, ...cards(el).map((c) => c.shadowRoot!)].flatMap((root) =>
      [...root.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!),
    );
    expect(all.filter((href) => /^javascript:/i.test(href))).to.deep.equal([]);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('falls back to initials when a photo fails to load', async () => {
    let asked = 0;
    worker.use(http.get('/photos/missing.jpg', () => (asked++, new HttpResponse(null, { status: 404 }))));
    const manifest = northwind();
    manifest.people[0]!.photo = `${location.origin}/photos/missing.jpg`;
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${manifest}></social-directory>`),
    );
    const card = cards(el).find((c) => c.person!.id === 'ellen-park')!;
    const photo = card.shadowRoot!.querySelector<HTMLImageElement>('[part="avatar"] img')!;
    await waitUntil(() => asked > 0 && photo.hidden, 'the photo was not asked for, or still shows after it failed', {
      timeout: 5000,
    });
    expect(getComputedStyle(photo).display).to.equal('none');
    const initials = card.shadowRoot!.querySelector<HTMLElement>('[part="avatar"] span')!;
    expect(initials.textContent).to.equal('EP');
    expect(initials.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it("asks for a card's photo once its person is drawn, and never shows the previous person's", async () => {
    servePhotos();
    const manifest = northwind();
    manifest.people[0]!.photo = `${location.origin}/photos/ellen.png`;
    manifest.people[1]!.photo = `${location.origin}/photos/trent.png`;
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${manifest}></social-directory>`),
    );
    const card = cards(el).find((c) => c.person!.id === manifest.people[0]!.id)!;
    const photo = () => card.shadowRoot!.querySelector<HTMLImageElement>('[part="avatar"] img')!;
    await waitUntil(() => photo().getAttribute('src') === manifest.people[0]!.photo, 'the photo was never asked for');
    expect(photo().hidden).to.equal(false);
    await waitUntil(() => photo().complete && photo().naturalWidth === 4, 'the photo did not load');
    card.person = cards(el).find((c) => c.person!.id === manifest.people[1]!.id)!.person;
    await card.updateComplete;
    // The frame that draws the new person shows initials, not the last person's face.
    expect(photo().hasAttribute('src')).to.equal(false);
    expect(photo().hidden).to.equal(true);
    await waitUntil(
      () => photo().getAttribute('src') === manifest.people[1]!.photo,
      'the new photo was never asked for',
    );
    await waitUntil(() => photo().complete && photo().naturalWidth === 4, 'the new photo did not load');
    expect(photo().hidden).to.equal(false);
  });

  it("shows each person's local time in their time zone, and it follows the clock", async () => {
    const manifest = northwind();
    manifest.people[0]!.timeZone = 'Asia/Kolkata';
    manifest.people[1]!.timeZone = 'America/St_Johns';
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${manifest}></social-directory>`),
    );
    const shown = (id: string) =>
      cards(el)
        .find((c) => c.person!.id === id)!
        .shadowRoot!.querySelector('[part="meta"]')!.textContent!;
    const at = (time: number, timeZone: string) =>
      new Intl.DateTimeFormat('en', { timeZone, timeStyle: 'short' }).format(time);
    const realNow = Date.now;
    // Two hours and a half ahead of the real clock: a minute that no card has shown yet.
    const later = realNow() + 2.5 * 3_600_000;
    Date.now = () => later;
    try {
      for (const card of cards(el)) card.requestUpdate();
      await Promise.all(cards(el).map((card) => card.updateComplete));
      expect(shown(manifest.people[0]!.id)).to.include(`Local time ${at(later, 'Asia/Kolkata')}`);
      expect(shown(manifest.people[1]!.id)).to.include(`Local time ${at(later, 'America/St_Johns')}`);
      expect(at(later, 'Asia/Kolkata')).not.to.equal(at(realNow(), 'Asia/Kolkata'));
    } finally {
      Date.now = realNow;
    }
  });

  it('asks for the photo of a card that was moved before its photo was asked for', async () => {
    servePhotos();
    const manifest = northwind();
    manifest.people[0]!.photo = `${location.origin}/photos/moved.png`;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const card = document.createElement('social-person-card');
    card.person = validateManifest(manifest).manifest!.people[0]!;
    wrapper.append(card);
    await card.updateComplete;
    const other = document.createElement('div');
    wrapper.append(other);
    other.append(card);
    const photo = () => card.shadowRoot!.querySelector<HTMLImageElement>('[part="avatar"] img')!;
    await waitUntil(() => photo().getAttribute('src') === manifest.people[0]!.photo, 'the photo was never asked for');
  });

  it('downloads a vCard 4.0 with the social profiles from "Add to contacts"', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${northwind()}></social-directory>`),
    );
    const card = cards(el).find((c) => c.person!.id === 'ellen-park')!;
    await card.updateComplete;
    const { name, blob } = await captureDownload(() =>
      card.shadowRoot!.querySelector<HTMLButtonElement>('[part="vcard"]')!.click(),
    );
    expect(name).to.equal(vCardFileName(card.person!));
    const [, properties] = ICAL.parse(await blob.text()) as [
      string,
      [string, Record<string, string>, string, string][],
    ];
    const value = (name: string) => properties.filter((p) => p[0] === name).map((p) => p[3]);
    expect(value('fn')).to.deep.equal(['Ellen Park']);
    expect(value('email')).to.deep.equal(['ellen@northwind.example']);
    expect(value('socialprofile')).to.include.members([
      'https://www.linkedin.com/in/ellenpark',
      'https://mastodon.social/@ellen',
    ]);
  });

  it('groups by department with the department header', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${northwind()} grouped></social-directory>`),
    );
    const headings = [...el.shadowRoot!.querySelectorAll('.group h2')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['Marketing', 'Customer Support', 'Editorial']);
    expect(el.shadowRoot!.querySelector('.group')!.textContent).to.include('marketing@northwind.example');
  });

  it('keeps the cards on screen when filters narrow a large directory to a few people', async () => {
    const big = northwind();
    big.people = Array.from({ length: 600 }, (_, i) => ({
      id: `person-${i}`,
      name: `Person ${String(i).padStart(3, '0')}`,
      title: i % 50 === 0 ? 'Archivist' : 'Editor',
    }));
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${big}></social-directory>`),
    );
    // The first screen shows before the virtualizer has arrived; its cards are laid out anew then.
    await waitUntil(() => el.shadowRoot!.querySelector('.virtual social-person-card') !== null, 'no cards');
    const first = cards(el)[0]!;
    await type(el, 'archivist');
    await waitUntil(
      () => status(el) === '12 people' && names(el)[1] === 'Person 050',
      'the twelve archivists are not shown',
    );
    // Still only the rows on screen, drawn in the cards that were there.
    // (Compared as a boolean: chai describing a card element on failure never finishes.)
    expect(cards(el)[0] === first, 'the first card was replaced').to.equal(true);
    expect(names(el)[0]).to.equal('Person 000');
    const items = [...el.shadowRoot!.querySelectorAll('[role="listitem"]')];
    expect(items.length).to.be.within(1, 12);
    expect(items.every((item) => item.getAttribute('aria-setsize') === '12')).to.equal(true);
  });

  it('renders only what is on screen for large directories, and tells screen readers the size', async () => {
    const big = northwind();
    big.people = Array.from({ length: 5000 }, (_, i) => ({
      id: `person-${i}`,
      name: `Person ${String(i).padStart(4, '0')}`,
      title: 'Editor',
    }));
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${big}></social-directory>`),
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="listitem"]').length > 0, 'no rows');
    const rows = el.shadowRoot!.querySelectorAll('[role="listitem"]');
    expect(rows.length).to.be.lessThan(200);
    expect(rows[0]!.getAttribute('aria-setsize')).to.equal('5000');
    expect(rows[0]!.getAttribute('aria-posinset')).to.equal('1');
    // Full cards, several to a row, as in the small grid.
    expect(el.shadowRoot!.querySelector('social-person-card')!.compact).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('fills rows with as many cards as the width holds from the first render, and follows resizes', async () => {
    const big = northwind();
    big.people = Array.from({ length: 300 }, (_, i) => ({
      id: `person-${i}`,
      name: `Person ${String(i).padStart(3, '0')}`,
    }));
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1150px"></div>`);
    const el = document.createElement('social-directory');
    box.append(el);
    // Every row as first drawn: a long list must never flash in one column before the width is known.
    const drawn: number[] = [];
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLElement && node.classList.contains('row'))
            drawn.push(node.querySelectorAll('social-person-card').length);
    }).observe(el.shadowRoot!, { childList: true, subtree: true });
    el.manifest = big;
    await loaded(el);
    const perRow = () =>
      [...el.shadowRoot!.querySelectorAll('.row')].map((row) => row.querySelectorAll('social-person-card').length);
    await waitUntil(() => perRow().length > 0, 'no rows');
    expect(drawn.length).to.be.greaterThan(0);
    expect(Math.min(...drawn), 'a row was first drawn with fewer cards than fit').to.equal(4);
    box.style.width = '320px';
    await waitUntil(() => perRow()[0] === 1, 'one card per row on a phone');
  });

  it('virtualizes grouped lists: each department header on its own row, positions counting people only', async () => {
    const big = northwind();
    const departments = big.departments!.map((d) => d.id);
    big.people = Array.from({ length: 90 }, (_, i) => ({
      id: `person-${i}`,
      name: `Person ${String(i).padStart(2, '0')}`,
      department: departments[i % 3],
    }));
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory .manifest=${big} grouped style="width: 900px"></social-directory>`,
      ),
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.row').length > 0, 'no rows');
    const first = el.shadowRoot!.querySelector('.virtual [role="listitem"]')!;
    expect(first.classList.contains('group')).to.equal(true);
    expect(first.textContent).to.include(big.departments![0]!.name);
    for (const row of el.shadowRoot!.querySelectorAll('.row')) {
      const inRow = [...row.querySelectorAll<SocialPersonCard>('social-person-card')].map(
        (card) => card.person!.department,
      );
      expect(new Set(inRow).size, 'a row mixes departments').to.equal(1);
    }
    const people = [...el.shadowRoot!.querySelectorAll('.row [role="listitem"]')];
    expect(people.map((item) => item.getAttribute('aria-posinset')).slice(0, 4)).to.deep.equal(['1', '2', '3', '4']);
    expect(people[0]!.getAttribute('aria-setsize')).to.equal('90');
  });

  it('reaches the last person by scrolling, switching to compact rows when full cards would be too tall to lay out', async () => {
    // 24,000 people one to a row, in large text (as when a person zooms): estimated at first
    // to fit as full cards, measured too tall (browsers cannot lay out ~8.2 million px), so the
    // list must switch to compact rows.
    const count = 24_000;
    document.documentElement.style.fontSize = '24px';
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = document.createElement('social-directory');
    box.append(el);
    el.manifest = generateManifest(count);
    await loaded(el);
    const last = () => el.shadowRoot!.querySelector(`[aria-posinset="${count}"]`);
    for (let i = 0; i < 40 && last() === null; i++) {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    }
    expect(last(), 'the last person was never rendered').to.not.equal(null);
    expect(last()!.querySelector<SocialPersonCard>('social-person-card')!.compact).to.equal(true);
    window.scrollTo(0, 0);
    document.documentElement.style.removeProperty('font-size');
  });

  it('has no accessibility violations, light and dark', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(html`<social-directory .manifest=${northwind()} grouped></social-directory>`),
    );
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('takes its words from the strings property, in its cards too, and follows a new one', async () => {
    const el = await loaded(
      await fixture<SocialDirectory>(
        html`<social-directory .manifest=${northwind()} .strings=${{ searchPlaceholder: 'Find a colleague', champion: 'Social guide' }}></social-directory>`,
      ),
    );
    const ellen = () => cards(el).find((c) => c.person!.id === 'ellen-park')!;
    await ellen().updateComplete;
    expect(search(el).placeholder).to.equal('Find a colleague');
    expect(ellen().shadowRoot!.querySelector('[part="badge"]')!.textContent).to.equal('Social guide');
    expect(status(el)).to.equal('6 people');
    el.strings = { champion: 'Guide' };
    await el.updateComplete;
    await ellen().updateComplete;
    expect(search(el).placeholder).to.equal('Name, title, topic or handle');
    expect(ellen().shadowRoot!.querySelector('[part="badge"]')!.textContent).to.equal('Guide');
  });

  it('speaks French with lang="fr"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><social-directory .manifest=${northwind()}></social-directory></div>`,
    );
    const el = await loaded(wrapper.querySelector('social-directory')!);
    expect(status(el)).to.equal('6 personnes');
    expect(search(el).placeholder).to.equal('Nom, poste, sujet ou identifiant');
    // The cards inside the directory's shadow root speak the page's language too.
    const ellen = cards(el).find((c) => c.person!.id === 'ellen-park')!;
    await ellen.updateComplete;
    expect(ellen.shadowRoot!.querySelector('[part="badge"]')!.textContent).to.equal('Ambassadeur réseaux sociaux');
  });
});
