import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import '../../src/index.js';
import type { SocialProfileEditor } from '../../src/elements/social-profile-editor.js';
import { PERSON_OWNED_FIELDS, validateUpdate } from '../../src/core/update.js';
import { northwind } from '../fixtures/manifests.js';
import { captureDownload } from './download.js';

const worker = setupWorker();

async function loaded(el: SocialProfileEditor): Promise<SocialProfileEditor> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part="form"], [part="finder"], [part="error"]') !== null,
    'editor did not render',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SocialProfileEditor, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const buttonNamed = (el: SocialProfileEditor, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name)!;
const handleInput = (el: SocialProfileEditor, network: string) =>
  [...el.shadowRoot!.querySelectorAll('.profile label')]
    .find((l) => l.textContent!.trim().startsWith(`${network} handle`))!
    .querySelector('input')!;
const status = (el: SocialProfileEditor) => $(el, '[role="status"]').textContent!.trim();
const alert = (el: SocialProfileEditor) => $(el, '[role="alert"]').textContent!.trim();

async function type(el: SocialProfileEditor, input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

type Clipboard = { writeText: (text: string) => Promise<void> };
async function withClipboard(clipboard: Clipboard, body: () => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  try {
    await body();
  } finally {
    delete (navigator as unknown as { clipboard?: unknown }).clipboard;
  }
}

const ellen = async (action = '') =>
  loaded(
    await fixture<SocialProfileEditor>(
      html`<social-profile-editor person="ellen-park" action=${action} .manifest=${northwind()}></social-profile-editor>`,
    ),
  );

describe('<social-profile-editor>', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());
  afterEach(() => worker.resetHandlers());

  it('lets the employee find themselves by name, and fires social-select', async () => {
    const el = await loaded(
      await fixture<SocialProfileEditor>(
        html`<social-profile-editor .manifest=${northwind()}></social-profile-editor>`,
      ),
    );
    expect(el.shadowRoot!.querySelector('[part="form"]')).to.equal(null);
    await type(el, $<HTMLInputElement>(el, 'input[type="search"]'), 'zoe');
    const selected = oneEvent(el, 'social-select');
    $<HTMLButtonElement>(el, '[part~="person"]').click();
    expect((await selected).detail.person.id).to.equal('zoe-lambert');
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.equal('Directory entry of Zoë Lambert');
    expect(handleInput(el, 'Bluesky').value).to.equal('@zoe.bsky.social');
    // Focus moves into the form the choice revealed; someone else can be chosen again.
    expect(el.shadowRoot!.activeElement).to.equal(handleInput(el, 'Bluesky'));
    buttonNamed(el, 'Not you? Choose someone else').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="finder"]')).not.to.equal(null);
  });

  it('finds people by the start of their email, and says when no one matches', async () => {
    const el = await loaded(
      await fixture<SocialProfileEditor>(
        html`<social-profile-editor .manifest=${northwind()}></social-profile-editor>`,
      ),
    );
    const search = $<HTMLInputElement>(el, 'input[type="search"]');
    await type(el, search, 'trent@north');
    expect([...el.shadowRoot!.querySelectorAll('[part~="person"]')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Trent WalkerSupport Lead · Customer Support',
    ]);
    await type(el, search, 'xylophone');
    expect($(el, '[part="finder"] [role="status"]').textContent).to.include('No one matches');
  });

  it('opens the person named by id, with their own fields editable and HR’s read-only', async () => {
    const el = await ellen();
    expect(el.shadowRoot!.querySelector('[part="finder"]')).to.equal(null);
    expect(handleInput(el, 'Mastodon').value).to.equal('@ellen@mastodon.social');
    expect($<HTMLInputElement>(el, 'input[name="pronouns"]').value).to.equal('she/her');
    expect($<HTMLTextAreaElement>(el, 'textarea[name="askMeAbout"]').value).to.equal('social media training');
    expect($<HTMLInputElement>(el, 'input[name="languages"]').value).to.equal('en, ko');
    expect($<HTMLInputElement>(el, 'input[name="visibility"]').checked).to.equal(true);
    const source = $(el, '[part="source"]');
    expect(source.textContent)
      .to.include('Marketing Director')
      .and.include('ellen@northwind.example')
      .and.include('HR system');
    expect(source.querySelectorAll('input, textarea, select')).to.have.length(0);
    for (const name of ['title', 'name', 'department', 'email', 'phone'])
      expect(el.shadowRoot!.querySelector(`[name="${name}"]`)).to.equal(null);
    // No one chose them from a list: no "Not you?".
    expect(buttonNamed(el, 'Not you? Choose someone else')).to.equal(undefined);
  });

  it('opens the person named by email, whatever its case', async () => {
    const el = await loaded(
      await fixture<SocialProfileEditor>(
        html`<social-profile-editor person="Trent@Northwind.example" .manifest=${northwind()}></social-profile-editor>`,
      ),
    );
    expect($(el, 'h2').textContent).to.equal('Directory entry of Trent Walker');
  });

  it('says in a plain sentence what the careers page publishes', async () => {
    const el = await ellen();
    const box = $<HTMLInputElement>(el, 'input[name="visibility"]');
    const sentence = el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)!;
    expect(sentence.textContent)
      .to.include('Northwind Press’s careers page is public')
      .and.include('your name, pronouns, job title, department, photo');
    expect(sentence.textContent).not.to.include('email');
  });

  it('checks a handle as it is typed, with the message next to the field', async () => {
    const el = await ellen();
    const input = handleInput(el, 'Mastodon');
    await type(el, input, 'ellen at mastodon');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(error.textContent).to.include('Mastodon handles look like @user@instance.social');
    expect(input.closest('.profile')!.contains(error)).to.equal(true);
    await type(el, input, '@ellen@fosstodon.org');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
    expect(el.updateDocument!.changes.profiles).to.deep.include({
      network: 'mastodon',
      handle: '@ellen@fosstodon.org',
    });
  });

  it('checks languages with the manifest’s rule, naming the bad one', async () => {
    const el = await ellen();
    const input = $<HTMLInputElement>(el, 'input[name="languages"]');
    await type(el, input, 'en, not a tag!');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('languages-hint languages-error');
    expect($(el, '#languages-error').textContent).to.include('is not a language tag');
  });

  it('sends only the changed fields it owns to action, as a valid update, and says so', async () => {
    const posts: { body: unknown; type: string | null; credentials: RequestCredentials }[] = [];
    worker.use(
      http.post('/api/updates', async ({ request }) => {
        posts.push({
          body: await request.json(),
          type: request.headers.get('content-type'),
          credentials: request.credentials,
        });
        return HttpResponse.json({ ok: true }, { status: 201 });
      }),
    );
    const el = await ellen('/api/updates');
    await type(el, handleInput(el, 'Mastodon'), '@ellen@fosstodon.org');
    await type(el, $<HTMLInputElement>(el, 'input[name="pronouns"]'), 'she/they');
    $<HTMLInputElement>(el, 'input[name="visibility"]').click();
    await el.updateComplete;
    const submitted = oneEvent(el, 'social-update-submit');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    expect(status(el)).to.equal('Sending your changes…');
    const { detail } = await submitted;
    expect(detail.status).to.equal(201);
    await el.updateComplete;
    expect(status(el)).to.include('Sent.');
    expect(posts).to.have.length(1);
    const [post] = posts;
    expect(post!.type).to.equal('application/json');
    expect(post!.credentials).to.equal('same-origin');
    expect(post!.body).to.deep.equal(detail.update);
    expect(validateUpdate(post!.body).ok).to.equal(true);
    const changes = (post!.body as { changes: Record<string, unknown> }).changes;
    expect(Object.keys(changes).sort()).to.deep.equal(['profiles', 'pronouns', 'visibility']);
    for (const field of Object.keys(changes)) expect(PERSON_OWNED_FIELDS).to.include(field);
    expect(changes['visibility']).to.equal('internal');
    expect(changes['profiles']).to.deep.equal([
      { network: 'linkedin', handle: 'in/ellenpark' },
      { network: 'mastodon', handle: '@ellen@fosstodon.org' },
      { network: 'website', url: 'https://ellen.example/' },
    ]);
  });

  it('sends with credentials="include" when asked', async () => {
    let credentials: RequestCredentials | undefined;
    worker.use(
      http.post(
        'https://hr.example/updates',
        ({ request }) => ((credentials = request.credentials), new HttpResponse(null, { status: 204 })),
      ),
    );
    const el = await loaded(
      await fixture<SocialProfileEditor>(
        html`<social-profile-editor person="ellen-park" action="https://hr.example/updates" credentials="include" .manifest=${northwind()}></social-profile-editor>`,
      ),
    );
    await type(el, $<HTMLInputElement>(el, 'input[name="pronouns"]'), 'she/they');
    const submitted = oneEvent(el, 'social-update-submit');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    expect((await submitted).detail.status).to.equal(204);
    expect(credentials).to.equal('include');
  });

  it('keeps the edits when the server fails, shows its status, and Retry sends them again', async () => {
    let answer = 500;
    const bodies: unknown[] = [];
    worker.use(
      http.post('/api/updates', async ({ request }) => {
        bodies.push(await request.json());
        return new HttpResponse('broken', {
          status: answer,
          statusText: answer === 500 ? 'Internal Server Error' : 'Created',
        });
      }),
    );
    const el = await ellen('/api/updates');
    await type(el, $<HTMLInputElement>(el, 'input[name="pronouns"]'), 'she/they');
    const failed = oneEvent(el, 'social-update-error');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    expect((await failed).detail.status).to.equal(500);
    await el.updateComplete;
    expect(alert(el)).to.include('the server answered 500 Internal Server Error').and.include('still here');
    expect($<HTMLInputElement>(el, 'input[name="pronouns"]').value).to.equal('she/they');
    const retry = $<HTMLButtonElement>(el, 'button[type="submit"]');
    expect(retry.textContent!.trim()).to.equal('Try again');
    answer = 201;
    const submitted = oneEvent(el, 'social-update-submit');
    retry.click();
    await submitted;
    await el.updateComplete;
    expect(status(el)).to.include('Sent.');
    expect(alert(el)).to.equal('');
    expect(bodies).to.have.length(2);
    expect((bodies[1] as { changes: unknown }).changes).to.deep.equal({ pronouns: 'she/they' });
  });

  it('keeps the edits when the server cannot be reached', async () => {
    worker.use(http.post('/api/updates', () => HttpResponse.error()));
    const el = await ellen('/api/updates');
    await type(el, $<HTMLTextAreaElement>(el, 'textarea[name="askMeAbout"]'), 'social media training\npodcasts');
    const failed = oneEvent(el, 'social-update-error');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    const { detail } = await failed;
    expect(detail.status).to.equal(undefined);
    expect(detail.update.changes).to.deep.equal({ askMeAbout: ['social media training', 'podcasts'] });
    await el.updateComplete;
    expect(alert(el)).to.include('could not be reached');
    expect($<HTMLTextAreaElement>(el, 'textarea[name="askMeAbout"]').value).to.equal('social media training\npodcasts');
  });

  it('does not send an invalid form, and moves the focus to the first problem', async () => {
    let posted = false;
    worker.use(http.post('/api/updates', () => ((posted = true), new HttpResponse(null, { status: 201 }))));
    const el = await ellen('/api/updates');
    await type(el, $<HTMLInputElement>(el, 'input[name="languages"]'), 'en, ???');
    await type(el, handleInput(el, 'LinkedIn'), 'not a linkedin link://');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => alert(el) !== '');
    expect(alert(el)).to.include('fix the highlighted field');
    expect(el.shadowRoot!.activeElement).to.equal(handleInput(el, 'LinkedIn'));
    expect(posted).to.equal(false);
  });

  it('says when nothing changed instead of sending', async () => {
    let posted = false;
    worker.use(http.post('/api/updates', () => ((posted = true), new HttpResponse(null, { status: 201 }))));
    const el = await ellen('/api/updates');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => status(el) !== '');
    expect(status(el)).to.equal('Nothing has changed yet.');
    expect(posted).to.equal(false);
  });

  it('without action, copies and downloads the same update', async () => {
    const el = await ellen();
    expect(el.shadowRoot!.querySelector('button[type="submit"]')).to.equal(null);
    await type(el, $<HTMLInputElement>(el, 'input[name="pronouns"]'), '');
    const texts: string[] = [];
    await withClipboard({ writeText: async (t) => void texts.push(t) }, async () => {
      const copied = oneEvent(el, 'social-copy');
      buttonNamed(el, 'Copy my changes').click();
      expect((await copied).detail.format).to.equal('update');
    });
    await el.updateComplete;
    expect(status(el)).to.include('Copied.');
    const copied = JSON.parse(texts[0]!);
    expect(validateUpdate(copied).ok).to.equal(true);
    expect(copied).to.deep.include({ version: 1, person: 'ellen-park', changes: { pronouns: null } });
    const file = await captureDownload(() => buttonNamed(el, 'Download my changes (.json)').click());
    expect(file.name).to.equal('update-ellen-park.json');
    const saved = JSON.parse(await file.blob.text());
    expect(saved.changes).to.deep.equal(copied.changes);
    expect(validateUpdate(saved).ok).to.equal(true);
  });

  it('says clearly when the clipboard is not allowed', async () => {
    const el = await ellen();
    await type(el, $<HTMLInputElement>(el, 'input[name="pronouns"]'), 'she/they');
    await withClipboard(
      { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      async () => {
        buttonNamed(el, 'Copy my changes').click();
        await waitUntil(() => alert(el) !== '');
      },
    );
    expect(alert(el)).to.include('not allowed to use the clipboard');
  });

  it('works with the keyboard alone: find, add a profile, send', async () => {
    const bodies: { changes: Record<string, unknown> }[] = [];
    worker.use(
      http.post(
        '/api/updates',
        async ({ request }) => (
          bodies.push((await request.json()) as { changes: Record<string, unknown> }),
          new HttpResponse(null, { status: 201 })
        ),
      ),
    );
    const el = await loaded(
      await fixture<SocialProfileEditor>(
        html`<social-profile-editor action="/api/updates" .manifest=${northwind()}></social-profile-editor>`,
      ),
    );
    $<HTMLInputElement>(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'Zoë' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, 'h2').textContent).to.include('Zoë Lambert');
    // Focus is on the first field; Tab past the profile's field and its remove button to the network select.
    expect(el.shadowRoot!.activeElement).to.equal(handleInput(el, 'Bluesky'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const select = $<HTMLSelectElement>(el, '.add select');
    expect(el.shadowRoot!.activeElement).to.equal(select);
    await sendKeys({ type: 'GitH' });
    await el.updateComplete;
    expect(select.value).to.equal('github');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Add a profile');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(handleInput(el, 'GitHub'));
    await sendKeys({ type: 'zoelambert' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => bodies.length === 1 && status(el).startsWith('Sent'), 'not sent');
    expect(bodies[0]!.changes['profiles']).to.deep.equal([
      { network: 'bluesky', handle: '@zoe.bsky.social' },
      { network: 'github', handle: 'zoelambert' },
    ]);
  });

  it('removes a profile with its button', async () => {
    const el = await ellen();
    $<HTMLButtonElement>(el, 'button[aria-label="Remove Website"]').click();
    await el.updateComplete;
    expect((el.updateDocument!.changes.profiles ?? []).map((p) => p.network)).to.deep.equal(['linkedin', 'mastodon']);
  });

  it('uses a directory handed over instead of loading one, and fires no load events', async () => {
    const source = await ellen();
    const directory = (source as unknown as { load: { value: { directory: unknown } } }).load.value.directory;
    const events: string[] = [];
    const listen = (event: Event) => events.push(event.type);
    document.addEventListener('social-load', listen);
    document.addEventListener('social-error', listen);
    try {
      const el = await loaded(
        await fixture<SocialProfileEditor>(
          html`<social-profile-editor person="zoe-lambert" .directory=${directory}></social-profile-editor>`,
        ),
      );
      expect($(el, 'h2').textContent).to.equal('Directory entry of Zoë Lambert');
    } finally {
      document.removeEventListener('social-load', listen);
      document.removeEventListener('social-error', listen);
    }
    expect(events).to.deep.equal([]);
  });

  it('shows a load error with Retry when the manifest cannot be loaded', async () => {
    worker.use(http.get('/broken-editor.json', () => new HttpResponse('nope', { status: 500 })));
    const el = await loaded(
      await fixture<SocialProfileEditor>(
        html`<social-profile-editor src="/broken-editor.json"></social-profile-editor>`,
      ),
    );
    expect($(el, '[part="error"]').textContent).to.include('could not be loaded');
    expect(buttonNamed(el, 'Try again')).to.exist;
  });

  it('has no accessibility violations: finder, form with an invalid field, and a failure', async () => {
    const finder = await loaded(
      await fixture<SocialProfileEditor>(
        html`<social-profile-editor .manifest=${northwind()}></social-profile-editor>`,
      ),
    );
    await type(finder, $<HTMLInputElement>(finder, 'input[type="search"]'), 'e');
    await expect(finder).to.be.accessible();
    worker.use(http.post('/api/updates', () => new HttpResponse(null, { status: 503 })));
    const el = await ellen('/api/updates');
    await type(el, handleInput(el, 'Mastodon'), 'not valid');
    await type(el, $<HTMLInputElement>(el, 'input[name="languages"]'), '???');
    await expect(el).to.be.accessible();
    await type(el, handleInput(el, 'Mastodon'), '@ellen@fosstodon.org');
    await type(el, $<HTMLInputElement>(el, 'input[name="languages"]'), 'en');
    const failed = oneEvent(el, 'social-update-error');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await failed;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('speaks French with lang="fr"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><social-profile-editor person="ellen-park" .manifest=${northwind()}></social-profile-editor></div>`,
    );
    const el = await loaded(wrapper.querySelector('social-profile-editor')!);
    expect($(el, 'h2').textContent).to.equal('Fiche de Ellen Park dans l’annuaire');
    expect(buttonNamed(el, 'Copier mes modifications')).to.exist;
    expect($(el, '#public-explained').textContent).to.include('vos pronoms, votre poste');
    const input = [...el.shadowRoot!.querySelectorAll('.profile label')]
      .find((l) => l.textContent!.includes('Identifiant ou lien Mastodon'))!
      .querySelector('input')!;
    await type(el, input, 'pas un identifiant');
    const error = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(error.textContent).to.include(
      'Identifiant ou lien Mastodon non valide (par exemple @ellen@mastodon.social)',
    );
    expect(error.querySelector('[lang="en"]')!.textContent).to.include('Mastodon handles look like');
    await type(el, $<HTMLInputElement>(el, 'input[name="languages"]'), 'fr, ???');
    expect($(el, '#languages-error').textContent).to.include('Cette valeur n’est pas valide.');
  });
});
