// A long directory shows its first screen before the virtualizer has arrived, then lays the list
// out with it. Its own file: the virtualizer is fetched once per page, and here it must not be
// there yet. The service worker holds the virtualizer's module back until a test lets it go.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, passthrough } from 'msw';
import { setupWorker } from 'msw/browser';
import type { SocialDirectory } from '../../src/elements/social-directory.js';
import type { SocialPersonCard } from '../../src/elements/social-person-card.js';
import '../../src/elements/social-directory.js';
import { VIRTUALIZE_ABOVE } from '../../src/elements/social-directory.js';
import { northwind } from '../fixtures/manifests.js';
import '../fixtures/benign-errors.js';

const msw = setupWorker();
let release: () => void = () => {};
const held = new Promise<void>((resolve) => (release = resolve));
let asked = 0;

function manyPeople(count: number) {
  const manifest = northwind();
  manifest.people = Array.from({ length: count }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${String(i).padStart(3, '0')}`,
    title: 'Editor',
  }));
  return manifest;
}

const items = (el: SocialDirectory) => [...el.shadowRoot!.querySelectorAll('.results > li')];

describe('<social-directory> before its virtualizer has arrived', function () {
  this.timeout(20_000);
  before(() =>
    msw.start({ quiet: true, onUnhandledRequest: 'bypass' }).then(() =>
      msw.use(
        http.get(/virtualizer-layout\./, async () => {
          asked++;
          await held;
          return passthrough();
        }),
      ),
    ),
  );
  after(() => msw.stop());

  it('shows its first screen at once, fetches the virtualizer after it and then lays out the list with it', async () => {
    const el = await fixture<SocialDirectory>(html`<social-directory .manifest=${manyPeople(600)}></social-directory>`);
    await waitUntil(() => items(el).length > 0, 'no first screen');
    const shown = items(el);
    expect(shown.length).to.equal(VIRTUALIZE_ABOVE);
    expect(shown[0]!.getAttribute('aria-setsize')).to.equal('600');
    expect(shown[0]!.querySelector<SocialPersonCard>('social-person-card')!.person!.name).to.equal('Person 000');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.equal('600 people');
    expect(el.shadowRoot!.querySelector('.virtual')).to.equal(null);
    // Asked for once the first screen is painted, and only then.
    await waitUntil(() => asked > 0, 'the virtualizer was never asked for');

    // A search before it arrives answers in the first screen too.
    el.query = 'person 05';
    await el.updateComplete;
    const found = items(el);
    expect(found.length).to.be.within(10, VIRTUALIZE_ABOVE);
    expect(found[0]!.getAttribute('aria-setsize')).to.equal(String(found.length));

    release();
    await waitUntil(() => el.shadowRoot!.querySelector('.virtual [role="listitem"]') !== null, 'never virtualized');
    expect(items(el)).to.deep.equal([]);
    el.query = '';
    await waitUntil(
      () => el.shadowRoot!.querySelector('[role="listitem"]')?.getAttribute('aria-setsize') === '600',
      'the virtualized list does not hold everyone',
    );
    expect(el.shadowRoot!.querySelectorAll('[role="listitem"]').length).to.be.lessThan(200);
  });

  it('draws a short directory whole, and never asks for the virtualizer for it', async () => {
    const before = asked;
    const el = await fixture<SocialDirectory>(
      html`<social-directory .manifest=${manyPeople(VIRTUALIZE_ABOVE)}></social-directory>`,
    );
    await waitUntil(() => items(el).length === VIRTUALIZE_ABOVE, 'not everyone is shown');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(asked).to.equal(before);
  });
});
