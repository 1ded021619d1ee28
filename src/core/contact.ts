/**
 * Who to contact: a question ("hi i ordered a book 3 weeks ago and its still not here??") or a
 * chosen topic becomes ranked topics, each with the words that matched, the channels to use in
 * order, the instructions, and the people and departments who own it. Deterministic and
 * explainable: word matching with fixed weights, no model, no network call.
 * @module
 */
import type { Directory } from './directory.js';
import { forAudience } from './manifest/audience.js';
import type {
  Audience,
  Channel,
  Department,
  Manifest,
  Organization,
  Person,
  Profile,
  Topic,
} from './manifest/schema.js';
import { NETWORKS } from './networks.js';
import { mailtoUrl, safeUrl } from './safe.js';
import { LATIN_WORD, stemWord } from './stem.js';
import { foldText } from './text.js';
import { topicOwners, type TopicOwners } from './topic-owners.js';

export { topicOwners, type TopicOwners } from './topic-owners.js';

/** What to route: a free-text question, a topic chosen from the list, or both. */
export interface ContactQuery {
  /** The question as the person typed it. Case, accents, plurals, verb endings and one-letter typos do not matter. */
  readonly question?: string;
  /**
   * A topic id chosen from {@link contactTopics} (a chip): it comes first. Ignored when the audience may not see
   * it.
   */
  readonly topic?: string;
  /**
   * Who is asking: `public` (customers, a careers page) sees only public topics, public people and official
   * channels.
   */
  readonly audience: Audience;
  /**
   * The most matches to return.
   * @defaultValue 3
   */
  readonly limit?: number;
}

/** Who a channel belongs to. */
export interface ContactOwner {
  /** An owning department, an owning person (internal audience only), or the organization itself. */
  readonly kind: 'department' | 'person' | 'organization';
  /** The department or person id; absent for the organization. */
  readonly id?: string;
  /** The department's, person's or organization's name. */
  readonly name: string;
}

/** One way to get in touch: an official account, an email address, a person's profile. */
export interface ContactChannel {
  /** The network id, or `email`. */
  readonly channel: Channel;
  /** The channel's name as people write it: `X`, `LinkedIn`, `Email`. */
  readonly name: string;
  /** What to show: `@northwind_help`, `help@northwind.example`. */
  readonly handle: string;
  /** The link, already through {@link safeUrl}: `https://x.com/northwind_help`, `mailto:help@northwind.example`. */
  readonly url: string;
  /** The manifest's label for this profile, when it has one ("Help with orders"). */
  readonly label?: string;
  /** Whose channel it is. */
  readonly owner: ContactOwner;
  /** Whether this is on the topic's preferred channel (those come first). */
  readonly preferred: boolean;
}

/** Why a topic matched: one piece of the manifest and the words of the question that hit it. */
export interface ContactReason {
  /**
   * Where the words were found: a `keyword` of the topic, its `label`, the name of an owning
   * `department`, that department's `description`, or what an owner is happy to be asked
   * about (`askMeAbout`).
   */
  readonly field: 'keyword' | 'label' | 'department' | 'description' | 'askMeAbout';
  /**
   * The manifest text as written: the keyword (`missing parcel`), the label, the department's name, the "ask me
   * about" entry.
   */
  readonly text: string;
  /** The words of the question that matched it, folded (lowercase, no accents), in question order. */
  readonly words: readonly string[];
  /** Whether a word matched only by allowing one wrong, missing, extra or swapped letter. */
  readonly typo: boolean;
}

/** One topic that answers the question, with everything needed to act on it. */
export interface ContactMatch {
  /** The topic. */
  readonly topic: Topic;
  /**
   * The topic's score: the sum of its matched words' weights (see docs/contact.md). Higher is better; 0 for a
   * chosen topic the question does not mention.
   */
  readonly score: number;
  /** Whether the topic was chosen (`query.topic`) rather than found from the question. */
  readonly chosen: boolean;
  /** What matched, strongest first. Empty for a chosen topic the question does not mention. */
  readonly reasons: readonly ContactReason[];
  /** How to get in touch, in order: the preferred channel first, never empty. */
  readonly channels: readonly ContactChannel[];
  /** What to say or send, from the topic ("DM us your order number"). */
  readonly instructions?: string;
  /**
   * The people who own the topic: its `people`, then anyone listing it in their `topics`. Public people only for
   * the public audience.
   */
  readonly people: readonly Person[];
  /** The departments that own the topic. */
  readonly departments: readonly Department[];
}

