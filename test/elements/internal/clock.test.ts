import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ClockController, localTime } from '../../../src/elements/internal/clock.js';

/** A card-like element that shows a time when `zone` is set. */
class ClockHost extends LitElement {
  static override properties = { zone: {} };
  zone = '';
  renders = 0;
  readonly clock = new ClockController(this, () => this.zone !== '');
  override render() {
    this.renders++;
    return this.zone;
  }
}
customElements.define('clock-host', ClockHost);

type Pending = { readonly run: () => void; readonly delay: number };

describe('ClockController', () => {
  // The page's timers, replaced so the test sees every timeout the clock sets and can run it.
  // Mocha keeps its own references to the timers, so its timeouts still work.
  const pending = new Map<number, Pending>();
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  let ids = 0;
  beforeEach(() => {
    pending.clear();
    window.setTimeout = ((run: () => void, delay = 0) => {
      pending.set(++ids, { run, delay });
      return ids;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id: number) => void pending.delete(id)) as typeof window.clearTimeout;
  });
  afterEach(() => {
    window.setTimeout = realSetTimeout;
    window.clearTimeout = realClearTimeout;
  });

  const hosts = async (count: number, zone: string) => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>${Array.from({ length: count }, () => html`<clock-host .zone=${zone}></clock-host>`)}</div>`,
    );
    const all = [...wrapper.querySelectorAll<ClockHost>('clock-host')];
    await Promise.all(all.map((host) => host.updateComplete));
    return { wrapper, all };
  };

  it('runs one timer for all the cards on a page, due when the minute changes', async () => {
    const before = Date.now();
    await hosts(30, 'Europe/Paris');
    const after = Date.now();
    expect(pending.size).to.equal(1);
    const { delay } = [...pending.values()][0]!;
    expect(delay).to.be.within(1, 60_000);
    // Set at some moment between before and after, it is due on a whole minute.
    const due = before + delay;
    expect(Math.abs(due - Math.round(due / 60_000) * 60_000)).to.be.at.most(after - before);
  });

  it('re-renders the hosts that show a time on each tick, and sets the next one', async () => {
    const { wrapper } = await hosts(3, 'Asia/Kolkata');
    const idle = document.createElement('clock-host') as ClockHost;
    wrapper.append(idle);
    await idle.updateComplete;
    const showing = [...wrapper.querySelectorAll<ClockHost>('clock-host')].filter((h) => h.zone !== '');
    const rendersBefore = showing.map((h) => h.renders);
    const [[id, timer]] = [...pending.entries()] as [[number, Pending]];
    pending.delete(id);
    timer.run();
    await Promise.all(showing.map((h) => h.updateComplete));
    expect(showing.map((h) => h.renders)).to.deep.equal(rendersBefore.map((n) => n + 1));
    expect(idle.renders).to.equal(1);
    expect(pending.size).to.equal(1);
  });

  it('stops when the last host disconnects and starts again with the next', async () => {
    const { wrapper, all } = await hosts(2, 'America/St_Johns');
    all[0]!.remove();
    expect(pending.size).to.equal(1);
    all[1]!.remove();
    expect(pending.size).to.equal(0);
    wrapper.append(all[0]!);
    expect(pending.size).to.equal(1);
    all[0]!.remove();
  });
});

describe('localTime', () => {
  it('writes the time now in a time zone, as the language writes it', () => {
    const now = Date.now();
    const expected = new Intl.DateTimeFormat('fr', { timeZone: 'Asia/Kolkata', timeStyle: 'short' }).format(now);
    expect(localTime('fr', 'Asia/Kolkata')).to.equal(expected);
  });

  it('gives nothing for a time zone that does not exist', () => {
    expect(localTime('en', 'Mars/Olympus_Mons')).to.equal(undefined);
  });
});
