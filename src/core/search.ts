/**
 * People search: a folded text index built once, queries answered by scanning it (fast enough
 * for 100,000 people within a frame, see `npm run bench`), filters, and facet counts.
 * @module
 */
import type { NetworkId } from './networks.js';
import type { Department, Person, Topic } from './manifest/schema.js';
import { foldText } from './text.js';

/** A filter value: one value, or several of which any may match. */
export type FilterValue<T extends string = string> = T | readonly T[];

/** What to look for. Every part is optional; together they narrow the result (AND). */
export interface SearchQuery {
  /**
   * Free text; every word must match a person's name, title, department, location, topics, "ask me about" or
   * handles.
   */
  readonly text?: string;
  /** Department ids. */
  readonly department?: FilterValue;
  /** Networks the person has a profile on. */
  readonly network?: FilterValue<NetworkId>;
  /** Topic ids the person owns. */
  readonly topic?: FilterValue;
  /** Locations, exactly as written in the manifest. */
  readonly location?: FilterValue;
  /** Only people who help colleagues with social media. */
  readonly champion?: boolean;
}

/**
 * How many people each filter value would give, with the other filters as they are (so
 * choosing one department still shows the counts of the others).
 */
export interface Facets {
  /** Count per department id. */
  readonly department: Readonly<Record<string, number>>;
  /** Count per network id. */
  readonly network: Readonly<Partial<Record<NetworkId, number>>>;
  /** Count per topic id. */
  readonly topic: Readonly<Record<string, number>>;
  /** Count per location. */
  readonly location: Readonly<Record<string, number>>;
  /** How many of the people matching the other filters are champions. */
  readonly champion: number;
}

/** The answer to a {@link SearchQuery}. */
export interface SearchResult {
  /**
   * Matching people, best first: name prefix, then word prefix in the name, then word prefix anywhere, then
   * substring; ties by name.
   */
  readonly people: readonly Person[];
  /** Facet counts over the text matches, see {@link Facets}. */
  readonly facets: Facets;
}

/** How {@link pushSearchedParts} turns each kind of searched text into a part of the caller's. */
export interface SearchedParts<T> {
  /** A title, a location or an "ask me about" phrase. */
  readonly text: (text: string) => T;
  /** The department's name, from its id. */
  readonly department: (id: string) => T;
  /** A topic's label, from its id. */
  readonly topic: (id: string) => T;
  /** A profile's handle. */
  readonly handle: (handle: string) => T;
}

/**
 * Pushes what a person is found by besides their name, in the order search ranks it: title,
 * department name, location, "ask me about", topic labels, handles. The one list of searched
 * fields, shared by the in-memory index and the static index's records (`static-index.ts`), so
 * the two sources cannot disagree about who a word finds.
 */
export function pushSearchedParts<T>(person: Person, make: SearchedParts<T>, into: T[]): void {
  if (person.title !== undefined) into.push(make.text(person.title));
  if (person.department !== undefined) into.push(make.department(person.department));
  if (person.location !== undefined) into.push(make.text(person.location));
  for (const phrase of person.askMeAbout) into.push(make.text(phrase));
  for (const id of person.topics) into.push(make.topic(id));
  for (const profile of person.profiles) into.push(make.handle(profile.handle));
}

/** The four filterable dimensions, in their fixed order: `visitFacetValues` gives their places. */
export const FACET_DIMENSIONS = ['department', 'network', 'topic', 'location'] as const;

/**
 * Gives each value a person is filtered by, with its dimension's place in {@link FACET_DIMENSIONS}
 * (a value may come more than once: two profiles on one network). The one rule of which fields
 * are facets, shared by the in-memory index and the static index's filters (`static-index.ts`),
 * so both count the same people.
 */
export function visitFacetValues(person: Person, visit: (dimension: number, value: string) => void): void {
  if (person.department !== undefined) visit(0, person.department);
  for (const profile of person.profiles) visit(1, profile.network);
  for (const topic of person.topics) visit(2, topic);
  if (person.location !== undefined) visit(3, person.location);
}

/**
 * How many people the text matching has tested since the counter was last reset. Internal:
 * not re-exported by any entry; the tests import it to check that typing narrows the previous
 * hits instead of rescanning everyone.
 */
export const textScan = { visited: 0 };

