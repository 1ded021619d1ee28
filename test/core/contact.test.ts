import { expect } from '@open-wc/testing';
import {
  contactTopics,
  findContacts,
  topicOwners,
  type ContactAnswer,
  type ContactQuery,
} from '../../src/core/contact.js';
import { createDirectory, validateManifest, type Directory, type ManifestInput } from '../../src/core/index.js';
import { stemWord } from '../../src/core/stem.js';
import { northwind } from '../fixtures/manifests.js';
import { routingQuestions } from '../fixtures/routing-questions.js';

let demo: ManifestInput;
let directory: Directory;

before(async () => {
  const response = await fetch('/demo/northwind.social.json');
  demo = (await response.json()) as ManifestInput;
  directory = createDirectory(validateManifest(demo).manifest);
});

const ask = (
  question: string,
  audience: ContactQuery['audience'] = 'public',
  rest: Partial<ContactQuery> = {},
): ContactAnswer => findContacts(directory, { question, audience, ...rest });
const topIds = (answer: ContactAnswer): string[] => answer.matches.map((m) => m.topic.id);

describe('findContacts', () => {
  describe('ranking', () => {
    it('routes a run-on customer question about a late order to the order topic', () => {
      expect(topIds(ask('hi i ordered a book 3 weeks ago and its still not here??'))[0]).to.equal('order-problem');
    });

    it('ranks the topic with more and rarer keyword hits first', () => {
      const answer = ask('the epub I downloaded will not open on my kobo');
      expect(answer.matches[0]!.topic.id).to.equal('ebook-download');
      const scores = answer.matches.map((m) => m.score);
      expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
    });

    it('gives the owners, departments and instructions with each match', () => {
      const [match] = ask('where do i send a query letter').matches;
      expect(match!.topic.id).to.equal('manuscript-submission');
      expect(match!.departments.map((d) => d.id)).to.deep.equal(['editorial']);
      expect(match!.people.map((p) => p.id)).to.deep.equal(['siobhan-oconnor']);
      expect(match!.instructions).to.include('query letter');
    });

    it('returns at most `limit` matches', () => {
      expect(ask('book', 'internal', { limit: 2 }).matches.length).to.be.at.most(2);
      expect(ask('book', 'internal', { limit: 1 }).matches).to.have.length(1);
    });

    it('counts a word typed twice once', () => {
      expect(ask('refund refund refund').matches[0]!.score).to.equal(ask('refund').matches[0]!.score);
    });
  });

  describe('reasons', () => {
    it('names the keyword as written and the words the person typed', () => {
      const [match] = ask('Hello, I was refunded the wrong amount').matches;
      expect(match!.reasons[0]).to.deep.equal({ field: 'keyword', text: 'refund', words: ['refunded'], typo: false });
    });

    it('puts the strongest reason first and marks weaker fields', () => {
      const [match] = ask('poetry submissions').matches;
      expect(match!.topic.id).to.equal('manuscript-submission');
      expect(match!.reasons.map((r) => r.field)).to.deep.equal(['keyword', 'description']);
      expect(match!.reasons[1]).to.include({ text: 'Editorial' });
    });

    it('scores a word found only in the label lower than a keyword', () => {
      const [label] = ask('trouble').matches;
      expect(label!.topic.id).to.equal('ebook-download');
      expect(label!.reasons).to.deep.equal([
        { field: 'label', text: 'E-book or audiobook download trouble', words: ['trouble'], typo: false },
      ]);
      expect(label!.score).to.be.below(ask('kindle').matches[0]!.score);
    });
  });

  describe('multi-word keywords', () => {
    it('matches a keyword of two words as a phrase', () => {
      const [match] = ask('where are your press releases').matches;
      expect(match!.topic.id).to.equal('press');
      expect(match!.reasons[0]).to.deep.equal({
        field: 'keyword',
        text: 'press release',
        words: ['press', 'releases'],
        typo: false,
      });
    });

    it('scores the words in phrase order above the same words apart', () => {
      const phrase = ask('missing parcel').matches[0]!;
      const apart = ask('parcel missing').matches[0]!;
      expect(phrase.topic.id).to.equal('order-problem');
      expect(apart.topic.id).to.equal('order-problem');
      expect(phrase.score).to.be.above(apart.score);
    });

    it('reads a hyphenated keyword written as one word, and the other way round', () => {
      expect(topIds(ask('ebook'))[0]).to.equal('ebook-download');
      expect(ask('ebook').matches[0]!.reasons[0]!.text).to.equal('ebook');
      expect(topIds(ask('e-book'))[0]).to.equal('ebook-download');
      expect(topIds(ask('coedition deal'))[0]).to.equal('translation-rights');
    });

    it('keeps a hyphenated keyword whose second half is a stop word ("pile-on")', () => {
      const [match] = ask("there's a pile-on in our replies", 'internal').matches;
      expect(match!.topic.id).to.equal('escalation');
      expect(match!.reasons[0]!.text).to.equal('pile-on');
    });
  });

  describe('folding, stemming and typos', () => {
    it('ignores case and accents', () => {
      expect(topIds(ask('WHERE DO I SEND MY RÉSUMÉ'))[0]).to.equal('careers');
      expect(topIds(ask('where do i send my resume'))[0]).to.equal('careers');
    });

    it('reduces plural and verb endings to one stem', () => {
      for (const word of ['refund', 'refunds', 'refunded', 'refunding'])
        expect(stemWord(word), word).to.equal('refund');
      expect(stemWord('deliveries')).to.equal('delivery');
      expect(stemWord('shipping')).to.equal(stemWord('ships'));
      expect(stemWord('damaged')).to.equal(stemWord('damage'));
      expect(stemWord('cancelled')).to.equal(stemWord('cancel'));
      expect(stemWord('copies')).to.equal('copy');
      expect(stemWord('boxes')).to.equal('box');
    });

    it('leaves words that only look inflected alone', () => {
      expect(stemWord('press')).to.equal('press');
      expect(stemWord('status')).to.equal('status');
      expect(stemWord('bring')).to.equal('bring');
      expect(stemWord('news')).to.equal('new');
      expect(stemWord('ups')).to.equal('ups');
      expect(stemWord('epub3')).to.equal('epub3');
    });

    it('routes inflected questions like their base words', () => {
      expect(topIds(ask('refunding'))[0]).to.equal('order-problem');
      expect(topIds(ask('deliveries'))[0]).to.equal('order-problem');
      expect(topIds(ask('internships'))[0]).to.equal('careers');
    });

    it('tolerates one wrong letter in words of five letters or more, and says so', () => {
      const [match] = ask('acessibility').matches;
      expect(match!.topic.id).to.equal('accessibility');
      expect(match!.reasons[0]).to.include({ text: 'accessibility', typo: true });
      expect(ask('acessibility').matches[0]!.score).to.be.below(ask('accessibility').matches[0]!.score);
      expect(topIds(ask('manuscrpit'))[0]).to.equal('manuscript-submission');
    });

    it('does not guess at short words', () => {
      // "jib" is one letter from "job", but three-letter words have too many neighbours.
      expect(ask('jib').fallback).to.equal(true);
    });

    it('ignores stop words and the organization name', () => {
      expect(ask('hi, who do I contact about this please?').fallback).to.equal(true);
      expect(ask('Northwind').fallback).to.equal(true);
    });
  });

  describe('audience', () => {
    const everyPublicAnswer = (): ContactAnswer[] => [
      ...routingQuestions.map((q) => ask(q.question, 'public')),
      ask('logo template email signature viral crisis workshop first post'),
      ask('', 'public', { topic: 'brand-assets' }),
    ];

    it('never gives an internal topic to the public', () => {
      const internalTopics = new Set(demo.topics!.filter((t) => t.audience !== 'public').map((t) => t.id));
      for (const answer of everyPublicAnswer()) {
        for (const id of topIds(answer)) expect(internalTopics.has(id), id).to.equal(false);
      }
    });

    it('gives the public only public people, without their contact details', () => {
      const publicPeople = new Set(demo.people.filter((p) => p.visibility === 'public').map((p) => p.id));
      for (const answer of everyPublicAnswer()) {
        for (const person of answer.matches.flatMap((m) => m.people)) {
          expect(publicPeople.has(person.id), person.id).to.equal(true);
          expect(person).not.to.have.any.keys('email', 'phone', 'location', 'timeZone');
        }
      }
    });

    it('gives the public official channels only', () => {
      for (const answer of everyPublicAnswer()) {
        for (const channel of answer.matches.flatMap((m) => m.channels))
          expect(channel.owner.kind).not.to.equal('person');
      }
      const order = ask('my order is late').matches[0]!;
      expect(order.people.map((p) => p.id)).to.deep.equal(['fatima-el-amrani']);
      expect(order.channels.map((c) => c.url)).not.to.include('https://x.com/fatima_helps');
    });

    it('does not match the public against an internal person\'s "ask me about"', () => {
      const internal = ask('song lyrics', 'internal').matches[0]!;
      expect(internal.topic.id).to.equal('rights-permissions');
      expect(internal.reasons[0]).to.include({ field: 'askMeAbout', text: 'quoting song lyrics' });
      expect(ask('song lyrics', 'public').fallback).to.equal(true);
    });

    it('answers colleagues with internal topics, owners and their channels', () => {
      const [match] = ask('how do I write my first LinkedIn post?', 'internal').matches;
      expect(match!.topic.id).to.equal('social-media-training');
      expect(match!.channels.map((c) => c.handle)).to.include('marcus.bell@northwind.example');
    });

    it('lists the topics each audience may browse, in manifest order', () => {
      const publicTopics = contactTopics(directory, { audience: 'public' }).map((t) => t.id);
      expect(publicTopics).to.deep.equal(demo.topics!.filter((t) => t.audience === 'public').map((t) => t.id));
      expect(publicTopics).not.to.include('escalation');
      expect(contactTopics(directory, { audience: 'internal' })).to.have.length(demo.topics!.length);
    });
  });

  describe('fallback', () => {
    it('answers with the organization when nothing matches', () => {
      const answer = ask("what's the weather like in the harbour today");
      expect(answer.fallback).to.equal(true);
      expect(answer.matches).to.deep.equal([]);
      expect(answer.organization.name).to.equal('Northwind Press');
      expect(answer.organization.channels.slice(0, 3).map((c) => c.url)).to.deep.equal([
        'https://northwind.example/',
        'mailto:hello@northwind.example',
        'https://www.linkedin.com/company/northwind-press',
      ]);
    });

    it('answers with the organization when nothing is asked', () => {
      expect(findContacts(directory, { audience: 'public' }).fallback).to.equal(true);
      expect(ask('   ').fallback).to.equal(true);
    });

    it('always gives the organization, even with matches', () => {
      const answer = ask('refund');
      expect(answer.fallback).to.equal(false);
      expect(answer.organization.channels).not.to.be.empty;
    });

    it('gives a topic nobody reachable owns the organization channels', () => {
      const manifest = validateManifest({
        ...northwind(),
        topics: [{ id: 'lost', label: 'Lost property', keywords: ['umbrella'], audience: 'public' }],
      }).manifest;
      const [match] = findContacts(createDirectory(manifest), { question: 'umbrella', audience: 'public' }).matches;
      expect(match!.channels.map((c) => c.owner.kind)).to.deep.equal([
        'organization',
        'organization',
        'organization',
        'organization',
      ]);
    });
  });

  describe('topic preselection', () => {
    it('answers a chosen topic without a question', () => {
      const answer = findContacts(directory, { topic: 'press', audience: 'public' });
      expect(answer.fallback).to.equal(false);
      expect(answer.matches).to.have.length(1);
      expect(answer.matches[0]).to.include({ chosen: true, score: 0 });
      expect(answer.matches[0]!.reasons).to.deep.equal([]);
    });

    it('puts the chosen topic first, then what the question matches', () => {
      const answer = ask('review copy', 'public', { topic: 'events' });
      expect(topIds(answer).slice(0, 2)).to.deep.equal(['events', 'press']);
      expect(answer.matches[1]!.chosen).to.equal(false);
    });

    it('keeps the reasons when the question also matches the chosen topic', () => {
      const [match] = ask('review copy', 'public', { topic: 'press' }).matches;
      expect(match).to.include({ chosen: true });
      expect(match!.reasons[0]!.text).to.equal('review copy');
      expect(match!.score).to.be.above(0);
    });

    it('ignores a topic the audience may not see, or that does not exist', () => {
      expect(findContacts(directory, { topic: 'escalation', audience: 'public' }).fallback).to.equal(true);
      expect(findContacts(directory, { topic: 'nope', audience: 'public' }).fallback).to.equal(true);
      expect(findContacts(directory, { topic: 'escalation', audience: 'internal' }).matches[0]!.topic.id).to.equal(
        'escalation',
      );
    });
  });

  describe('channel order', () => {
    it("puts the department's account on the preferred network first, then its email", () => {
      const [match] = ask('my parcel never arrived').matches;
      expect(match!.channels.map((c) => [c.channel, c.handle, c.preferred])).to.deep.equal([
        ['x', '@northwind_help', true],
        ['email', 'help@northwind.example', false],
        ['bluesky', '@northwindhelp.bsky.social', false],
      ]);
      expect(match!.channels[0]).to.include({
        url: 'https://x.com/northwind_help',
        label: 'Help with orders',
        name: 'X',
      });
      expect(match!.channels[0]!.owner).to.deep.equal({ kind: 'department', id: 'support', name: 'Customer Support' });
    });

    it('puts the email first when the topic prefers email', () => {
      const [match] = ask('my ebook will not download').matches;
      expect(match!.channels[0]).to.include({
        channel: 'email',
        url: 'mailto:help@northwind.example',
        preferred: true,
      });
    });

    it("uses the organization's account when no owning department is on the preferred network", () => {
      const [match] = ask('book signing').matches;
      expect(match!.topic.id).to.equal('events');
      expect(match!.channels[0]).to.include({ channel: 'instagram', handle: '@northwindpress', preferred: true });
      expect(match!.channels[0]!.owner.kind).to.equal('organization');
    });

    it("adds the owners' own accounts and emails for colleagues, after the official ones", () => {
      const [match] = ask('my parcel never arrived', 'internal').matches;
      const handles = match!.channels.map((c) => c.handle);
      expect(handles.slice(0, 2)).to.deep.equal(['@northwind_help', '@fatima_helps']);
      expect(handles.indexOf('help@northwind.example')).to.be.below(
        handles.indexOf('fatima.elamrani@northwind.example'),
      );
      expect(match!.people.map((p) => p.id)).to.deep.equal(['fatima-el-amrani', 'jonas-weber', 'kenji-watanabe']);
    });

    it('gives only allowed URLs', () => {
      for (const q of routingQuestions) {
        for (const channel of ask(q.question, 'internal').matches.flatMap((m) => m.channels)) {
          expect(channel.url).to.match(/^(https:|mailto:)/);
        }
      }
    });
  });

  describe('determinism', () => {
    it('gives the same answer every time, whatever was asked before', () => {
      const first = ask('press release for the book launch');
      ask('refund');
      ask('anything at all', 'internal');
      expect(ask('press release for the book launch')).to.deep.equal(first);
      const fresh = createDirectory(validateManifest(demo).manifest);
      expect(findContacts(fresh, { question: 'press release for the book launch', audience: 'public' })).to.deep.equal(
        first,
      );
    });

    it('breaks ties in manifest order', () => {
      const answer = ask('order', 'public', { limit: 3 });
      const [, second, third] = answer.matches;
      expect(second!.score).to.equal(third!.score);
      const order = demo.topics!.map((t) => t.id);
      expect(order.indexOf(second!.topic.id)).to.be.below(order.indexOf(third!.topic.id));
    });

    it('reads only the start of a very long question', () => {
      const pasted = `${'lorem ipsum dolor '.repeat(2000)} refund`;
      expect(ask(pasted).fallback).to.equal(true);
    });
  });

  describe('evaluation set', () => {
    it(`routes ${routingQuestions.length} realistic questions: top-1 ≥ 90%, top-3 ≥ 98%`, () => {
      let top1 = 0;
      let top3 = 0;
      const misses: string[] = [];
      for (const { question, topic, asker } of routingQuestions) {
        const ids = topIds(ask(question, asker === 'colleague' ? 'internal' : 'public', { limit: 3 }));
        if (ids[0] === topic) top1++;
        else misses.push(`${question} → ${ids.join(', ') || 'fallback'} (want ${topic})`);
        if (ids.includes(topic)) top3++;
      }
      const n = routingQuestions.length;
      console.log(
        `routing: top-1 ${top1}/${n} (${((100 * top1) / n).toFixed(1)}%), top-3 ${top3}/${n} (${((100 * top3) / n).toFixed(1)}%)`,
      );
      for (const miss of misses) console.log(`  miss: ${miss}`);
      expect(n).to.be.at.least(60);
      expect(top1 / n).to.be.at.least(0.9);
      expect(top3 / n).to.be.at.least(0.98);
    });
  });
});

describe('topicOwners', () => {
  it('lists the people a topic names, then those who name the topic themselves, and the departments it names', () => {
    const { manifest } = validateManifest(northwind());
    const owners = topicOwners(manifest);
    expect(owners.get('press')?.people.map((p) => p.id)).to.deep.equal(['ellen-park']);
    expect(owners.get('social-training')?.people.map((p) => p.id)).to.deep.equal(['ellen-park', 'trent-walker']);
    expect(owners.get('order-problem')?.people).to.deep.equal([]);
    expect(owners.get('order-problem')?.departments.map((d) => d.id)).to.deep.equal(['support']);
  });

  it('adds a person who names a topic the topic does not list, once', () => {
    const input = northwind();
    input.people = input.people!.map((p) => (p.id === 'zoe-lambert' ? { ...p, topics: ['press', 'press'] } : p));
    const owners = topicOwners(validateManifest(input).manifest);
    expect(owners.get('press')?.people.map((p) => p.id)).to.deep.equal(['ellen-park', 'zoe-lambert']);
  });
});
