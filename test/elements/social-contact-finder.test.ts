import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/index.js';
import type { SocialContactFinder, SocialContactSelectDetail } from '../../src/elements/social-contact-finder.js';
import type { SocialPersonCard } from '../../src/elements/social-person-card.js';
import { northwind } from '../fixtures/manifests.js';
import '../fixtures/benign-errors.js';
import { hrefs } from './hrefs.js';

const worker = setupWorker();
let n = 0;
const url = (name: string) => `/api/finder-${name}-${++n}.json`;
// The hand-written demo manifest (20 topics, 41 people), served through msw like a real page's.
let demo: Record<string, unknown> = {};

async function loaded(el: SocialContactFinder): Promise<SocialContactFinder> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part="status"], [part="error"]') !== null,
    'finder did not render',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

async function demoFinder(
  template = (src: string) => html`<social-contact-finder src=${src}></social-contact-finder>`,
): Promise<SocialContactFinder> {
  const path = url('demo');
  worker.use(http.get(path, () => HttpResponse.json(demo)));
  return loaded(await fixture<SocialContactFinder>(template(path)));
}

const root = (el: SocialContactFinder) => el.shadowRoot!;
const question = (el: SocialContactFinder) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const status = (el: SocialContactFinder) => root(el).querySelector('[part="status"]')!.textContent!.trim();
const results = (el: SocialContactFinder) => [...root(el).querySelectorAll<HTMLElement>('[part="result"]')];
const topicsShown = (el: SocialContactFinder) =>
  results(el).map((r) => r.querySelector('[part="topic"]')!.textContent!.trim());
const chips = (el: SocialContactFinder) => [...root(el).querySelectorAll<HTMLButtonElement>('[part="chip"]')];
const chip = (el: SocialContactFinder, label: string) => chips(el).find((c) => c.textContent!.trim() === label)!;
const cards = (el: SocialContactFinder) => [...root(el).querySelectorAll<SocialPersonCard>('social-person-card')];

/** Types into the question box as a person would (one input event), then waits for the debounced answer. */
async function ask(el: SocialContactFinder, text: string) {
  const input = question(el);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await waitUntil(() => el.question === text, 'the question was not answered', { timeout: 2000 });
  await el.updateComplete;
}

function text(node: ParentNode): string {
  let out = '';
  for (const element of node.querySelectorAll('*')) if (element.shadowRoot) out += ` ${text(element.shadowRoot)}`;
  return `${(node as Element | ShadowRoot).textContent ?? ''} ${out}`;
}