/** The organization's general contact: the answer when no topic fits. */
export interface OrganizationContact {
  /** The organization's name. */
  readonly name: string;
  /** Its website, its email, then its official accounts. */
  readonly channels: readonly ContactChannel[];
}

/**
 * The answer to a {@link ContactQuery}. Never empty: when no topic fits, `fallback` is set and `organization` is
 * the answer.
 */
export interface ContactAnswer {
  /** Matching topics, best first (ties in manifest order). Empty only when `fallback` is set. */
  readonly matches: readonly ContactMatch[];
  /** Nothing matched (or nothing was asked): show {@link ContactAnswer.organization}. */
  readonly fallback: boolean;
  /** The organization's general contact, always given (also useful as "or reach us at"). */
  readonly organization: OrganizationContact;
}

/** Options for {@link contactTopics}. */
export interface ContactTopicsOptions {
  /** Who is browsing: `public` lists only public topics. */
  readonly audience: Audience;
}

// ---------------------------------------------------------------------------------------------
// Words

// Function words and the ways people open a question ("hi, who do I contact about…"). They say
// nothing about the topic, and in keywords they would only make phrases harder to match.
// `help` is here because nearly every question asks for it.
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after again all also am an and any anyone are as at be because been before being both but by can could ' +
    'd did do does doing done dont didnt doesnt cant cannot wont isnt im ive id ill for from get got had has have having he ' +
    'hello help her here hers hey hi him his how i if in into is it its just ll m me mine more most my myself need needs ' +
    'no nor not now of on once only or other our ours out over own please pls plz re s same she should so some someone ' +
    'somebody such t than thank thanks that the their them then there these they this those through thx to too up us ' +
    've very want wanted was we were what when where which while who whom whose why will with would you your yours ' +
    'contact contacting reach talk speak ask asking question questions regarding hiya dear team ok yes'
  ).split(' '),
);

const isTelling = (stem: string): boolean => stem.length >= 3 && !/^\d+$/.test(stem);

/** A word of the question or the manifest: as written (folded) and its stem. */
interface Word {
  readonly word: string;
  readonly stem: string;
  /** For the first word of a hyphenated pair ("e-book", "pile-on"): the pair written as one word, stemmed. */
  readonly joined?: string;
}

// A pasted email should not cost more than a question: only its start is read.
const MAX_QUESTION_CHARS = 1000;
const MAX_QUESTION_WORDS = 64;
const HYPHENATED = /[\p{L}\p{N}]-[\p{L}\p{N}]/u;

/**
 * Folds, splits, drops stop words and stems: the same steps for the manifest and the question.
 * A hyphenated pair also carries its joined form, because people write "e-book" and "ebook",
 * and because "pile-on" would otherwise lose "on" to the stop list.
 */
function words(text: string, ignore: ReadonlySet<string> = EMPTY): Word[] {
  const out: Word[] = [];
  for (const chunk of text.split(/\s+/)) {
    const folded = foldText(chunk);
    if (folded === '') continue;
    const parts = folded.split(' ');
    let joined = parts.length === 2 && HYPHENATED.test(chunk) ? stemWord(parts.join('')) : undefined;
    for (const word of parts) {
      if (STOP_WORDS.has(word) || ignore.has(word)) continue;
      out.push(joined === undefined ? { word, stem: stemWord(word) } : { word, stem: stemWord(word), joined });
      joined = undefined;
    }
  }
  return out;
}
const EMPTY: ReadonlySet<string> = new Set();