/** The champion filter's place after the four dimensions (department, network, topic, location). */
const CHAMPION = 4;

/**
 * A filter that is set: its dimension (or CHAMPION), the codes it accepts, and, when it names
 * one value, the people it keeps and that value's row in the pair counts.
 */
interface Filter {
  readonly d: number;
  readonly flags: Uint8Array | undefined;
  readonly people: readonly number[] | undefined;
  readonly row: number | undefined;
}

// Match quality, best last so it can index an array of buckets.
const SUBSTRING = 1;
const WORD_PREFIX = 2;
const NAME_WORD_PREFIX = 3;
const NAME_PREFIX = 4;

/** A query term with what is precomputed for it once per query. */
interface Term {
  readonly term: string;
  readonly boundary: string;
  readonly letters: number;
  readonly pair: number;
  /** The term is two letters a–z: the bigram bits say exactly whether it occurs. */
  readonly exact: boolean;
}

interface MatchBuffer {
  readonly hits: Int32Array;
  readonly quality: Uint8Array;
}

interface TextMatches {
  readonly text: string;
  /** Indices into the index's people (name order) that match, in name order. */
  readonly hits: Int32Array;
  readonly quality: Uint8Array;
}

/**
 * The search index of one directory. Built once from people sorted by name; holds the last
 * text match so a query that extends the previous one ("ali" after "al") scans only its hits.
 */
export class SearchIndex {
  readonly #people: readonly Person[];
  readonly #names: readonly string[];
  readonly #haystacks: string[];
  // Per person, bit c set when letter c (a–z; bit 26: any digit; bit 27: anything else) occurs:
  // anywhere, at the start of a word, at the start of a word of the name. A query's first
  // keystroke scans everyone; with these it is integer tests, not string searches.
  readonly #letters: Int32Array;
  readonly #wordStarts: Int32Array;
  readonly #nameStarts: Int32Array;
  // The same for the first two letters of each word, hashed to 32 bits: a quick "no word starts
  // with this term" before searching the strings.
  readonly #wordPairs: Int32Array;
  readonly #namePairs: Int32Array;
  #everyone: TextMatches | undefined;
  /** The answer for everyone (no text, no filter), what a directory shows most often, and its counts. */
  #unfiltered: EveryoneAnswer | undefined;
  // Two sets of match buffers used in turn: a keystroke reads the previous hits from one and
  // writes its own into the other, so typing allocates nothing in proportion to the directory.
  readonly #buffers: readonly [MatchBuffer, MatchBuffer];
  #turn = 0;
  readonly #kept: Int32Array;
  // For each pair of letters a–z, one bit per person: set when the pair occurs in their text.
  // A term can only occur where all its pairs do, and a two-letter term occurs exactly there:
  // the second keystroke, which narrows nearly everyone, tests bits instead of strings.
  readonly #bigrams: Int32Array;
  readonly #words: number;
  readonly #department = new Dimension();
  readonly #network = new Dimension();
  readonly #topic = new Dimension();
  readonly #location = new Dimension();
  /** The four dimensions in their fixed order (department, network, topic, location). */
  readonly #dimensions: readonly Dimension[] = [this.#department, this.#network, this.#topic, this.#location];
  readonly #champion: Uint8Array;
  readonly #champions: number[] = [];
  /** For filters that name one value: pair counts (see #countPairs), and the people of each value once asked for. */
  readonly #pairs: PairCounts | undefined;
  readonly #listed = new Map<number, readonly Person[]>();
  #last: TextMatches | undefined;

