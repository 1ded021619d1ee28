// Routing from a static index (`indexRouting`, what `<social-contact-finder index>` runs) against
// routing over the whole manifest: for many questions of every shape (the routing evaluation set,
// typos, chosen topics with and without a question, words only an owner's "ask me about" has,
// nothing at all), both audiences and an internal index read by a public page, the answers are
// the same, while only the ask table and the files of the topics an answer lists are fetched.
import { expect } from '@open-wc/testing';
import { createDirectory, forAudience, validateManifest, type Audience, type Manifest } from '../../src/core/index.js';
import { findContacts, type ContactAnswer, type ContactQuery } from '../../src/core/contact.js';
import { indexRouting, type IndexRouting } from '../../src/core/index-routing.js';
import { staticIndexContacts } from '../../src/core/static-index-source.js';
// @ts-expect-error: the benchmark generator is plain JavaScript without types.
import { generateManifest } from '../bench/generate.mjs';
import { routingQuestions } from '../fixtures/routing-questions.js';
import { buildStaticIndex } from '../fixtures/static-index.js';

/**
 * What an answer says: every field, people by id (a record in the index has no HR key). With
 * `leads` false, departments without their lead: an internal index read by a public page does not
 * say which leads are public (see `withMentioned` in index-routing.ts).
 */
const said = (answer: ContactAnswer, leads: boolean) => ({
  fallback: answer.fallback,
  organization: answer.organization,
  matches: answer.matches.map((match) => ({
    ...match,
    people: match.people.map((person) => person.id),
    departments: leads ? match.departments : match.departments.map(({ lead: _lead, ...department }) => department),
  })),
});

/** The questions for a manifest: its own words, an owner's "ask me about", typos, and nothing. */
function questionsOf(manifest: Manifest, extra: readonly string[]): string[] {
  const out = new Set(extra);
  for (const topic of manifest.topics) {
    out.add(topic.label);
    for (const keyword of topic.keywords) out.add(`hi, who do I ask about ${keyword}?`);
  }
  for (const person of manifest.people) for (const subject of person.askMeAbout) out.add(subject);
  for (const word of ['accessibilty', 'typescrpt', 'zzzz nothing here', '', '   ', 'the and of']) out.add(word);
  return [...out];
}

/** The queries: each question alone, with a chosen topic (in turn), and each topic chosen alone. */
function queriesOf(manifest: Manifest, questions: readonly string[], audience: Audience): ContactQuery[] {
  const topics = manifest.topics.map((topic) => topic.id);
  const out: ContactQuery[] = questions.map((question) => ({ question, audience, limit: 6 }));
  questions.forEach((question, at) => out.push({ question, audience, topic: topics[at % topics.length]!, limit: 6 }));
  for (const topic of [...topics, 'no-such-topic']) out.push({ topic, audience });
  return out;
}

/** The index's routing, counting the contacts files it fetches. */
async function routingOf(folder: string, fetched: string[]): Promise<IndexRouting> {
  const counting: typeof fetch = (input, init) => {
    fetched.push(String(input).slice(String(input).indexOf(folder) + folder.length));
    return fetch(input, init);
  };
  return indexRouting(await staticIndexContacts(folder, { fetch: counting }));
}

async function expectSameAnswers(input: object, built: Audience, read: Audience, extra: readonly string[] = []) {
  const folder = await buildStaticIndex(input, built);
  const manifest = forAudience(forAudience(validateManifest(input).manifest, built), read);
  const whole = createDirectory(manifest);
  const fetched: string[] = [];
  const routing = await routingOf(folder, fetched);
  expect(fetched).to.deep.equal(['head.json']);
  const queries = queriesOf(manifest, questionsOf(manifest, extra), read);
  let answered = 0;
  for (const query of queries) {
    const before = fetched.length;
    const expected = findContacts(whole, query);
    const actual = findContacts(await routing.directory(query, undefined), query);
    const leads = built === read;
    expect(said(actual, leads), JSON.stringify(query)).to.deep.equal(said(expected, leads));
    // Only the topics the answer lists are fetched (each once): never every topic's owners.
    const listed = new Set(expected.matches.map((match) => `contacts/${match.topic.id}.json`));
    for (const file of fetched.slice(before)) if (file !== 'asks.json') expect(listed).to.include(file);
    if (expected.matches.some((match) => match.people.length > 0)) answered++;
  }
  // The comparison reaches people: many answers name some.
  expect(answered).to.be.greaterThan(queries.length / 4);
  expect(fetched.filter((file) => file === 'asks.json')).to.have.length(1);
  expect(new Set(fetched).size).to.equal(fetched.length);
}

describe('routing from a static index', function () {
  // Each index is built by the CLI (Pagefind) the first time a manifest is seen.
  this.timeout(120_000);
  let demo: object;
  before(async () => {
    demo = (await (await fetch('/demo/northwind.social.json')).json()) as object;
  });
  const asked = routingQuestions.map((q) => q.question);

  for (const audience of ['internal', 'public'] as const)
    it(`answers the demo's ${audience} questions as the whole manifest does`, async () => {
      await expectSameAnswers(demo, audience, audience, asked);
    });

  it('answers a public page reading an internal index as the public manifest does', async () => {
    await expectSameAnswers(demo, 'internal', 'public', asked);
  });

  for (const audience of ['internal', 'public'] as const)
    it(`answers ${audience} questions on a generated organization (40 topics, many owners)`, async () => {
      await expectSameAnswers(generateManifest(600) as object, audience, audience);
    });
});
