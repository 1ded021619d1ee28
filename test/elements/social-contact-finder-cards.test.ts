// The contact finder alone on a page: the people a suggestion names are cards whose module (with
// the links, ~8 KB gzip) is fetched once the finder's first screen is painted, not before. Its own
// file: a page defines the card once, and here it must not be defined yet. The service worker
// holds the card's module back until the test lets it go.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, passthrough } from 'msw';
import { setupWorker } from 'msw/browser';
import type { SocialContactFinder } from '../../src/elements/social-contact-finder.js';
import '../../src/elements/social-contact-finder.js';
import type { SocialPersonCard } from '../../src/elements/social-person-card.js';
import { northwind } from '../fixtures/manifests.js';
import '../fixtures/benign-errors.js';

const msw = setupWorker();
let release: () => void = () => {};
const held = new Promise<void>((resolve) => (release = resolve));
let asked = 0;

describe('<social-contact-finder> before the person card has arrived', function () {
  this.timeout(20_000);
  before(() =>
    msw.start({ quiet: true, onUnhandledRequest: 'bypass' }).then(() =>
      msw.use(
        http.get(/\/social-person-card\.(js|ts)/, async () => {
          asked++;
          await held;
          return passthrough();
        }),
      ),
    ),
  );
  after(() => msw.stop());

  it('answers at once, fetches the card after its first screen, and the named people become cards', async () => {
    const el = await fixture<SocialContactFinder>(
      html`<social-contact-finder .manifest=${northwind()} question="press"></social-contact-finder>`,
    );
    expect(customElements.get('social-person-card')).to.equal(undefined);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="topic"]') !== null, 'no answer');
    expect(el.shadowRoot!.querySelector('[part="topic"]')!.textContent!.trim()).to.equal('Press inquiries');
    await waitUntil(() => asked > 0, 'the card was never asked for');

    release();
    await waitUntil(() => customElements.get('social-person-card') !== undefined, 'the card was never defined');
    const card = el.shadowRoot!.querySelector<SocialPersonCard>('social-person-card')!;
    await card.updateComplete;
    // Given to the element before it was defined, its person is kept through the upgrade.
    expect(card.person?.name).to.equal('Ellen Park');
    expect(card.shadowRoot!.textContent).to.include('Ellen Park');
  });
});