/** Whether `a` and `b` are at most one edit apart: one letter replaced, added, removed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  const diff = a.length - b.length;
  if (diff > 1 || diff < -1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (diff === 1) return a.slice(i + 1) === b.slice(i);
  if (diff === -1) return a.slice(i) === b.slice(i + 1);
  return (
    a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
  );
}

function deletions(stem: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < stem.length; i++) out.push(stem.slice(0, i) + stem.slice(i + 1));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Weights (see docs/contact.md). Each word of the question counts once per topic, at its best
// match; its weight is multiplied by how rare the matched stem is across topics.

const KEYWORD = 3;
/** Added per extra word when a multi-word keyword is matched as a phrase ("press release"). */
const PHRASE_BONUS = 1;
/** A word of a multi-word keyword found outside the phrase ("parcel" for "missing parcel"). */
const KEYWORD_WORD = 1.5;
const LABEL = 1.5;
const DEPARTMENT = 1;
const ASK_ME_ABOUT = 1;
const DESCRIPTION = 0.5;
/** A word matched only with a typo allowed counts this much of its weight. */
const TYPO = 0.7;
/** Matches scoring under this share of the best one are left out: they are noise next to it. */
const RELATIVE_CUTOFF = 0.25;
/** Typos are tolerated from this many letters: shorter words have too many one-letter neighbours. */
const TYPO_MIN_LETTERS = 5;

const FIELDS = ['keyword', 'label', 'department', 'description', 'askMeAbout'] as const;
type FieldIndex = 0 | 1 | 2 | 3 | 4;
const FIELD_WEIGHT: readonly number[] = [KEYWORD, LABEL, DEPARTMENT, DESCRIPTION, ASK_ME_ABOUT];
const F_KEYWORD = 0;
const F_DESCRIPTION = 3;

/** One place a stem occurs in a topic's text. */
interface Posting {
  readonly topic: number;
  readonly field: FieldIndex;
  /** The manifest text shown in the reason. */
  readonly text: string;
  /** For a keyword: its stems, and where this stem sits in them. */
  readonly phrase?: readonly string[];
  readonly offset: number;
  /** A keyword that lost words to the stop list ("can't open" → "open"): never matched whole. */
  readonly loose?: boolean;
}

/** A topic as one audience sees it, with everything that does not depend on the question. */
interface Entry {
  readonly topic: Topic;
  readonly order: number;
  readonly people: readonly Person[];
  readonly departments: readonly Department[];
  readonly channels: readonly ContactChannel[];
}

/** What routing precomputes per directory and audience: built on first use, then reused. */
interface RoutingIndex {
  readonly entries: readonly Entry[];
  readonly byId: ReadonlyMap<string, Entry>;
  readonly postings: ReadonlyMap<string, readonly Posting[]>;
  /** How rare each stem is across topics, in (0, 1]: 1 when only one topic has it. */
  readonly rarity: ReadonlyMap<string, number>;
  /** Each stem of four letters or more and each of its one-letter deletions → the stems it may be a typo of. */
  readonly near: ReadonlyMap<string, readonly string[]>;
  readonly organization: OrganizationContact;
  /** Scratch space for one question, one slot per topic, reused so that routing allocates almost nothing. */
  readonly scratch: Scratch;
}

interface Scratch {
  /** Each topic's score so far. */
  readonly total: Float64Array;
  /** The best value of the current question word in each topic. */
  readonly best: Float64Array;
  /** 1 once a topic has a match outside department descriptions. */
  readonly telling: Uint8Array;
  /** Topics the current word matched, then topics the question matched. */
  readonly wordTopics: Int32Array;
  readonly topics: Int32Array;
}

const indexes = new WeakMap<Directory, Partial<Record<Audience, RoutingIndex>>>();

function routingIndex(directory: Directory, audience: Audience): RoutingIndex {
  let byAudience = indexes.get(directory);
  if (byAudience === undefined) indexes.set(directory, (byAudience = {}));
  return (byAudience[audience] ??= buildIndex(forAudience(directory.manifest, audience), audience));
}