describe('<social-contact-finder>', () => {
  before(async () => {
    demo = (await (await fetch('/demo/northwind.social.json')).json()) as Record<string, unknown>;
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  });
  after(() => worker.stop());
  afterEach(() => {
    worker.resetHandlers();
    history.replaceState(null, '', location.pathname);
  });

  it('answers a customer question with the right topic, the channel to use first and the instructions', async () => {
    const el = await demoFinder(
      (src) => html`<social-contact-finder src=${src} audience="public"></social-contact-finder>`,
    );
    expect(results(el)).to.have.length(0);
    await ask(el, 'hi i ordered a book 3 weeks ago and its still not here??');
    expect(topicsShown(el)[0]).to.equal('A problem with an order or a refund');
    const first = results(el)[0]!;
    const channel = first.querySelector<HTMLAnchorElement>('[part="channel"]')!;
    expect(channel.getAttribute('href')).to.equal('https://x.com/northwind_help');
    expect(channel.textContent).to.include('@northwind_help');
    expect(channel.querySelector('svg')).not.to.equal(null);
    expect(first.querySelector('[part="instructions"]')!.textContent).to.include(
      'DM @northwind_help on X with your order number',
    );
    expect(first.querySelector('[part="departments"]')!.textContent).to.include('Customer Support');
    expect(cards(el).map((c) => c.person!.id)).to.include('fatima-el-amrani');
  });

  it('routes other realistic questions: careers on LinkedIn, a typo, a manuscript by email', async () => {
    const el = await demoFinder(
      (src) => html`<social-contact-finder src=${src} audience="public"></social-contact-finder>`,
    );
    await ask(el, 'are you hiring any interns this summer?');
    expect(topicsShown(el)[0]).to.equal('Careers, jobs & internships');
    expect(results(el)[0]!.querySelector('[part="channel"]')!.getAttribute('href')).to.match(
      /^https:\/\/www\.linkedin\.com\//,
    );
    await ask(el, 'refnd for damagd book');
    expect(topicsShown(el)[0]).to.equal('A problem with an order or a refund');
    await ask(el, 'I have written a novel, how do I submit my manuscript?');
    expect(topicsShown(el)[0]).to.equal('Submitting a manuscript');
    expect(results(el)[0]!.querySelector('[part="channel"]')!.getAttribute('href')).to.equal(
      'mailto:editorial@northwind.example',
    );
  });

  it('answers as you type, only once typing pauses, and cancels the pending answer on new input', async () => {
    const el = await loaded(
      await fixture<SocialContactFinder>(
        html`<social-contact-finder .manifest=${northwind()}></social-contact-finder>`,
      ),
    );
    const input = question(el);
    input.value = 'journalist';
    input.dispatchEvent(new InputEvent('input'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    input.value = 'refund';
    input.dispatchEvent(new InputEvent('input'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(el.question).to.equal('');
    await waitUntil(() => el.question !== '', 'no answer after the pause');
    // The first, cancelled question was never answered.
    expect(el.question).to.equal('refund');
    await el.updateComplete;
    expect(topicsShown(el)).to.deep.equal(['A problem with an order']);
  });

  it('announces the suggestions in a polite live region', async () => {
    const el = await demoFinder();
    const live = root(el).querySelector('[part="status"]')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    await ask(el, 'refund');
    expect(status(el)).to.equal('1 suggestion for “refund”');
    await ask(el, 'can I get review copies of your books for my book blog and podcast');
    expect(status(el)).to.equal(
      '3 suggestions for “can I get review copies of your books for my book blog and podcast”',
    );
  });

  it('says why each suggestion matched, with the words as typed when they differ', async () => {
    const el = await demoFinder(
      (src) => html`<social-contact-finder src=${src} audience="public"></social-contact-finder>`,
    );
    await ask(el, 'I want a refund, the delivery was late');
    const reasons = results(el)[0]!.querySelector('[part="reasons"]')!.textContent!;
    expect(reasons).to.include('matched “refund”');
    expect(reasons).to.include('matched “late”');
    await ask(el, 'refnd please');
    expect(results(el)[0]!.querySelector('[part="reasons"]')!.textContent).to.include(
      'matched “refund” (you wrote “refnd”)',
    );
  });

  it('lists the topics as chips, and a chip shows that topic’s answer', async () => {
    const el = await demoFinder(
      (src) => html`<social-contact-finder src=${src} audience="public"></social-contact-finder>`,
    );
    expect(chips(el)).to.have.length(17);
    expect(chips(el).every((c) => c.type === 'button' && c.getAttribute('aria-pressed') === 'false')).to.equal(true);
    chip(el, 'Events, festivals & book signings').click();
    await el.updateComplete;
    expect(el.topic).to.equal('events');
    expect(chip(el, 'Events, festivals & book signings').getAttribute('aria-pressed')).to.equal('true');
    expect(topicsShown(el)).to.deep.equal(['Events, festivals & book signings']);
    // Only the company is on Instagram: its account is the channel to use.
    expect(results(el)[0]!.querySelector('[part="channel"]')!.getAttribute('href')).to.equal(
      'https://www.instagram.com/northwindpress',
    );
    expect(results(el)[0]!.querySelector('[part="reasons"]')!.textContent).to.include('you chose this topic');
    expect(status(el)).to.equal('Who to contact about “Events, festivals & book signings”');
    // Pressed again, it lets go.
    chip(el, 'Events, festivals & book signings').click();
    await el.updateComplete;
    expect(el.topic).to.equal('');
    expect(results(el)).to.have.length(0);
  });

  it('preselects a topic from the topic attribute, and ignores one the audience may not see', async () => {
    const el = await loaded(
      await fixture<SocialContactFinder>(
        html`<social-contact-finder .manifest=${northwind()} topic="press"></social-contact-finder>`,
      ),
    );
    expect(topicsShown(el)).to.deep.equal(['Press inquiries']);
    expect(chip(el, 'Press inquiries').getAttribute('aria-pressed')).to.equal('true');
    expect(results(el)[0]!.querySelector('[part="channel"]')!.getAttribute('href')).to.equal(
      'mailto:ellen@northwind.example',
    );
    const hidden = await loaded(
      await fixture<SocialContactFinder>(
        html`<social-contact-finder .manifest=${northwind()} audience="public" topic="social-training"></social-contact-finder>`,
      ),
    );
    expect(results(hidden)).to.have.length(0);
    expect(text(hidden.shadowRoot!)).not.to.include('Social media training');
  });

  it('shows the organization’s contact as the fallback when nothing matches', async () => {
    const el = await loaded(
      await fixture<SocialContactFinder>(
        html`<social-contact-finder .manifest=${northwind()}></social-contact-finder>`,
      ),
    );
    await ask(el, 'xylophone lessons');
    expect(results(el)).to.have.length(0);
    const fallback = root(el).querySelector('[part="fallback"]')!;
    expect(fallback.textContent).to.include('We could not tell who handles this; contact Northwind Press at:');
    expect(hrefs(fallback)).to.include.members(['https://northwind.example/', 'mailto:hello@northwind.example']);
    expect(status(el)).to.equal('No suggestion for “xylophone lessons”');
  });

  it('shows the first three suggestions, and more on request', async () => {
    const el = await demoFinder();
    await ask(el, 'rights permission and translation for a book by one of your authors');
    expect(topicsShown(el)).to.deep.equal([
      'Permission to quote, excerpt or reprint',
      'Translation & foreign rights',
      'Submitting a manuscript',
    ]);
    expect(status(el)).to.equal(
      '3 suggestions for “rights permission and translation for a book by one of your authors”',
    );
    const more = root(el).querySelector<HTMLButtonElement>('.more')!;
    expect(more.textContent).to.equal('Show more suggestions');
    more.click();
    await el.updateComplete;
    expect(results(el)).to.have.length(6);
    expect(root(el).querySelector('.more')).to.equal(null);
  });

  it('shows no internal topics, people or personal emails in the public audience', async () => {
    const el = await demoFinder(
      (src) => html`<social-contact-finder src=${src} audience="public"></social-contact-finder>`,
    );
    const labels = chips(el).map((c) => c.textContent!.trim());
    for (const internal of [
      'Social media training & help',
      'Brand assets, logos & templates for staff',
      'Something about us is going viral',
    ]) {
      expect(labels).not.to.include(internal);
    }
    for (const q of [
      'i ordered a book and it never arrived',
      'my ebook will not download',
      'social media training for staff',
      'something is going viral',
    ]) {
      await ask(el, q);
      for (const card of cards(el)) await card.updateComplete;
      const shown = text(el.shadowRoot!);
      // Internal owners of order-problem, ebook-download and social-media-training.
      for (const secret of ['Jonas Weber', 'Rosa Delgado', 'Kenji Watanabe', 'Emily Zhang', 'Brand assets'])
        expect(shown, `${q}: ${secret}`).not.to.include(secret);
      const personal = hrefs(el.shadowRoot!).filter((href) => /^mailto:[a-z]+\.[a-z]+@/.test(href));
      expect(personal, q).to.deep.equal([]);
      expect(cards(el).every((c) => c.audience === 'public')).to.equal(true);
    }
  });

  it('fires social-contact-select for a channel (the link still navigates) and for a person', async () => {
    const el = await loaded(
      await fixture<SocialContactFinder>(
        html`<social-contact-finder .manifest=${northwind()}></social-contact-finder>`,
      ),
    );
    await ask(el, 'where is my refund');
    const link = results(el)[0]!.querySelector<HTMLAnchorElement>('[part="channel"]')!;
    // Keep the test page where it is; the element must not prevent the navigation itself.
    let prevented: boolean | undefined;
    document.addEventListener(
      'click',
      (event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      },
      { once: true },
    );
    const channel = oneEvent(el, 'social-contact-select');
    link.click();
    const detail = (await channel).detail as SocialContactSelectDetail;
    expect(detail.topic!.id).to.equal('order-problem');
    expect(detail.channel!.url).to.equal('https://x.com/northwind_help');
    expect(prevented).to.equal(false);

    await ask(el, 'I am a journalist');
    const card = cards(el).find((c) => c.person!.id === 'ellen-park')!;
    await card.updateComplete;
    const person = oneEvent(el, 'social-contact-select');
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="name"]')!.click();
    const chosen = (await person).detail as SocialContactSelectDetail;
    expect(chosen.topic!.id).to.equal('press');
    expect(chosen.person!.id).to.equal('ellen-park');
  });

  it('can be used with the keyboard: type, tab to a chip, choose it with Enter, tab to the channel', async () => {
    const el = await loaded(
      await fixture<SocialContactFinder>(
        html`<social-contact-finder .manifest=${northwind()}></social-contact-finder>`,
      ),
    );
    question(el).focus();
    await sendKeys({ type: 'refund' });
    await waitUntil(() => el.question === 'refund', 'typing was not answered');
    await el.updateComplete;
    expect(topicsShown(el)).to.deep.equal(['A problem with an order']);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent!.trim()).to.equal('A problem with an order');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent!.trim()).to.equal('Press inquiries');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.topic).to.equal('press');
    expect(topicsShown(el)[0]).to.equal('Press inquiries');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const focused = root(el).activeElement as HTMLElement;
    expect(focused.getAttribute('part')).to.equal('channel');
    const selected = oneEvent(el, 'social-contact-select');
    document.addEventListener('click', (event) => event.preventDefault(), { once: true });
    await sendKeys({ press: 'Enter' });
    expect(((await selected).detail as SocialContactSelectDetail).channel!.channel).to.equal('email');
  });

  it('answers on Enter without waiting for the pause', async () => {
    const el = await loaded(
      await fixture<SocialContactFinder>(
        html`<social-contact-finder .manifest=${northwind()}></social-contact-finder>`,
      ),
    );
    question(el).focus();
    await sendKeys({ type: 'press' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.question).to.equal('press');
    expect(topicsShown(el)).to.deep.equal(['Press inquiries']);
  });

  it('mirrors the topic and question in the URL with sync-url, restores them, and Back works', async () => {
    history.replaceState(null, '', `${location.pathname}?question=refund&other=kept`);
    const el = await loaded(
      await fixture<SocialContactFinder>(
        html`<social-contact-finder .manifest=${northwind()} sync-url></social-contact-finder>`,
      ),
    );
    expect(question(el).value).to.equal('refund');
    expect(topicsShown(el)).to.deep.equal(['A problem with an order']);
    await ask(el, 'journalist');
    expect(new URL(location.href).searchParams.get('question')).to.equal('journalist');
    chip(el, 'A problem with an order').click();
    await el.updateComplete;
    const params = new URL(location.href).searchParams;
    expect(params.get('topic')).to.equal('order-problem');
    expect(params.get('question')).to.equal('journalist');
    expect(params.get('other')).to.equal('kept');
    expect(topicsShown(el)[0]).to.equal('A problem with an order');
    // Back undoes the chip (typing replaced the entry instead of adding one).
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await el.updateComplete;
    expect(el.topic).to.equal('');
    expect(el.question).to.equal('journalist');
    expect(topicsShown(el)).to.deep.equal(['Press inquiries']);
  });

  it('keeps the topic attribute with sync-url when the URL names no topic or question', async () => {
    const el = await loaded(
      await fixture<SocialContactFinder>(
        html`<social-contact-finder .manifest=${northwind()} topic="press" sync-url></social-contact-finder>`,
      ),
    );
    expect(topicsShown(el)).to.deep.equal(['Press inquiries']);
  });

  it('renders a hostile manifest inert: markup as text, javascript: links dropped', async () => {
    const manifest = northwind();
    manifest.organization.website = 'javascript:alert(1)';
    manifest.topics![0]!.label = '<img src=x onerror="window.__pwned=1">Orders';
    manifest.topics![0]!.instructions = '<script>window.__pwned=1</script>DM us';
    manifest.departments![1]!.profiles = [
      { network: 'website', url: 'javascript:alert(2)' },
      { network: 'x', handle: 'northwind_help' },
    ];
    manifest.people[0]!.profiles = [{ network: 'website', url: 'javascript:alert(3)' }];
    const el = await loaded(
      await fixture<SocialContactFinder>(html`<social-contact-finder .manifest=${manifest}></social-contact-finder>`),
    );
    await ask(el, 'refund');
    expect(topicsShown(el)[0]).to.equal('<img src=x onerror="window.__pwned=1">Orders');
    expect(results(el)[0]!.querySelector('[part="instructions"]')!.textContent).to.equal(
      '<script>window.__pwned=1</script>DM us',
    );
    const all: string[] = [];
    for (const q of ['refund', 'journalist', 'xylophone']) {
      await ask(el, q);
      for (const card of cards(el)) await card.updateComplete;
      all.push(...hrefs(el.shadowRoot!));
    }
    expect(all.length).to.be.greaterThan(0);
    expect(all.filter((href) => !/^(https?|mailto|tel):/i.test(href))).to.deep.equal([]);
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows a message and a retry button when the manifest cannot be loaded', async () => {
    const path = url('missing');
    worker.use(http.get(path, () => new HttpResponse(null, { status: 404, statusText: 'Not Found' })));
    const el = document.createElement('social-contact-finder');
    const failed = oneEvent(el, 'social-error');
    el.src = path;
    document.body.append(el);
    await failed;
    await loaded(el);
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.include('The directory could not be loaded.');
    expect(root(el).querySelector('[part="button"]')!.textContent).to.equal('Try again');
    el.remove();
  });

  it('still answers with the organization when the manifest lists no topics', async () => {
    const manifest = northwind();
    manifest.topics = [];
    const el = await loaded(
      await fixture<SocialContactFinder>(html`<social-contact-finder .manifest=${manifest}></social-contact-finder>`),
    );
    expect(root(el).textContent).to.include('This directory lists no topics yet.');
    await ask(el, 'refund');
    expect(root(el).querySelector('[part="fallback"]')).not.to.equal(null);
  });

  it('has no accessibility violations, light and dark', async () => {
    const el = await demoFinder();
    await ask(el, 'my book arrived damaged and I want a refund');
    for (const card of cards(el)) await card.updateComplete;
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
    chip(el, 'Events, festivals & book signings').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await ask(el, 'xylophone');
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('speaks French with lang="fr"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><social-contact-finder .manifest=${northwind()}></social-contact-finder></div>`,
    );
    const el = await loaded(wrapper.querySelector('social-contact-finder')!);
    expect(root(el).querySelector('label')!.textContent).to.equal('En quoi pouvons-nous vous aider ?');
    expect(question(el).placeholder).to.equal('ex. ma commande n’est pas arrivée');
    await ask(el, 'refund');
    expect(status(el)).to.equal('1 suggestion pour « refund »');
    expect(results(el)[0]!.querySelector('[part="reasons"]')!.textContent).to.include('correspond à « refund »');
    await ask(el, 'xylophone');
    expect(root(el).querySelector('[part="fallback"]')!.textContent).to.include('contactez Northwind Press');
  });
});
