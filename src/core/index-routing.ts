/**
 * Routing from a static index (`<social-contact-finder index>`) with the answers the whole
 * manifest gives, fetching only what a question needs. Routing reads two things of topic owners:
 * their "ask me about" entries, to rank topics (every owner's: `asks.json`), and for the topics
 * an answer lists, the owners themselves (their cards, profiles and emails as channels:
 * `contacts/<topic-id>.json`). So a question costs the ask table once, then the files of the
 * few topics its answer lists.
 * @internal
 * @module
 */
import { directoryFor } from './audience-directory.js';
import { findContacts, type ContactQuery } from './contact.js';
import type { Directory } from './directory.js';
import type { Audience, Manifest, Person } from './manifest/schema.js';
import { indexManifest, mergeTopicContacts, type IndexAskTable } from './static-index.js';
import { mentioned, type StaticIndexContacts } from './static-index-source.js';

/** What the contact finder routes with from a static index (see {@link indexRouting}). */
export interface IndexRouting {
  /** The head's directory for an audience: the organization, departments and topics, no one (the chips). */
  head(audience: Audience, locale: string | undefined): Directory;
  /**
   * The directory to route `query` with (`findContacts`): the head and the owners of the topics its answer lists,
   * ranking as the whole manifest does. Fetches the ask table and those topics' owners the first time they are needed.
   */
  directory(query: ContactQuery, locale: string | undefined): Promise<Directory>;
}

// Ids no manifest has (an id starts with a letter or a digit): the stand-ins below never meet a person.
const STAND_IN = '\u0000asks:';

/**
 * The manifest routing runs on: the head, the owners read (`people`), and for every other topic
 * with "ask me about" entries (`asks`) one stand-in owner who has them, listed by the topic and
 * public (so a public page keeps them, as it keeps the public owners the public table comes
 * from). Routing ranks with owners' entries only, so it ranks as over every owner; the stand-ins
 * have no channel and own only topics the answer does not list.
 */
function routingManifest(
  contacts: StaticIndexContacts,
  people: readonly Person[],
  read: ReadonlySet<string>,
  asks: IndexAskTable,
): Manifest {
  const manifest = indexManifest(contacts.head, people);
  const standIns: Person[] = [];
  const topics = manifest.topics.map((topic) => {
    // Own keys only: a topic may be called `constructor`.
    const entries = read.has(topic.id) || !Object.hasOwn(asks, topic.id) ? undefined : asks[topic.id];
    if (entries === undefined || entries.length === 0) return topic;
    const standIn = { ...mentioned({ id: `${STAND_IN}${topic.id}`, name: '' }, 'public'), askMeAbout: [...entries] };
    standIns.push(standIn);
    return { ...topic, people: [...topic.people, standIn.id] };
  });
  return { ...manifest, topics, people: [...manifest.people, ...standIns] };
}

/**
 * Routing over a static index's contacts: {@link IndexRouting.head} at once,
 * {@link IndexRouting.directory} per question.
 */
export function indexRouting(contacts: StaticIndexContacts): IndexRouting {
  const nobody: Manifest = indexManifest(contacts.head, []);
  // Per audience, the head with every topic's stand-in: which topics' owners an answer needs.
  const rankers = new Map<Audience, Directory>();
  return {
    head: (audience, locale) => directoryFor(nobody, audience, locale),
    async directory(query, locale) {
      const file = await contacts.asks();
      // A public page reading an internal index ranks with the public owners' entries.
      const asks = query.audience === 'public' ? (file.public ?? file.topics) : file.topics;
      let ranker = rankers.get(query.audience);
      if (ranker === undefined)
        rankers.set(
          query.audience,
          (ranker = directoryFor(routingManifest(contacts, [], new Set(), asks), query.audience, locale)),
        );
      const needed = findContacts(ranker, query).matches.map((match) => match.topic.id);
      const owners = await Promise.all(needed.map((topic) => contacts.owners(topic)));
      const people = mergeTopicContacts(owners);
      const held = query.audience === 'public' ? withMentioned(contacts, people) : people;
      return directoryFor(routingManifest(contacts, held, new Set(needed), asks), query.audience, locale);
    },
  };
}

/**
 * A public page filters again (`forAudience`): a department's lead and a person's manager stay
 * only when that person is public and in the manifest. A public index's head and records name
 * only public people there, so each one named and not fetched is added as a minimal public
 * person, who names no topic (and owns none the answer lists, whose owners are all fetched):
 * the answers keep the links the whole manifest gives. An internal
 * index does not say who is public, so there the links to people outside the answer drop.
 */
function withMentioned(contacts: StaticIndexContacts, people: readonly Person[]): readonly Person[] {
  if (contacts.head.audience !== 'public') return people;
  const held = new Set(people.map((person) => person.id));
  const named = [...contacts.head.departments.map((d) => d.lead), ...people.map((p) => p.manager)];
  const added = new Set(named.filter((id): id is string => id !== undefined && !held.has(id)));
  return [...people, ...[...added].map((id) => mentioned({ id, name: id }, 'public'))];
}