  /**
   * @param people - people already sorted by name, the order ties are broken in
   * @param names - their names folded with `foldText`, in the same order
   * @param departments - to search by department name
   * @param topics - to search by topic label
   */
  constructor(
    people: readonly Person[],
    names: readonly string[],
    departments: readonly Department[],
    topics: readonly Topic[],
    fold: (text: string) => string = foldText,
  ) {
    // Titles, locations, departments, topics and "ask me about" phrases repeat across people:
    // fold and mask each distinct one once.
    const parts = new Map<string, Part>();
    const partOf = (text: string): Part => {
      let found = parts.get(text);
      if (found === undefined) parts.set(text, (found = maskPart(fold(text))));
      return found;
    };
    const departmentParts = new Map(departments.map((d) => [d.id, partOf(d.name)]));
    const topicParts = new Map(topics.map((t) => [t.id, partOf(t.label)]));
    const makers: SearchedParts<Part> = {
      text: partOf,
      department: (id) => departmentParts.get(id) ?? EMPTY,
      topic: (id) => topicParts.get(id) ?? EMPTY,
      handle: (handle) => maskPart(foldText(handle)),
    };
    this.#people = people;
    this.#names = names;
    this.#haystacks = [];
    this.#champion = new Uint8Array(people.length);
    const buffer = (): MatchBuffer => ({ hits: new Int32Array(people.length), quality: new Uint8Array(people.length) });
    this.#buffers = [buffer(), buffer()];
    this.#kept = new Int32Array(people.length);
    this.#words = (people.length + 31) >>> 5;
    this.#bigrams = new Int32Array(BIGRAMS * this.#words);
    this.#letters = new Int32Array(people.length);
    this.#wordStarts = new Int32Array(people.length);
    this.#nameStarts = new Int32Array(people.length);
    this.#wordPairs = new Int32Array(people.length);
    this.#namePairs = new Int32Array(people.length);
    const dimensions = this.#dimensions;
    const addValue = (dimension: number, value: string): void => (dimensions[dimension] as Dimension).push(value);
    people.forEach((person, i) => {
      const name = maskPart(names[i] as string);
      this.#nameStarts[i] = name.starts;
      this.#namePairs[i] = name.pairs;
      const found: Part[] = [name];
      pushSearchedParts(person, makers, found);
      let letters = 0;
      let starts = 0;
      let pairs = 0;
      const word = i >>> 5;
      const bit = 1 << (i & 31);
      for (const part of found) {
        letters |= part.letters;
        starts |= part.starts;
        pairs |= part.pairs;
        for (const bigram of part.bigrams) this.#bigrams[bigram * this.#words + word]! |= bit;
      }
      // Leading space: " term" finds word prefixes with one indexOf. Joined rather than
      // concatenated, so the string is flat now and not on the first keystroke.
      this.#haystacks.push(` ${found.map((part) => part.text).join(' ')}`);
      this.#letters[i] = letters;
      this.#wordStarts[i] = starts;
      this.#wordPairs[i] = pairs;
      visitFacetValues(person, addValue);
      this.#department.next();
      this.#network.next();
      this.#topic.next();
      this.#location.next();
      this.#champion[i] = person.champion ? 1 : 0;
      if (person.champion) this.#champions.push(i);
    });
    this.#pairs = this.#countPairs();
  }