function buildIndex(manifest: Manifest, audience: Audience): RoutingIndex {
  // Everyone mentions the company ("how do I work at Northwind"): its name's words match only in keywords.
  const orgWords = new Set(foldText(manifest.organization.name).split(' '));
  const postings = new Map<string, Posting[]>();
  // Per stem, the topics whose own words (keywords, label) have it, and those that have it anywhere.
  const ownTopics = new Map<string, Set<number>>();
  const anyTopics = new Map<string, Set<number>>();
  const note = (sets: Map<string, Set<number>>, stem: string, topic: number): void => {
    let topics = sets.get(stem);
    if (topics === undefined) sets.set(stem, (topics = new Set()));
    topics.add(topic);
  };
  const add = (stem: string, posting: Posting): void => {
    const list = postings.get(stem);
    if (list === undefined) postings.set(stem, [posting]);
    else list.push(posting);
    if (posting.field <= 1) note(ownTopics, stem, posting.topic);
    note(anyTopics, stem, posting.topic);
  };
  const addText = (topic: number, field: FieldIndex, text: string, source: string): void => {
    // A stem counted once per field and text: "orders, bulk orders" is not twice as much about orders.
    const seen = new Set<string>();
    for (const { stem } of words(text, orgWords)) {
      if (seen.has(stem)) continue;
      seen.add(stem);
      add(stem, { topic, field, text: source, offset: 0 });
    }
  };

  const owners = topicOwners(manifest);

  const entries = manifest.topics.map((topic, t): Entry => {
    for (const keyword of topic.keywords) {
      const parsed = words(keyword);
      const stems = parsed.map((w) => w.stem);
      const loose = stems.length === 1 && foldText(keyword).includes(' ');
      stems.forEach((stem, offset) =>
        add(stem, { topic: t, field: F_KEYWORD, text: keyword, phrase: stems, offset, ...(loose ? { loose } : {}) }),
      );
      const joined = parsed[0]?.joined;
      if (joined !== undefined) add(joined, { topic: t, field: F_KEYWORD, text: keyword, phrase: [joined], offset: 0 });
    }
    addText(t, 1, topic.label, topic.label);
    const { people: topicPeople, departments: owning } = owners.get(topic.id) as TopicOwners;
    for (const department of owning) {
      addText(t, 2, department.name, department.name);
      if (department.description !== undefined) addText(t, F_DESCRIPTION, department.description, department.name);
    }
    for (const person of topicPeople) for (const subject of person.askMeAbout) addText(t, 4, subject, subject);
    return {
      topic,
      order: t,
      people: topicPeople,
      departments: owning,
      channels: channelsFor(topic, owning, topicPeople, manifest.organization, audience),
    };
  });

  // Inverse document frequency, scaled so that a stem only one topic has weighs 1 and one that
  // every topic has weighs little: "book" says less about a publisher's topics than "epub".
  // Counted over keywords and labels: a department's description is shared by all its topics,
  // and would make "newsletter" look common because Marketing's description names it.
  const n = entries.length;
  const rarity = new Map<string, number>();
  for (const [stem, topics] of anyTopics) {
    const df = ownTopics.get(stem)?.size ?? topics.size;
    rarity.set(stem, Math.log(1 + n / df) / Math.log(1 + n));
  }

  // Symmetric-deletion typo lookup: two stems one edit apart share the stem itself or one of
  // their one-letter deletions, so a typo costs a few map lookups, not a scan of the vocabulary.
  const near = new Map<string, string[]>();
  for (const stem of postings.keys()) {
    if (stem.length < TYPO_MIN_LETTERS - 1) continue;
    for (const key of [stem, ...deletions(stem)]) {
      const list = near.get(key);
      if (list === undefined) near.set(key, [stem]);
      else if (!list.includes(stem)) list.push(stem);
    }
  }

  return {
    entries,
    byId: new Map(entries.map((e) => [e.topic.id, e])),
    postings,
    rarity,
    near,
    organization: { name: manifest.organization.name, channels: organizationChannels(manifest.organization) },
    scratch: {
      total: new Float64Array(n),
      best: new Float64Array(n),
      telling: new Uint8Array(n),
      wordTopics: new Int32Array(n),
      topics: new Int32Array(n),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Channels

function profileChannel(profile: Profile, owner: ContactOwner, preferred: boolean): ContactChannel | undefined {
  const url = safeUrl(profile.url);
  if (url === undefined) return undefined;
  return {
    channel: profile.network,
    name: NETWORKS[profile.network].label,
    handle: profile.handle,
    url,
    ...(profile.label === undefined ? {} : { label: profile.label }),
    owner,
    preferred,
  };
}

function emailChannel(email: string | undefined, owner: ContactOwner, preferred: boolean): ContactChannel | undefined {
  const url = mailtoUrl(email);
  if (email === undefined || url === undefined) return undefined;
  return { channel: 'email', name: 'Email', handle: email, url, owner, preferred };
}

const departmentOwner = (d: Department): ContactOwner => ({ kind: 'department', id: d.id, name: d.name });
const personOwner = (p: Person): ContactOwner => ({ kind: 'person', id: p.id, name: p.name });

/**
 * The order: the preferred channel (owning departments' accounts on it, or the organization's
 * when no department has one; then, internally, the owners' own accounts on it), then the
 * departments' emails, their other official accounts, and internally the owners' profiles and
 * emails. A public page gets official channels only: customers write to the company, not to an
 * employee's personal account, and person emails are internal anyway.
 */
function channelsFor(
  topic: Topic,
  departments: readonly Department[],
  people: readonly Person[],
  organization: Organization,
  audience: Audience,
): ContactChannel[] {
  const out: ContactChannel[] = [];
  const seen = new Set<string>();
  const push = (channel: ContactChannel | undefined): void => {
    if (channel === undefined || seen.has(channel.url)) return;
    seen.add(channel.url);
    out.push(channel);
  };
  const internal = audience === 'internal';
  const org: ContactOwner = { kind: 'organization', name: organization.name };
  const preferred = topic.channel;

  if (preferred === 'email') {
    for (const d of departments) push(emailChannel(d.email, departmentOwner(d), true));
    if (internal) for (const p of people) push(emailChannel(p.email, personOwner(p), true));
    if (out.length === 0) push(emailChannel(organization.email, org, true));
  } else if (preferred !== undefined) {
    for (const d of departments) {
      for (const profile of d.profiles)
        if (profile.network === preferred) push(profileChannel(profile, departmentOwner(d), true));
    }
    if (out.length === 0) {
      for (const profile of organization.profiles)
        if (profile.network === preferred) push(profileChannel(profile, org, true));
    }
    if (internal) {
      for (const p of people) {
        for (const profile of p.profiles)
          if (profile.network === preferred) push(profileChannel(profile, personOwner(p), true));
      }
    }
  }
  for (const d of departments) push(emailChannel(d.email, departmentOwner(d), false));
  for (const d of departments)
    for (const profile of d.profiles) push(profileChannel(profile, departmentOwner(d), false));
  if (internal) {
    for (const p of people) for (const profile of p.profiles) push(profileChannel(profile, personOwner(p), false));
    for (const p of people) push(emailChannel(p.email, personOwner(p), false));
  }
  // A topic nobody reachable owns still gets an answer: the company's own address.
  if (out.length === 0) for (const channel of organizationChannels(organization)) push(channel);
  return out;
}

function organizationChannels(organization: Organization): ContactChannel[] {
  const owner: ContactOwner = { kind: 'organization', name: organization.name };
  const out: ContactChannel[] = [];
  const website = safeUrl(organization.website);
  if (website !== undefined) {
    out.push({
      channel: 'website',
      name: NETWORKS.website.label,
      handle: website.replace(/^https?:\/\/|\/$/g, ''),
      url: website,
      owner,
      preferred: false,
    });
  }
  const email = emailChannel(organization.email, owner, false);
  if (email !== undefined) out.push(email);
  for (const profile of organization.profiles) {
    const channel = profileChannel(profile, owner, false);
    if (channel !== undefined && !out.some((c) => c.url === channel.url)) out.push(channel);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Routing

/** The question, read once. */
interface Reading {
  /** Its words, stop words left out, in order. */
  readonly words: readonly Word[];
  /** For each word, the stems it may stand for (value: matched only with a typo). */
  readonly options: readonly ReadonlyMap<string, boolean>[];
  /** The positions of each distinct word: "refund refund" counts once, at its best match. */
  readonly groups: readonly (readonly number[])[];
}

/** The best match of one question word in one topic. */
interface Hit {
  readonly score: number;
  readonly field: FieldIndex;
  readonly text: string;
  readonly typo: boolean;
  readonly position: number;
}

/** The stems a question word may stand for: itself when the manifest has it, else its one-typo neighbours. */
function candidates(index: RoutingIndex, word: Word): ReadonlyMap<string, boolean> {
  const out = new Map<string, boolean>();
  if (word.joined !== undefined && index.postings.has(word.joined)) out.set(word.joined, false);
  if (index.postings.has(word.stem)) {
    out.set(word.stem, false);
    return out;
  }
  if (word.stem.length < TYPO_MIN_LETTERS || !LATIN_WORD.test(word.stem)) return out;
  for (const key of [word.stem, ...deletions(word.stem)]) {
    for (const stem of index.near.get(key) ?? []) {
      if (!out.has(stem) && oneEditApart(word.stem, stem)) out.set(stem, true);
    }
  }
  return out;
}

function read(index: RoutingIndex, question: string): Reading {
  const asked = words(question.slice(0, MAX_QUESTION_CHARS)).slice(0, MAX_QUESTION_WORDS);
  const byWord = new Map<string, number[]>();
  asked.forEach(({ word }, position) => {
    const positions = byWord.get(word);
    if (positions === undefined) byWord.set(word, [position]);
    else positions.push(position);
  });
  return { words: asked, options: asked.map((word) => candidates(index, word)), groups: [...byWord.values()] };
}

/** What one posting of `stem`, reached from the question word at `position`, is worth; 0 when nothing. */
function valueOf(
  index: RoutingIndex,
  reading: Reading,
  position: number,
  stem: string,
  typo: boolean,
  posting: Posting,
): number {
  let weight = FIELD_WEIGHT[posting.field] as number;
  const phrase = posting.phrase;
  let whole = phrase !== undefined && phrase.length === 1 && posting.loose !== true;
  if (posting.loose === true) weight = KEYWORD_WORD;
  else if (phrase !== undefined && phrase.length > 1) {
    const start = position - posting.offset;
    whole = start >= 0 && start + phrase.length <= reading.words.length;
    for (let j = 0; whole && j < phrase.length; j++)
      whole = (reading.options[start + j] as ReadonlyMap<string, boolean>).has(phrase[j] as string);
    weight = whole ? KEYWORD + (PHRASE_BONUS * (phrase.length - 1)) / phrase.length : KEYWORD_WORD;
  }
  // Outside a whole keyword, a number or a one- or two-letter word ("3" of "EPUB 3") says nothing.
  if (!whole && !isTelling(stem)) return 0;
  return weight * (index.rarity.get(stem) ?? 0) * (typo ? TYPO : 1);
}

/**
 * Scores every topic the question touches, without recording why: most topics are only
 * summed and dropped, so this pass writes into the index's scratch arrays and allocates nothing
 * per topic. Returns the topics worth answering with, best first (ties in manifest order).
 */
function rank(index: RoutingIndex, reading: Reading): { topic: number; score: number }[] {
  const { total, best, telling, wordTopics, topics } = index.scratch;
  let touched = 0;
  for (const positions of reading.groups) {
    let hit = 0;
    for (const position of positions) {
      for (const [stem, typo] of reading.options[position] as ReadonlyMap<string, boolean>) {
        for (const posting of index.postings.get(stem) ?? []) {
          const value = valueOf(index, reading, position, stem, typo, posting);
          if (value === 0) continue;
          const t = posting.topic;
          if (best[t] === 0) wordTopics[hit++] = t;
          if (value > (best[t] as number)) best[t] = value;
          // A department's description is shared by all its topics: on its own it picks none of them.
          if (posting.field !== F_DESCRIPTION) telling[t] = 1;
        }
      }
    }
    for (let i = 0; i < hit; i++) {
      const t = wordTopics[i] as number;
      if (total[t] === 0) topics[touched++] = t;
      total[t] = (total[t] as number) + (best[t] as number);
      best[t] = 0;
    }
  }
  const ranked: { topic: number; score: number }[] = [];
  for (let i = 0; i < touched; i++) {
    const t = topics[i] as number;
    if (telling[t] === 1) ranked.push({ topic: t, score: total[t] as number });
    total[t] = 0;
    telling[t] = 0;
  }
  return ranked.sort((a, b) => b.score - a.score || a.topic - b.topic);
}

/** Why one topic matched: the same matching as {@link rank}, for one topic, keeping the details. */
function reasonsFor(index: RoutingIndex, reading: Reading, topic: number): ContactReason[] {
  const hits: [string, Hit][] = [];
  for (const positions of reading.groups) {
    let best: Hit | undefined;
    for (const position of positions) {
      for (const [stem, typo] of reading.options[position] as ReadonlyMap<string, boolean>) {
        for (const posting of index.postings.get(stem) ?? []) {
          if (posting.topic !== topic) continue;
          const value = valueOf(index, reading, position, stem, typo, posting);
          if (value > (best?.score ?? 0))
            best = { score: value, field: posting.field, text: posting.text, typo, position };
        }
      }
    }
    if (best !== undefined) hits.push([(reading.words[best.position] as Word).word, best]);
  }
  return reasonsOf(hits);
}

function reasonsOf(hits: Iterable<[string, Hit]>): ContactReason[] {
  const groups = new Map<
    string,
    { field: FieldIndex; text: string; score: number; words: [number, string][]; typo: boolean }
  >();
  for (const [word, hit] of hits) {
    const key = `${hit.field}\u0000${hit.text}`;
    const group = groups.get(key);
    if (group === undefined)
      groups.set(key, {
        field: hit.field,
        text: hit.text,
        score: hit.score,
        words: [[hit.position, word]],
        typo: hit.typo,
      });
    else {
      group.score += hit.score;
      group.words.push([hit.position, word]);
      group.typo ||= hit.typo;
    }
  }
  return [...groups.values()]
    .sort((a, b) => b.score - a.score || a.field - b.field)
    .map((g) => ({
      field: FIELDS[g.field],
      text: g.text,
      words: g.words.sort((a, b) => a[0] - b[0]).map(([, w]) => w),
      typo: g.typo,
    }));
}

function answer(entry: Entry, score: number, chosen: boolean, reasons: readonly ContactReason[]): ContactMatch {
  return {
    topic: entry.topic,
    // Rounded so that the order of additions can never show in the output.
    score: Math.round(score * 1000) / 1000,
    chosen,
    reasons,
    channels: entry.channels,
    ...(entry.topic.instructions === undefined ? {} : { instructions: entry.topic.instructions }),
    people: entry.people,
    departments: entry.departments,
  };
}

/**
 * Answers "who do I contact about …?": the topics that fit a question (or a chosen topic), best
 * first, each with the words that matched, the channels to use in order, the instructions, and
 * the people and departments who own it.
 *
 * Keywords weigh most, whole phrases more; the topic's label, the owning departments' names,
 * what owners are happy to be asked about, and department descriptions count for less; rarer
 * words count for more. Case, accents, plurals, verb endings and a one-letter typo in words of
 * five letters or more do not matter. The public audience sees only public topics, public
 * people and official channels. When nothing fits, `fallback` is set and
 * {@link ContactAnswer.organization} is the answer: never an empty one.
 *
 * The first call per directory and audience builds an index (kept in a `WeakMap`, so it goes
 * with the directory); later calls are a few map lookups per word.
 *
 * @example
 * const { matches, fallback, organization } = findContacts(directory, {
 *   question: 'hi i ordered a book 3 weeks ago and its still not here??',
 *   audience: 'public',
 * });
 * matches[0]?.topic.id           // 'order-problem'
 * matches[0]?.channels[0]?.url   // 'https://x.com/northwind_help'
 * matches[0]?.reasons[0]         // { field: 'keyword', text: 'order', words: ['ordered'], typo: false }
 */
export function findContacts(directory: Directory, query: ContactQuery): ContactAnswer {
  const index = routingIndex(directory, query.audience);
  const limit = Math.max(1, Math.floor(query.limit ?? 3)) || 3;
  const reading = read(index, query.question ?? '');
  const ranked = reading.words.length === 0 ? [] : rank(index, reading);
  const best = ranked[0]?.score ?? 0;

  const matches: ContactMatch[] = [];
  const chosen = query.topic === undefined ? undefined : index.byId.get(query.topic);
  if (chosen !== undefined) {
    const found = ranked.find((r) => r.topic === chosen.order);
    matches.push(
      answer(chosen, found?.score ?? 0, true, found === undefined ? [] : reasonsFor(index, reading, chosen.order)),
    );
  }
  for (const { topic, score } of ranked) {
    if (matches.length >= limit || score < best * RELATIVE_CUTOFF) break;
    if (topic === chosen?.order) continue;
    matches.push(answer(index.entries[topic] as Entry, score, false, reasonsFor(index, reading, topic)));
  }
  return { matches, fallback: matches.length === 0, organization: index.organization };
}

/**
 * The topics an audience may browse (for chips next to the question box), in manifest order:
 * every topic internally, public topics only for `public`. Pass a topic's id back as
 * {@link ContactQuery.topic}.
 *
 * @example
 * contactTopics(directory, { audience: 'public' }).map((t) => t.label)
 */
export function contactTopics(directory: Directory, options: ContactTopicsOptions): readonly Topic[] {
  return routingIndex(directory, options.audience).entries.map((e) => e.topic);
}
