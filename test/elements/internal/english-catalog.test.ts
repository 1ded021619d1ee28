// The English catalog comes in parts: the messages the elements share (messages.ts), then each
// element's own, added when its module loads (`addEnglish`). The tests run in order: the card is
// the only element loaded at first, the others are imported as a page's autoloader would.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { validateManifest } from '../../../src/core/index.js';
import { messagesFor } from '../../../src/elements/messages.js';
import { fr } from '../../../src/elements/locales/fr.js';
import '../../../src/elements/social-person-card.js';
import type { SocialDirectory } from '../../../src/elements/social-directory.js';
import type { SocialOrgChart } from '../../../src/elements/social-org-chart.js';
import type { SocialPersonCard } from '../../../src/elements/social-person-card.js';
import { northwind } from '../../fixtures/manifests.js';
import '../../fixtures/benign-errors.js';

describe('the English catalog, in parts', () => {
  it('carries only the messages of the elements loaded: the card’s, not the org chart’s', () => {
    expect(messagesFor(undefined).addToContacts).to.equal('Add to contacts');
    expect(messagesFor(undefined).loadFailed).to.equal('The directory could not be loaded.');
    expect(Object.hasOwn(messagesFor(undefined), 'orgChartFind')).to.equal(false);
  });

  it('gives an element whose module loads later its own English, with overrides an earlier element read', async () => {
    // One overrides object for both, as a page hands the same `strings` to all its elements: the
    // card's merge of English and overrides is made (and cached) before the org chart's messages exist.
    const strings = { retry: 'Once more' };
    const { manifest } = validateManifest(northwind());
    const card = await fixture<SocialPersonCard>(
      html`<social-person-card .person=${{ ...manifest.people[0]!, champion: true }} .strings=${strings}></social-person-card>`,
    );
    expect(card.shadowRoot!.textContent).to.include('Social media champion');

    await import('../../../src/elements/social-org-chart.js');
    const chart = await fixture<SocialOrgChart>(
      html`<social-org-chart .manifest=${northwind()} .strings=${strings}></social-org-chart>`,
    );
    await waitUntil(() => chart.shadowRoot!.querySelector('[role="tree"], [part="error"]') !== null, 'no chart', {
      timeout: 8000,
    });
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(chart.shadowRoot!.innerHTML).to.include('Find a person in the chart');
    expect(chart.shadowRoot!.innerHTML).not.to.include('undefined');
  });

  it('re-reads English for an element already shown when a module it loads brings more (the person page)', async () => {
    await import('../../../src/elements/social-directory.js');
    expect(Object.hasOwn(messagesFor(undefined), 'personNotFound'), 'the person page has not loaded').to.equal(false);
    const el = await fixture<SocialDirectory>(
      html`<social-directory person="no-such-person" .manifest=${northwind()}></social-directory>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('#person-page-heading, [part="error"]') !== null, 'no page', {
      timeout: 8000,
    });
    expect(el.shadowRoot!.querySelector('#person-page-heading')!.textContent!.trim()).to.equal('Person not found');
  });

  it('has every message once every element is loaded: exactly the keys of the complete French catalog', async () => {
    await import('../../../src/index.js');
    // The directory's person page is a module of its own, imported when a page first opens.
    await import('../../../src/elements/person-page.js');
    expect(Object.keys(messagesFor(undefined)).sort()).to.deep.equal(Object.keys(fr).sort());
  });
});
