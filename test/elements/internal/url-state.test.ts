import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { UrlStateController } from '../../../src/elements/internal/url-state.js';

/** A directory-like element: a query typed and a team chosen, mirrored with sync-url. */
class UrlHost extends LitElement {
  static override properties = { query: {}, team: {}, syncUrl: { type: Boolean, attribute: 'sync-url' } };
  query = '';
  team = '';
  syncUrl = false;
  restored = 0;
  readonly url = new UrlStateController(this, {
    params: { query: 'q', team: 'team' },
    enabled: () => this.syncUrl,
    current: () => ({ query: this.query, team: this.team }),
    restore: (state) => {
      this.restored++;
      Object.assign(this, state);
    },
  });
  type(query: string) {
    this.query = query;
    this.url.write('replace');
  }
  choose(team: string) {
    this.team = team;
    this.url.write('push');
  }
}
customElements.define('url-host', UrlHost);

const params = () => new URL(location.href).searchParams;
/** What Back and Forward do: the URL changes, then popstate fires. */
function navigate(search: string) {
  history.replaceState(null, '', `${location.pathname}${search}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

describe('UrlStateController', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('takes each key from the URL when the URL names it, and from the attribute otherwise', async () => {
    history.replaceState(null, '', `${location.pathname}?q=ada&other=kept`);
    const el = await fixture<UrlHost>(html`<url-host query="grace" team="press" sync-url></url-host>`);
    expect(el.query).to.equal('ada');
    expect(el.team).to.equal('press');
  });

  it('leaves the attributes alone when the URL names none of the keys', async () => {
    history.replaceState(null, '', `${location.pathname}?other=kept`);
    const el = await fixture<UrlHost>(html`<url-host team="press" sync-url></url-host>`);
    expect(el.team).to.equal('press');
    expect(el.restored).to.equal(0);
  });

  it('reads the URL on popstate; a key the URL stops naming returns to the attribute', async () => {
    const el = await fixture<UrlHost>(html`<url-host team="press" sync-url></url-host>`);
    navigate('?team=sales&q=ada');
    expect([el.query, el.team]).to.deep.equal(['ada', 'sales']);
    navigate('');
    expect([el.query, el.team]).to.deep.equal(['', 'press']);
  });

  it('adds a history entry for a choice and replaces it for typing, keeping other parameters', async () => {
    history.replaceState(null, '', `${location.pathname}?other=kept`);
    const el = await fixture<UrlHost>(html`<url-host sync-url></url-host>`);
    // Counted by call, not by history.length: Chromium caps a tab's history at 50 entries, which
    // a long test run reaches.
    const calls = { push: 0, replace: 0 };
    const { pushState, replaceState } = history;
    history.pushState = (...args: Parameters<History['pushState']>) => (calls.push++, pushState.apply(history, args));
    history.replaceState = (...args: Parameters<History['replaceState']>) => (
      calls.replace++,
      replaceState.apply(history, args)
    );
    try {
      el.type('a');
      el.type('ad');
      expect(calls).to.deep.equal({ push: 0, replace: 2 });
      el.choose('sales');
      expect(calls).to.deep.equal({ push: 1, replace: 2 });
    } finally {
      Object.assign(history, { pushState, replaceState });
      delete (history as Partial<History>).pushState;
      delete (history as Partial<History>).replaceState;
    }
    expect([params().get('q'), params().get('team'), params().get('other')]).to.deep.equal(['ad', 'sales', 'kept']);
  });

  it('writes a value cleared against its attribute as an empty parameter, and drops one equal to it', async () => {
    const el = await fixture<UrlHost>(html`<url-host team="press" sync-url></url-host>`);
    el.choose('');
    expect(params().has('team')).to.be.true;
    expect(params().get('team')).to.equal('');
    el.choose('press');
    expect(params().has('team')).to.be.false;
  });

  it('listens only while sync-url is on and the element is connected', async () => {
    const el = await fixture<UrlHost>(html`<url-host></url-host>`);
    el.choose('sales');
    expect(params().has('team')).to.be.false;
    navigate('?q=ada');
    expect(el.query).to.equal('');

    el.syncUrl = true;
    await el.updateComplete;
    expect(el.query).to.equal('ada');
    navigate('?q=grace');
    expect(el.query).to.equal('grace');

    el.syncUrl = false;
    await el.updateComplete;
    navigate('?q=hopper');
    expect(el.query).to.equal('grace');
    el.choose('press');
    expect(params().has('team')).to.be.false;

    el.syncUrl = true;
    await el.updateComplete;
    expect(el.query).to.equal('hopper');
    el.remove();
    navigate('?q=lovelace');
    expect(el.query).to.equal('hopper');
  });
});