  /**
   * How many people have each pair of values of two different dimensions (the champions being
   * one more value): choosing one or two filters, the most common thing people do in a
   * directory, then needs no pass over everyone those filters keep to count the others' facets.
   * Undefined when there are so many distinct values that the table would not pay for itself.
   */
  #countPairs(): PairCounts | undefined {
    const dimensions = this.#dimensions;
    const base = [0];
    for (const dimension of dimensions) base.push((base[base.length - 1] as number) + dimension.values.length);
    const size = (base[CHAMPION] as number) + 1;
    if (size > MAX_PAIR_VALUES) return undefined;
    const counts = new Int32Array(size * size);
    const words = this.#words;
    const bits = new Int32Array(size * words);
    // One person's values (their rows) and the dimension of each, reused from person to person.
    const rows: number[] = [];
    const dims: number[] = [];
    for (let i = 0; i < this.#people.length; i++) {
      rows.length = 0;
      dims.length = 0;
      for (let d = 0; d < 4; d++) {
        const { starts, data } = dimensions[d] as Dimension;
        for (let j = starts[i] as number; j < (starts[i + 1] as number); j++) {
          rows.push((base[d] as number) + (data[j] as number));
          dims.push(d);
        }
      }
      if (this.#champion[i] === 1) {
        rows.push(base[CHAMPION] as number);
        dims.push(CHAMPION);
      }
      for (let a = 0; a < rows.length; a++) {
        const row = (rows[a] as number) * size;
        for (let b = 0; b < rows.length; b++) if (dims[a] !== dims[b]) (counts[row + (rows[b] as number)] as number)++;
        (bits[(rows[a] as number) * words + (i >>> 5)] as number) |= 1 << (i & 31);
      }
    }
    return { counts, bits, words, base, size };
  }

  /**
   * Everyone, in name order, and everyone's counts: the length of each value's list of people.
   * What a directory shows first and most often, answered without visiting anyone.
   */
  #everyoneAnswer(): EveryoneAnswer {
    if (this.#unfiltered === undefined) {
      const counts = this.#dimensions.map((dimension) => dimension.counts());
      this.#unfiltered = {
        result: this.#result(this.#dimensions, this.#people, counts, this.#champions.length),
        counts,
      };
    }
    return this.#unfiltered;
  }

  /** Answers a query. */
  search(query: SearchQuery = {}): SearchResult {
    const matches = this.#match(foldText(query.text ?? ''));
    return this.#filter(matches, query);
  }

  #match(text: string): TextMatches {
    const last = this.#last;
    if (last !== undefined && last.text === text) return last;
    if (text === '') {
      if (this.#everyone === undefined) {
        // A plain loop: Int32Array.from with a callback took ~10 ms for 100,000 people.
        const hits = new Int32Array(this.#people.length);
        for (let i = 0; i < hits.length; i++) hits[i] = i;
        this.#everyone = { text, hits, quality: new Uint8Array(hits.length) };
      }
      // Not kept as the last match: a query without text (the directory's facets over
      // everyone, read on every render) must not make the next keystroke rescan everyone.
      return this.#everyone;
    }
    const candidates = last !== undefined && text.startsWith(last.text) ? last.hits : undefined;
    const terms = text.split(' ').map((term) => {
      const { letters, pairs, bigrams } = maskPart(term);
      // A one-letter term has no pair: any word start passes the pair test.
      return {
        term,
        boundary: ` ${term}`,
        letters,
        pair: term.length > 1 ? pairs : -1,
        exact: term.length === 2 && bigrams.length === 1,
      };
    });
    const required = terms.reduce((mask, term) => mask | term.letters, 0);
    const requiredBigrams = [...new Set(terms.flatMap((term) => maskPart(term.term).bigrams))].map(
      (b) => b * this.#words,
    );
    const count = candidates?.length ?? this.#people.length;
    textScan.visited += count;
    this.#turn = 1 - this.#turn;
    const { hits, quality } = this.#buffers[this.#turn] as MatchBuffer;
    // One letter a–z (the first keystroke, the costliest): answered from the masks alone.
    const letter = /^[a-z]$/.test(text) ? required : 0;
    let found = 0;
    for (let k = 0; k < count; k++) {
      const i = candidates === undefined ? k : (candidates[k] as number);
      if (((this.#letters[i] as number) & required) !== required) continue;
      const word = i >>> 5;
      const bit = 1 << (i & 31);
      if (!this.#hasBigrams(requiredBigrams, word, bit)) continue;
      let q: number;
      if (letter !== 0) {
        q = (this.#names[i] as string).startsWith(text)
          ? NAME_PREFIX
          : (this.#nameStarts[i] as number) & letter
            ? NAME_WORD_PREFIX
            : (this.#wordStarts[i] as number) & letter
              ? WORD_PREFIX
              : SUBSTRING;
      } else {
        q = this.#quality(i, text, terms);
        if (q === 0) continue;
      }
      hits[found] = i;
      quality[found++] = q;
    }
    return (this.#last = { text, hits: hits.subarray(0, found), quality: quality.subarray(0, found) });
  }

  #hasBigrams(offsets: readonly number[], word: number, bit: number): boolean {
    for (const offset of offsets) if (((this.#bigrams[offset + word] as number) & bit) === 0) return false;
    return true;
  }

  #quality(i: number, text: string, terms: readonly Term[]): number {
    if ((this.#names[i] as string).startsWith(text)) return NAME_PREFIX;
    const haystack = this.#haystacks[i] as string;
    // The haystack starts with " " and the name: a word of the name starts with the term when
    // the first " term" lies within it (any later one would come after).
    const nameEnd = (this.#names[i] as string).length + 1;
    const namePairs = this.#namePairs[i] as number;
    const wordPairs = this.#wordPairs[i] as number;
    let inName = true;
    let wordPrefix = true;
    for (const { term, boundary, pair, exact } of terms) {
      if (inName && (namePairs & pair) !== 0) {
        const at = haystack.indexOf(boundary);
        if (at >= 0 && at < nameEnd) continue;
      }
      inName = false;
      if (wordPrefix && (wordPairs & pair) !== 0 && haystack.includes(boundary)) continue;
      wordPrefix = false;
      // The bigram bits already proved a two-letter term is there.
      if (!exact && !haystack.includes(term)) return 0;
    }
    return inName ? NAME_WORD_PREFIX : wordPrefix ? WORD_PREFIX : SUBSTRING;
  }

  #filter(matches: TextMatches, query: SearchQuery): SearchResult {
    const dimensions = this.#dimensions;
    const values = [query.department, query.network, query.topic, query.location];
    const filters = values.map((value, d) => (dimensions[d] as Dimension).flags(value));
    const onlyChampions = query.champion === true;
    const set = filters.filter((flags) => flags !== undefined).length + (onlyChampions ? 1 : 0);
    if (matches === this.#everyone && set === 0) return this.#everyoneAnswer().result;
    if (matches === this.#everyone && set > 0) {
      const pairs = this.#pairs;
      const active: Filter[] = filters.flatMap((flags, d): Filter[] => {
        if (flags === undefined) return [];
        const value = values[d];
        const one = typeof value === 'string' ? value : value?.length === 1 ? value[0] : undefined;
        if (one === undefined) return [{ d, flags, people: undefined, row: undefined }];
        const dimension = dimensions[d] as Dimension;
        const code = dimension.code(one);
        const row = pairs === undefined || code === undefined ? undefined : (pairs.base[d] as number) + code;
        return [{ d, flags, people: dimension.peopleWith(one), row }];
      });
      if (onlyChampions)
        active.push({ d: CHAMPION, flags: undefined, people: this.#champions, row: pairs?.base[CHAMPION] });
      const answer = this.#fromPairs(dimensions, active) ?? this.#fromLists(dimensions, active);
      if (answer !== undefined) return answer;
    }
    const counts = dimensions.map((dimension) => new Int32Array(dimension.values.length));
    let champions = 0;
    // Kept people by match quality, best first, each group in name order: written into one
    // array after counting, rather than concatenating per-quality lists.
    const kept = this.#kept;
    const perQuality = new Int32Array(NAME_PREFIX + 1);
    let keptCount = 0;
    for (let k = 0; k < matches.hits.length; k++) {
      const i = matches.hits[k] as number;
      let failed = -1;
      let failures = 0;
      for (let d = 0; d < 4; d++) {
        const flags = filters[d];
        if (flags !== undefined && !(dimensions[d] as Dimension).matches(i, flags)) {
          failed = d;
          failures++;
        }
      }
      const champion = this.#champion[i] === 1;
      if (onlyChampions && !champion) {
        failed = CHAMPION;
        failures++;
      }
      if (failures > 1) continue;
      // Disjunctive faceting in one pass: a person failing exactly one filter still counts
      // towards that filter's other values.
      for (let d = 0; d < 4; d++)
        if (failures === 0 || failed === d) (dimensions[d] as Dimension).count(i, counts[d] as Int32Array);
      if (champion && (failures === 0 || failed === CHAMPION)) champions++;
      if (failures === 0) {
        kept[keptCount++] = k;
        (perQuality[matches.quality[k] as number] as number)++;
      }
    }
    const next = new Int32Array(NAME_PREFIX + 1);
    for (let q = NAME_PREFIX - 1, at = perQuality[NAME_PREFIX] as number; q >= 0; q--) {
      next[q] = at;
      at += perQuality[q] as number;
    }
    const people = new Array<Person>(keptCount);
    for (let j = 0; j < keptCount; j++) {
      const k = kept[j] as number;
      const q = matches.quality[k] as number;
      people[(next[q] as number)++] = this.#people[matches.hits[k] as number] as Person;
    }
    return this.#result(dimensions, people, counts, champions);
  }

  /**
   * No text: the people are read from the lists of the filters' values instead of testing
   * everyone. The shortest list holds everyone kept and everyone failing one other filter;
   * the people failing only its own filter are found in the next shortest list (or, with no
   * other filter, are everyone, whose counts are known). `undefined` when no filter names one
   * value, so there is no list to start from.
   */
  #fromLists(dimensions: readonly Dimension[], active: readonly Filter[]): SearchResult | undefined {
    const sources = active
      .filter((f) => f.people !== undefined)
      .sort((a, b) => (a.people?.length ?? 0) - (b.people?.length ?? 0));
    const [first, second] = sources;
    if (first?.people === undefined) return undefined;
    const others = active.filter((f) => f !== first);
    if (others.length > 0 && second?.people === undefined) return undefined;
    const counts: Int32Array[] = dimensions.map((dimension) => new Int32Array(dimension.values.length));
    const { kept, champions } = this.#scanFirst(dimensions, first.d, first.people, others, counts);
    // The first filter's own counts: everyone the other filters keep, whatever their value in it.
    if (second?.people === undefined) {
      if (first.d === CHAMPION) return this.#result(dimensions, kept, counts, this.#champions.length);
      counts[first.d] = this.#everyoneAnswer().counts[first.d] as Int32Array;
      return this.#result(dimensions, kept, counts, champions);
    }
    // The champions among everyone the other filters keep are the people kept: no pass needed.
    if (first.d === CHAMPION) return this.#result(dimensions, kept, counts, kept.length);
    this.#countOwn(dimensions, first.d, second, others, counts);
    return this.#result(dimensions, kept, counts, champions);
  }

  /**
   * No text, and one or two filters that each name one value: the facets of a filtered
   * dimension are the other filter's pair counts (everyone's counts for an only filter), and
   * those of the other dimensions are the only filter's pair counts, or are counted over the
   * people both filters keep. `undefined` for any other query.
   */
  #fromPairs(dimensions: readonly Dimension[], active: readonly Filter[]): SearchResult | undefined {
    const pairs = this.#pairs;
    if (pairs === undefined || active.length === 0 || active.length > 2 || active.some((f) => f.row === undefined))
      return undefined;
    const [a, b] = active as [Filter, Filter | undefined];
    // The counts of dimension `d` among the people who have the value of `row`.
    const pairRow = (row: number, d: number) => {
      const from = row * pairs.size + (pairs.base[d] as number);
      return pairs.counts.subarray(from, from + (dimensions[d] as Dimension).values.length);
    };
    const championsWith = (row: number) => pairs.counts[row * pairs.size + (pairs.base[CHAMPION] as number)] as number;
    if (b === undefined) {
      const everyone = this.#everyoneAnswer().counts;
      const counts = dimensions.map((_, d) => (d === a.d ? (everyone[d] as Int32Array) : pairRow(a.row as number, d)));
      const champions = a.d === CHAMPION ? this.#champions.length : championsWith(a.row as number);
      return this.#result(dimensions, this.#peopleOf(a), counts, champions);
    }
    const counts = dimensions.map((dimension, d) =>
      d === a.d
        ? pairRow(b.row as number, d)
        : d === b.d
          ? pairRow(a.row as number, d)
          : new Int32Array(dimension.values.length),
    );
    // The champions kept are also the champion facet when one filter is the champions: those
    // with the other filter's value.
    const { kept, champions } = this.#keepBoth(dimensions, pairs, a, b, counts);
    return this.#result(dimensions, kept, counts, champions);
  }

  /** The people of a filter's one value, in name order (kept: choosing it again costs nothing). */
  #peopleOf(filter: Filter): readonly Person[] {
    const row = filter.row as number;
    let people = this.#listed.get(row);
    if (people === undefined) {
      const list = filter.people as readonly number[];
      const found = new Array<Person>(list.length);
      for (let k = 0; k < list.length; k++) found[k] = this.#people[list[k] as number] as Person;
      this.#listed.set(row, (people = found));
    }
    return people;
  }

  /**
   * The people both filters keep, counted in the dimensions neither filters: the two values'
   * rows of bits ANDed word by word (3,125 words for 100,000 people) instead of testing each
   * person of the shorter list, which cost ~6-13 ms the first time at 100,000 people.
   */
  #keepBoth(dimensions: readonly Dimension[], pairs: PairCounts, a: Filter, b: Filter, counts: Int32Array[]) {
    const { bits, words } = pairs;
    const rowA = (a.row as number) * words;
    const rowB = (b.row as number) * words;
    let champions = 0;
    const kept: Person[] = [];
    for (let w = 0; w < words; w++) {
      let both = (bits[rowA + w] as number) & (bits[rowB + w] as number);
      while (both !== 0) {
        // The lowest bit first, so people come in index (name) order.
        const i = (w << 5) | (31 - Math.clz32(both & -both));
        both &= both - 1;
        kept.push(this.#people[i] as Person);
        for (let e = 0; e < 4; e++)
          if (e !== a.d && e !== b.d) (dimensions[e] as Dimension).count(i, counts[e] as Int32Array);
        champions += this.#champion[i] as number;
      }
    }
    return { kept, champions };
  }

  // The passes of #fromLists, each its own function: the optimizer compiles a loop from what
  // it has seen run, and a pass not yet run would throw the other's compiled code away.

  /** The people of the first list the other filters keep, and the counts of those failing one other filter. */
  #scanFirst(
    dimensions: readonly Dimension[],
    d: number,
    people: readonly number[],
    others: readonly Filter[],
    counts: Int32Array[],
  ) {
    let champions = 0;
    const kept: Person[] = [];
    for (const i of people) {
      let failed: Filter | undefined;
      let failures = 0;
      for (const f of others) {
        if (!this.#keeps(dimensions, i, f)) {
          failed = f;
          failures++;
        }
      }
      if (failures === 0) {
        kept.push(this.#people[i] as Person);
        for (let e = 0; e < 4; e++) if (e !== d) (dimensions[e] as Dimension).count(i, counts[e] as Int32Array);
        if (d !== CHAMPION) champions += this.#champion[i] as number;
      } else if (failures === 1 && failed !== undefined && failed.d !== CHAMPION) {
        // Kept but for one filter: counts towards that filter's other values.
        (dimensions[failed.d] as Dimension).count(i, counts[failed.d] as Int32Array);
      }
    }
    return { kept, champions };
  }

  /** Counts dimension `d` over the second list's people that every filter but `d`'s keeps. */
  #countOwn(
    dimensions: readonly Dimension[],
    d: number,
    second: Filter,
    others: readonly Filter[],
    counts: Int32Array[],
  ): void {
    people: for (const i of second.people ?? []) {
      for (const f of others) if (f !== second && !this.#keeps(dimensions, i, f)) continue people;
      (dimensions[d] as Dimension).count(i, counts[d] as Int32Array);
    }
  }

  #keeps(dimensions: readonly Dimension[], i: number, f: Filter): boolean {
    return f.d === CHAMPION
      ? this.#champion[i] === 1
      : (dimensions[f.d] as Dimension).matches(i, f.flags as Uint8Array);
  }

  #result(
    dimensions: readonly Dimension[],
    people: readonly Person[],
    counts: readonly Int32Array[],
    champions: number,
  ): SearchResult {
    return {
      people,
      facets: {
        department: (dimensions[0] as Dimension).record(counts[0] as Int32Array),
        network: (dimensions[1] as Dimension).record(counts[1] as Int32Array),
        topic: (dimensions[2] as Dimension).record(counts[2] as Int32Array),
        location: (dimensions[3] as Dimension).record(counts[3] as Int32Array),
        champion: champions,
      },
    };
  }
}

/**
 * One filterable dimension (department, network, topic, location): its distinct values coded as
 * integers, and each person's values in one flat array, so filtering and facet counting over
 * 100,000 people are integer loops rather than string lookups.
 */
class Dimension {
  readonly values: string[] = [];
  readonly #codes = new Map<string, number>();
  #starts: number[] = [0];
  #data: number[] = [];
  /** The people with each value, by code, in index order. */
  readonly #people: number[][] = [];

  /** Adds a value to the person being indexed (duplicates count once). */
  push(value: string): void {
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.#codes.set(value, code);
      this.#people.push([]);
    }
    if (this.#data.includes(code, this.#starts[this.#starts.length - 1])) return;
    this.#data.push(code);
    (this.#people[code] as number[]).push(this.#starts.length - 1);
  }

  /** Where each person's values start in `data` (one more entry than people). */
  get starts(): readonly number[] {
    return this.#starts;
  }

  /** Every person's value codes, one after the other. */
  get data(): readonly number[] {
    return this.#data;
  }

  /** The code of a value, or `undefined` when nobody has it. */
  code(value: string): number | undefined {
    return this.#codes.get(value);
  }

  /** How many people have each value, by code. */
  counts(): Int32Array {
    return Int32Array.from(this.#people, (people) => people.length);
  }

  /** The people with exactly this value, in index order (none for a value nobody has). */
  peopleWith(value: string): readonly number[] {
    const code = this.#codes.get(value);
    return code === undefined ? [] : (this.#people[code] as number[]);
  }

  /** Closes the person being indexed; the next push is for the next person. */
  next(): void {
    this.#starts.push(this.#data.length);
  }

  /** The codes a filter accepts, as flags; `undefined` when the filter is not set. */
  flags(filter: FilterValue | undefined): Uint8Array | undefined {
    if (filter === undefined) return undefined;
    const values = typeof filter === 'string' ? [filter] : filter;
    if (values.length === 0) return undefined;
    const flags = new Uint8Array(this.values.length);
    for (const value of values) {
      const code = this.#codes.get(value);
      if (code !== undefined) flags[code] = 1;
    }
    return flags;
  }

  /** Whether person `i` has a value the flags accept. */
  matches(i: number, flags: Uint8Array): boolean {
    for (let j = this.#starts[i] as number; j < (this.#starts[i + 1] as number); j++)
      if (flags[this.#data[j] as number] === 1) return true;
    return false;
  }

  /** Adds person `i`'s values to the counts. */
  count(i: number, counts: Int32Array): void {
    for (let j = this.#starts[i] as number; j < (this.#starts[i + 1] as number); j++)
      (counts[this.#data[j] as number] as number)++;
  }

  /** The non-zero counts by value. */
  record(counts: Int32Array): Record<string, number> {
    const out: Record<string, number> = {};
    counts.forEach((count, code) => {
      if (count > 0) out[this.values[code] as string] = count;
    });
    return out;
  }
}

/** Everyone, unfiltered, and everyone's counts per dimension (see `SearchIndex`). */
interface EveryoneAnswer {
  readonly result: SearchResult;
  readonly counts: readonly Int32Array[];
}

/** Counts of people per pair of values (see `SearchIndex`): row and column are `base[d] + code`. */
interface PairCounts {
  readonly counts: Int32Array;
  /** Per row, one bit per person who has that value: `words` 32-bit words a row. */
  readonly bits: Int32Array;
  readonly words: number;
  /** Where each dimension's values start, CHAMPION's one value last. */
  readonly base: readonly number[];
  /** Values in all, the table's width. */
  readonly size: number;
}

// A table of 1,024 × 1,024 values is 4 MB; more distinct values than that (a location written
// differently by everyone) and filters are counted person by person instead.
const MAX_PAIR_VALUES = 1024;

const DIGIT_BIT = 1 << 26;
const OTHER_BIT = 1 << 27;

const SPACE = 32;

/** Folded text, its letter masks and its letter pairs (see `SearchIndex`). */
interface Part {
  readonly text: string;
  readonly letters: number;
  readonly starts: number;
  readonly pairs: number;
  /** Each pair of adjacent letters a–z, as `26 * first + second`. */
  readonly bigrams: readonly number[];
}

const EMPTY: Part = { text: '', letters: 0, starts: 0, pairs: 0, bigrams: [] };
const BIGRAMS = 26 * 26;

/** Computes the masks of folded text; each part starts a word where parts are joined. */
function maskPart(text: string): Part {
  let letters = 0;
  let starts = 0;
  let pairs = 0;
  const bigrams: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const previous = text.charCodeAt(j - 1) - 97;
    if (c >= 97 && c <= 122 && previous >= 0 && previous < 26) bigrams.push(previous * 26 + c - 97);
    if (c === SPACE) continue;
    const bit = letterBit(c);
    letters |= bit;
    if (j === 0 || text.charCodeAt(j - 1) === SPACE) {
      starts |= bit;
      pairs |= pairBit(c, text.charCodeAt(j + 1));
    }
  }
  return { text, letters, starts, pairs, bigrams };
}

/** The mask bit of one character of folded text: a–z, any digit, anything else. */
function letterBit(c: number): number {
  return c >= 97 && c <= 122 ? 1 << (c - 97) : c >= 48 && c <= 57 ? DIGIT_BIT : OTHER_BIT;
}

/** The first two letters of a word, hashed to one of 32 bits (0 when the word has one letter). */
function pairBit(first: number, second: number): number {
  return second === SPACE || Number.isNaN(second) ? 0 : 1 << ((first * 31 + second) & 31);
}
