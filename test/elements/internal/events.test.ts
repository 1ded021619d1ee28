import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emit } from '../../../src/elements/internal/events.js';
import type { Person } from '../../../src/core/index.js';

const zoe = { id: 'zoe-lambert', name: 'Zoë Lambert', profiles: [], askMeAbout: ['manuscripts'] } as unknown as Person;

describe('emit', () => {
  it('fires an event that bubbles out of a shadow root to the document, with its detail', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    const heard = oneEvent(document, 'social-select');
    emit(inner, 'social-select', { person: zoe });
    const event = await heard;
    expect(event.detail.person).to.equal(zoe);
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    // Seen from the document, the event comes from the shadow root's host.
    expect(event.target).to.equal(host);
  });

  it('fires events no page can cancel: none has a default action', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    el.addEventListener('social-ask', (event) => event.preventDefault());
    const heard = oneEvent(el, 'social-ask');
    emit(el, 'social-ask', { text: 'manuscripts', person: zoe });
    const event = await heard;
    expect(event.cancelable).to.be.false;
    expect(event.defaultPrevented).to.be.false;
    expect(event.detail.text).to.equal('manuscripts');
  });
});
