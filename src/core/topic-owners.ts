/**
 * Who owns each topic: one rule for routing (`contact.ts`), the CLI's report and the static
 * index's contacts. A module of its own, without top-level state, so code that needs only this
 * rule does not carry the router.
 * @module
 */
import type { Department, Manifest, Person } from './manifest/schema.js';

/** Who owns a topic (see {@link topicOwners}). */
export interface TopicOwners {
  /**
   * The people the topic lists (`topics[].people`), in that order, then those who list the topic themselves
   * (`people[].topics`), in manifest order.
   */
  readonly people: readonly Person[];
  /** The departments the topic names, in that order. */
  readonly departments: readonly Department[];
}

/**
 * Who owns each topic of a validated manifest, by topic id: one rule for routing and for the
 * CLI's report. Ids that name nobody are skipped.
 *
 * @example
 * topicOwners(manifest).get('press')?.people.map((p) => p.name)
 */
export function topicOwners(manifest: Manifest): ReadonlyMap<string, TopicOwners> {
  const departments = new Map(manifest.departments.map((d) => [d.id, d]));
  const people = new Map(manifest.people.map((p) => [p.id, p]));
  const volunteers = new Map<string, Person[]>();
  for (const person of manifest.people) {
    for (const id of person.topics) {
      const list = volunteers.get(id);
      if (list === undefined) volunteers.set(id, [person]);
      // A topic named twice by the same person still has them once.
      else if (list[list.length - 1] !== person) list.push(person);
    }
  }
  return new Map(
    manifest.topics.map((topic) => {
      const listed = topic.people.map((id) => people.get(id)).filter((p): p is Person => p !== undefined);
      const extra = (volunteers.get(topic.id) ?? []).filter((p) => !topic.people.includes(p.id));
      const owning = topic.departments.map((id) => departments.get(id)).filter((d): d is Department => d !== undefined);
      return [topic.id, { people: [...listed, ...extra], departments: owning }];
    }),
  );
}

/**
 * What each topic's owners are happy to be asked about (`askMeAbout`), by topic id: every entry
 * once, in the order routing reads them (owner by owner, each owner's in their order). The only
 * thing routing reads of owners to rank topics, so a static index can hand it over apart from
 * the owners' records (`asks.json`) and fetch those only for the topics an answer lists. A
 * repeated entry is left out: routing keeps the first of equally good matches, so it changes no
 * score and no reason.
 */
export function topicAsks(owners: ReadonlyMap<string, TopicOwners>): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const [id, { people }] of owners) out.set(id, [...new Set(people.flatMap((person) => person.askMeAbout))]);
  return out;
}
