// The contact finder run against each of its sources: the manifest, and the static index
// `social-directory index` writes from the same manifest (built by the CLI through the test
// runner's `build-static-index` command), from which the finder reads the head file, then per
// question asks.json and the files of the topics the answer lists. The same tests, word for word,
// on both: an answer must not depend on where the organization comes from. The expected answers
// are the core's, from the whole manifest.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/index.js';
import { describeUnreadableIndex } from './unreadable-index.js';
import { createDirectory, forAudience, validateManifest, type Audience } from '../../src/core/index.js';
import { contactTopics, findContacts } from '../../src/core/contact.js';
import type { SocialContactFinder } from '../../src/elements/social-contact-finder.js';
import type { SocialPersonCard } from '../../src/elements/social-person-card.js';
import { routingQuestions } from '../fixtures/routing-questions.js';
import '../fixtures/benign-errors.js';
import { buildStaticIndex } from '../fixtures/static-index.js';
import { hrefs } from './hrefs.js';

/** A finder of `audience`, reading `source` (set as `.manifest` or as `index`). */
const finder = (source: { manifest: object } | { index: string }, audience: Audience) =>
  fixture<SocialContactFinder>(html`<social-contact-finder
    .manifest=${'manifest' in source ? source.manifest : undefined}
    index=${'index' in source ? source.index : nothing}
    audience=${audience}
  ></social-contact-finder>`);

/** How a test puts a finder of `manifest` on the page, from each source. */
const SOURCES = {
  manifest: (manifest: object, audience: Audience) => finder({ manifest }, audience),
  index: async (manifest: object, audience: Audience) => {
    const index = await buildStaticIndex(manifest, audience);
    return finder({ index }, audience);
  },
};

const root = (el: SocialContactFinder) => el.shadowRoot!;

const results = (el: SocialContactFinder) => [...root(el).querySelectorAll<HTMLElement>('[part="result"]')];

/** What a person reading the finder sees of each suggestion: the topic, every link, every card, why. */
const shown = (el: SocialContactFinder) =>
  results(el).map((result) => ({
    topic: result.querySelector('[part="topic"]')!.textContent!.trim(),
    links: [...result.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    people: [...result.querySelectorAll<SocialPersonCard>('social-person-card')].map((card) => ({
      id: card.person!.id,
      department: card.department?.name,
      links: hrefs(card.shadowRoot!),
    })),
    why: result.querySelector('[part="reasons"]')!.textContent!.replace(/\s+/g, ' ').trim(),
  }));

async function loaded(el: SocialContactFinder): Promise<SocialContactFinder> {
  await waitUntil(
    () => root(el).querySelector('[part="status"], [part="error"]') !== null,
    'the finder did not render',
    { timeout: 10_000 },
  );
  await el.updateComplete;
  return el;
}

/** Whether the finder shows its loading state (from an index: while a question's owners load). */
const busy = (el: SocialContactFinder) => root(el).querySelector('[aria-busy="true"]') !== null;

async function ask(el: SocialContactFinder, question: string) {
  el.ask(question);
  await el.updateComplete;
  await waitUntil(() => !busy(el), 'the answer did not come', { timeout: 10_000 });
  await el.updateComplete;
  // The cards render in their own update.
  await Promise.all(
    results(el).flatMap((r) =>
      [...r.querySelectorAll<SocialPersonCard>('social-person-card')].map((c) => c.updateComplete),
    ),
  );
}

// Questions of every kind of asker, colleagues (internal topics, people's own channels) included:
// the whole evaluation set (core/index-routing.test.ts compares the core's answers on more).
const QUESTIONS = routingQuestions.map((q) => q.question);

let demo: Record<string, unknown> = {};
let manifestAnswers: unknown[] | undefined;

for (const [name, mount] of Object.entries(SOURCES)) {
  describe(`<social-contact-finder> from ${name === 'index' ? 'a static index' : 'a manifest'}`, function () {
    // A static index is built by the CLI (Pagefind) the first time a manifest is seen.
    this.timeout(60_000);
    before(async () => {
      demo = (await (await fetch('/demo/northwind.social.json')).json()) as Record<string, unknown>;
    });

    for (const audience of ['internal', 'public'] as const) {
      it(`answers ${audience} questions with the topics, channels, people and reasons the core gives`, async () => {
        const el = await loaded(await mount(demo, audience));
        const directory = createDirectory(forAudience(validateManifest(demo).manifest, audience));
        expect([...root(el).querySelectorAll('[part="chip"]')].map((chip) => chip.textContent!.trim())).to.deep.equal(
          contactTopics(directory, { audience }).map((topic) => topic.label),
        );
        let people = 0;
        for (const question of QUESTIONS) {
          await ask(el, question);
          const expected = findContacts(directory, { question, audience, limit: 6 }).matches.slice(0, 3);
          const answer = shown(el);
          expect(
            answer.map((a) => a.topic),
            question,
          ).to.deep.equal(expected.map((m) => m.topic.label));
          expect(
            answer.map((a) => a.people.map((p) => p.id)),
            question,
          ).to.deep.equal(expected.map((m) => m.people.map((p) => p.id)));
          for (const [at, match] of expected.entries()) {
            const links = answer[at]!.links;
            for (const channel of match.channels) expect(links, question).to.include(channel.url);
            for (const reason of match.reasons) expect(answer[at]!.why, question).to.include(reason.text);
            for (const [p, person] of match.people.entries()) {
              people++;
              const card = answer[at]!.people[p]!;
              expect(card.department).to.equal(person.department && directory.department(person.department)?.name);
              for (const profile of person.profiles) expect(card.links, person.id).to.include(profile.url);
            }
          }
        }
        // The check does reach the cards: the questions' answers name people.
        expect(people).to.be.greaterThan(0);
      });
    }

    it('gives the same whole answer on both sources (a snapshot compared across them)', async () => {
      const el = await loaded(await mount(demo, 'internal'));
      const answers: unknown[] = [];
      for (const question of QUESTIONS.filter((_, at) => at % 3 === 0)) {
        await ask(el, question);
        answers.push(shown(el));
      }
      // Each topic chosen alone, as a chip.
      await ask(el, '');
      for (const chip of root(el).querySelectorAll<HTMLButtonElement>('[part="chip"]')) {
        chip.click();
        await el.updateComplete;
        await waitUntil(() => !busy(el), 'the answer did not come', { timeout: 10_000 });
        answers.push(shown(el));
        chip.click();
        await el.updateComplete;
      }
      expect(answers.some((answer) => (answer as unknown[]).length > 0)).to.equal(true);
      // The manifest's run comes first and keeps its answers; the index's must equal them.
      if (name === 'manifest') manifestAnswers = answers;
      else expect(answers).to.deep.equal(manifestAnswers);
    });
  });
}

describeUnreadableIndex('social-contact-finder');
