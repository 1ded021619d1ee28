// The static index as a data source, against the in-memory source of the same manifest: the
// indexes are built by the CLI before the browser suite (test/tools/static-indexes.mjs) and
// served from .test-results/static-index/. Pagefind runs as it does on a page (its worker).
import { expect } from '@open-wc/testing';
import { createDirectory, forAudience, validateManifest, type ManifestInput } from '../../src/core/index.js';
import {
  memorySource,
  staticIndexSource,
  type DirectorySource,
  type SearchOrder,
  type SourceResults,
} from '../../src/core/source.js';
import type { SearchQuery } from '../../src/core/search.js';
import { staticIndexContacts } from '../../src/core/static-index-source.js';
// @ts-expect-error: the benchmark generator is plain JavaScript without types.
import { generateManifest } from '../bench/generate.mjs';
import { INDEX_FORMAT } from '../../src/core/internal.js';
import { northwind } from '../fixtures/manifests.js';

const INDEXES = '/.test-results/static-index/';

interface Pair {
  readonly memory: DirectorySource;
  readonly index: DirectorySource;
}

const pairs = new Map<string, Promise<Pair>>();
/** The in-memory source of a manifest and the source reading the CLI's index of it. */
function pair(name: string, input: () => ManifestInput, audience: 'internal' | 'public' = 'internal'): Promise<Pair> {
  const key = `${name}-${audience}`;
  let found = pairs.get(key);
  if (found === undefined) {
    const manifest = forAudience(validateManifest(input()).manifest, audience);
    const folder = `${INDEXES}${name}${audience === 'public' ? '-public' : ''}/`;
    found = staticIndexSource(folder).then((index) => ({ memory: memorySource(createDirectory(manifest)), index }));
    pairs.set(key, found);
  }
  return found;
}
const people300 = () => generateManifest(300) as ManifestInput;

/** Every row of the results, loaded. */
async function everyone(results: SourceResults): Promise<string[]> {
  await results.load(0, results.total);
  return Array.from({ length: results.total }, (_, i) => results.row(i)?.person.id ?? `missing row ${i}`);
}

/** The index of 300 people, read through a fetch that notes the path of each file asked for. */
async function countedIndex(): Promise<{ readonly index: DirectorySource; readonly asked: string[] }> {
  const asked: string[] = [];
  const counting: typeof fetch = (input, init) => {
    asked.push(new URL(String(input), location.href).pathname);
    return fetch(input, init);
  };
  return { index: await staticIndexSource(`${INDEXES}people-300/`, { fetch: counting }), asked };
}

async function both({ memory, index }: Pair, query: SearchQuery, order?: SearchOrder) {
  return { expected: await memory.search(query, order), actual: await index.search(query, order) };
}

// Queries on which Pagefind (words by prefix and stem) and the directory (every word anywhere in
// the text) find the same people: names with and without accents, titles, filters, empty results.
const QUERIES: readonly SearchQuery[] = [
  {},
  { text: 'lukasz' },
  { text: 'Łukasz' },
  { text: 'zoë' },
  { text: 'maria silva' },
  { text: 'engineer' },
  { department: 'engineering' },
  { department: ['sales', 'support'] },
  { network: 'github', location: 'Boston' },
  { department: 'engineering', network: ['github', 'gitlab'], champion: true },
  { champion: true },
  { text: 'maria', department: ['sales', 'marketing', 'hr'] },
  { text: 'manager', network: 'linkedin', location: ['London', 'Boston'] },
  { topic: 'developer-api' },
  { department: 'legal', location: 'Tokyo' },
  { department: 'nowhere' },
  {
    department: [],
    network: ['mastodon', 'twitch', 'linkedin'],
    location: ['Nowhere', 'Berlin', 'Boston'],
    text: 'maria',
  },
  { champion: true, department: ['engineering', 'sales', 'support'], network: 'linkedin' },
  { text: 'zqxnobody' },
  // Pagefind alone leaves out a word nobody has and finds every Maria.
  { text: 'maria zqxnobody' },
];

describe('staticIndexSource', () => {
  it('reads the head the in-memory source has', async () => {
    for (const [name, input] of [
      ['northwind', northwind],
      ['people-300', people300],
    ] as const) {
      const { memory, index } = await pair(name, input);
      expect(index.head).to.deep.equal({ ...memory.head, facets: memory.head.facets });
      expect(index.directory).to.equal(undefined);
    }
  });

  it('finds as many people as the directory, with its facet counts, for every query', async () => {
    const sources = await pair('people-300', people300);
    for (const query of QUERIES) {
      const { expected, actual } = await both(sources, query);
      expect(actual.total, JSON.stringify(query)).to.equal(expected.total);
      expect(actual.facets, JSON.stringify(query)).to.deep.equal(expected.facets);
    }
  });

  it('lists people in name order without text, and the same people with text', async () => {
    const sources = await pair('people-300', people300);
    for (const query of QUERIES) {
      const { expected, actual } = await both(sources, query);
      const ids = await everyone(actual);
      const wanted = await everyone(expected);
      if (query.text === undefined) expect(ids, JSON.stringify(query)).to.deep.equal(wanted);
      else expect([...ids].sort(), JSON.stringify(query)).to.deep.equal([...wanted].sort());
    }
  });

  it('filters and counts text results as the directory does, with several filters at once', async () => {
    const sources = await pair('people-300', people300);
    const { facets } = sources.memory.head;
    const first = (values: Readonly<Record<string, number>>, count: number) => Object.keys(values).slice(0, count);
    const filters: SearchQuery = {
      department: first(facets.department, 2),
      network: first(facets.network, 1) as SearchQuery['network'],
      topic: first(facets.topic, 3),
      location: first(facets.location, 2),
      champion: true,
    };
    const dimensions = Object.keys(filters) as (keyof SearchQuery)[];
    let found = 0;
    // Every combination of two or more filters, with each word the two sources match alike.
    for (let set = 0; set < 1 << dimensions.length; set++) {
      const chosen = dimensions.filter((_, d) => (set & (1 << d)) !== 0);
      if (chosen.length < 2) continue;
      for (const text of ['maria', 'engineer', 'manager']) {
        const query: SearchQuery = Object.fromEntries([['text', text], ...chosen.map((d) => [d, filters[d]])]);
        const { expected, actual } = await both(sources, query);
        expect(actual.total, JSON.stringify(query)).to.equal(expected.total);
        expect(actual.facets, JSON.stringify(query)).to.deep.equal(expected.facets);
        found += expected.total;
      }
    }
    expect(found).to.be.above(0);
  });

  it('says an index without its facet table must be written again, for a search with text', async () => {
    const older: typeof fetch = async (input, init) =>
      String(input).endsWith('/facets.json') ? new Response('Not found', { status: 404 }) : fetch(input, init);
    const index = await staticIndexSource(`${INDEXES}people-300/`, { fetch: older });
    // Its lists still answer without text.
    expect((await index.search({})).total).to.equal(300);
    const error = await Promise.resolve(index.search({ text: 'maria' })).catch((e: Error) => e);
    expect((error as Error).message).to.match(/people-300\/facets\.json is missing: .*Write it again/);
  });

  it('folds accents as the directory does: "lukasz" finds Łukasz', async () => {
    const { index } = await pair('people-300', people300);
    const results = await index.search({ text: 'lukasz' });
    await results.load(0, 1);
    expect(results.total).to.be.greaterThan(0);
    expect(results.row(0)?.person.name).to.include('Łukasz');
  });

  it('groups by department in the departments’ order, people without one last', async () => {
    for (const [name, input] of [
      ['northwind', northwind],
      ['people-300', people300],
    ] as const) {
      const sources = await pair(name, input);
      for (const query of QUERIES) {
        const { expected, actual } = await both(sources, query, { grouped: true });
        expect(actual.groups, `${name} ${JSON.stringify(query)}`).to.deep.equal(expected.groups);
        const ids = await everyone(actual);
        const wanted = await everyone(expected);
        let start = 0;
        for (const group of expected.groups ?? []) {
          const end = start + group.count;
          expect(ids.slice(start, end).sort()).to.deep.equal(wanted.slice(start, end).sort());
          start = end;
        }
        if (query.text === undefined) expect(ids).to.deep.equal(wanted);
      }
    }
  });

  it('gives each row the person, their manager and how many report to them', async () => {
    const { memory, index } = await pair('people-300', people300);
    const directory = memory.directory!;
    // A list's rows (without text) and rows by rank from everyone's list (Pagefind's results).
    for (const query of [{ department: 'sales' }, { text: 'engineer' }]) {
      const actual = await index.search(query);
      expect(actual.total).to.be.above(12);
      expect(actual.row(0)).to.equal(undefined);
      await actual.load(0, 12);
      for (let i = 0; i < 12; i++) {
        const row = actual.row(i);
        const id = row?.person.id ?? `missing row ${i}`;
        expect(row?.person, id).to.deep.equal(directory.person(id));
        expect(row?.manager?.id).to.equal(directory.manager(id)?.id);
        expect(row?.manager?.name).to.equal(directory.manager(id)?.name);
        expect(row?.reportCount).to.equal(directory.reportCount(id));
      }
      expect(actual.row(12)).to.equal(undefined);
      // Loaded rows are at hand: no promise, the same frame.
      expect(actual.load(0, 12)).to.equal(undefined);
    }
    // In name order, as the directory lists them.
    const expected = (await memory.search({ department: 'sales' })) as SourceResults;
    const listed = await index.search({ department: 'sales' });
    await listed.load(0, 12);
    for (let i = 0; i < 12; i++) expect(listed.row(i)?.person).to.deep.equal(expected.row(i)?.person);
  });

  it("gives a person's page as the directory does, the people it mentions by id and name", async () => {
    const refs = (people: readonly { id: string; name: string }[] | undefined) =>
      people?.map(({ id, name }) => ({ id, name }));
    for (const [name, input] of [
      ['northwind', northwind],
      ['people-300', people300],
    ] as const) {
      const { memory, index } = await pair(name, input);
      for (const person of memory.directory?.people.slice(0, 40) ?? []) {
        const expected = await memory.personPage(person.id);
        const actual = await index.personPage(person.id);
        expect(actual?.person).to.deep.equal(expected?.person);
        expect(refs(actual?.reportingLine)).to.deep.equal(refs(expected?.reportingLine));
        expect(refs(actual?.reports)).to.deep.equal(refs(expected?.reports));
        expect(refs(actual?.peers), person.id).to.deep.equal(refs(expected?.peers));
        expect(actual?.teamSize).to.equal(expected?.teamSize);
        expect(actual?.department).to.deep.equal(expected?.department);
        expect(actual?.lead?.id).to.equal(expected?.lead?.id);
        expect(actual?.topics).to.deep.equal(expected?.topics);
      }
    }
    const { index } = await pair('northwind', northwind);
    expect(await index.personPage('nobody-here')).to.equal(undefined);
  });

  it('a public index never returns an internal person', async () => {
    const sources = await pair('people-300', people300, 'public');
    expect(sources.index.head).to.deep.equal(sources.memory.head);
    for (const query of QUERIES) {
      const { expected, actual } = await both(sources, query);
      expect(actual.total).to.equal(expected.total);
      expect(actual.facets).to.deep.equal(expected.facets);
      await actual.load(0, actual.total);
      for (let i = 0; i < actual.total; i++) expect(actual.row(i)?.person.visibility).to.equal('public');
    }
    const internal = validateManifest(people300()).manifest.people.find((p) => p.visibility !== 'public');
    expect(internal).not.to.equal(undefined);
    expect(await sources.index.personPage(internal?.id ?? '')).to.equal(undefined);
    const northwindPublic = await pair('northwind', northwind, 'public');
    const results = await northwindPublic.index.search({ text: 'trent' });
    expect(results.total).to.equal(0);
  });

  it("asks for everyone's first list file beside the head, and uses it for the first search of everyone", async () => {
    const asked: string[] = [];
    let headAnswered = false;
    let listAskedBeforeHead = false;
    const watching: typeof fetch = async (input, init) => {
      const url = String(input);
      asked.push(new URL(url, location.href).pathname);
      if (url.endsWith('/lists/all/0.json')) listAskedBeforeHead = !headAnswered;
      const response = await fetch(input, init);
      if (url.endsWith('/head.json')) headAnswered = true;
      return response;
    };
    const index = await staticIndexSource(`${INDEXES}people-300/`, { fetch: watching });
    expect(listAskedBeforeHead, 'asked for before the head had arrived').to.equal(true);
    const results = await index.search({});
    expect(results.total).to.equal(300);
    expect(asked.filter((path) => path.endsWith('/lists/all/0.json'))).to.have.length(1);
  });

  it('fetches no row for a search nobody shows, and each file of rows once', async () => {
    const { index, asked } = await countedIndex();
    // Everyone's first list file comes with the head (the first screen of most visits).
    const rows = () => asked.filter((url) => /\/(people|lists|rows)\//.test(url) && !url.endsWith('/lists/all/0.json'));
    await index.search({ text: 'maria' });
    await index.search({ text: 'engineer' });
    expect(rows()).to.deep.equal([]);
    const results = await index.search({ text: 'engineer' });
    expect(results.total).to.be.above(9);
    await Promise.all([results.load(0, 6), results.load(3, 9)]);
    expect(rows()).to.have.length.above(0);
    const again = await index.search({ text: 'engineer' });
    await again.load(0, 9);
    await index.personPage(again.row(0)?.person.id ?? '');
    expect(new Set(rows()).size).to.equal(rows().length);
  });

  it("gives a text result's row in one request: its rank's file of rows, no fragment or record", async () => {
    const { memory } = await pair('people-300', people300);
    const { index, asked } = await countedIndex();
    const fragments = () =>
      performance.getEntriesByType('resource').filter((entry) => entry.name.includes('.pf_fragment')).length;
    const before = fragments();
    const results = await index.search({ text: 'maria' });
    const shown = Math.min(results.total, 24);
    expect(shown).to.be.above(5);
    const searched = asked.length;
    await results.load(0, shown);
    const ids = Array.from({ length: shown }, (_, i) => results.row(i)?.person.id ?? `missing row ${i}`);
    // Each request a file of rows (the row's rank / 25), each file once: at most one a row.
    const rowFiles = asked.slice(searched);
    expect(
      rowFiles.every((path) => /\/rows\/\d+\.json$/.test(path)),
      rowFiles.join(),
    ).to.equal(true);
    expect(new Set(rowFiles).size).to.equal(rowFiles.length);
    expect(rowFiles.length).to.be.within(1, Math.min(shown, 12));
    // Pagefind's fragments are not read: the id is not needed, the rank is.
    expect(fragments()).to.equal(before);
    // The same people the directory finds, with their rows.
    const expected = (await memory.search({ text: 'maria' })) as SourceResults;
    await expected.load(0, expected.total);
    const found = new Map(
      Array.from({ length: expected.total }, (_, i) => expected.row(i)).map((row) => [row?.person.id, row]),
    );
    for (let i = 0; i < shown; i++) {
      expect(results.row(i)?.person).to.deep.equal(found.get(ids[i])?.person);
      expect(results.row(i)?.reportCount).to.equal(found.get(ids[i])?.reportCount);
    }
  });

  it('answers searches without text from its own name-ordered lists, a page of rows a file', async () => {
    const { memory } = await pair('people-300', people300);
    const { index, asked } = await countedIndex();
    const everyone = await index.search({});
    await everyone.load(0, 300);
    expect(asked.filter((path) => path.includes('/lists/all/'))).to.have.length(3);
    const department = memory.head.departments[0]!.id;
    const one = await index.search({ department });
    await one.load(0, one.total);
    expect(asked.some((path) => /\/lists\/department-\d+\/0\.json$/.test(path))).to.equal(true);
    expect(one.facets).to.deep.equal((memory.search({ department }) as SourceResults).facets);
    // The lists carry the rows: no person's record behind them.
    expect(asked.filter((path) => path.includes('/people/'))).to.deep.equal([]);
    // Several values of one filter, or two filters, are the facet table's: no list holds them
    // (their rows, once shown, come from everyone's list by rank).
    const before = asked.filter((path) => path.includes('/lists/')).length;
    await index.search({ department, network: 'x' });
    expect(asked.filter((path) => path.includes('/lists/')).length).to.equal(before);
  });

  it("reads the rows of text results from everyone's list in an index written before rows/", async () => {
    const asked: string[] = [];
    // That index's head: no `rowsPage`.
    const withoutRows: typeof fetch = async (input, init) => {
      const path = new URL(String(input), location.href).pathname;
      asked.push(path);
      const response = await fetch(input, init);
      if (!path.endsWith('/head.json')) return response;
      const { rowsPage: _rowsPage, ...head } = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify(head), { status: 200 });
    };
    const { memory } = await pair('people-300', people300);
    const index = await staticIndexSource(`${INDEXES}people-300/`, { fetch: withoutRows });
    expect(index.head).to.deep.equal(memory.head);
    const results = await index.search({ text: 'engineer' });
    await results.load(0, results.total);
    expect(asked.some((path) => /\/lists\/all\/\d+\.json$/.test(path))).to.equal(true);
    expect(asked.filter((path) => /\/(rows|people)\//.test(path))).to.deep.equal([]);
    const expected = (await memory.search({ text: 'engineer' })) as SourceResults;
    const ids = await everyone(results);
    expect([...ids].sort()).to.deep.equal([...(await everyone(expected))].sort());
  });

  it('reads an index of format 1, whose lists hold ids, from its records', async () => {
    // The format 1 layout, from this index's files: lists of ids, format 1 everywhere.
    const formatOne: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const path = new URL(String(input), location.href).pathname;
      if (!path.endsWith('.json') || !response.ok) return response;
      const { rows, ...rest } = (await response.json()) as { rows?: { person: { id: string } }[] };
      const old = rows === undefined ? rest : { ...rest, ids: rows.map((row) => row.person.id) };
      return new Response(JSON.stringify({ ...old, format: 1 }), { status: 200 });
    };
    const { memory } = await pair('people-300', people300);
    const index = await staticIndexSource(`${INDEXES}people-300/`, { fetch: formatOne });
    for (const query of [{}, { department: memory.head.departments[1]!.id }]) {
      const expected = (await memory.search(query)) as SourceResults;
      const actual = await index.search(query);
      await actual.load(0, 120);
      for (let i = 0; i < Math.min(120, expected.total); i++) {
        expect(actual.row(i)?.person).to.deep.equal(expected.row(i)?.person);
        expect(actual.row(i)?.manager?.id).to.equal(expected.row(i)?.manager?.id);
        expect(actual.row(i)?.reportCount).to.equal(expected.row(i)?.reportCount);
      }
    }
  });

  it('stops when its signal aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await staticIndexSource(`${INDEXES}northwind/`, { signal: controller.signal }).catch((e: Error) => e);
    expect((error as Error).name).to.equal('AbortError');
  });

  it('runs in a module worker, with the same answers', async () => {
    const { memory } = await pair('people-300', people300);
    const query: SearchQuery = { text: 'lukasz', network: ['linkedin', 'x'] };
    const worker = new Worker(new URL('./static-index-source.worker.ts', import.meta.url), { type: 'module' });
    const answer = await new Promise<{ total: number; facets: unknown; ids: string[] }>((resolve, reject) => {
      worker.addEventListener('message', (event) => resolve(event.data));
      worker.addEventListener('error', (event) => reject(new Error(event.message)));
      worker.postMessage({ url: `${INDEXES}people-300/`, query });
    }).finally(() => worker.terminate());
    const expected = (await memory.search(query)) as SourceResults;
    expect(answer.total).to.equal(expected.total);
    expect(answer.facets).to.deep.equal(expected.facets);
    expect([...answer.ids].sort()).to.deep.equal((await everyone(expected)).sort());
  });

  it('refuses an index of a newer format, naming the URL and both versions', async () => {
    const newer = async () => new Response(JSON.stringify({ format: INDEX_FORMAT + 1 }), { status: 200 });
    const error = await staticIndexSource('/future-index/', { fetch: newer }).catch((e: Error) => e);
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.match(
      new RegExp(`future-index/.*format ${INDEX_FORMAT + 1}.*format ${INDEX_FORMAT} and older`),
    );
  });

  for (const format of [1, 2])
    it(`asks for an index of format ${format} (contacts not split by topic) to be written again`, async () => {
      const old = async () =>
        new Response(JSON.stringify({ format, departments: [], topics: [], facets: {} }), { status: 200 });
      const error = await staticIndexContacts('/old-index/', { fetch: old }).catch((e: Error) => e);
      expect(error).to.be.instanceOf(Error);
      expect((error as Error).message).to.match(
        new RegExp(
          `/old-index/ has format ${format}, whose contacts .* no longer reads .*` +
            'Write it again with social-directory index\\.',
        ),
      );
    });

  it('fetches a topic file once, and again after a failure', async () => {
    const asked: string[] = [];
    let fail = true;
    const flaky: typeof fetch = async (input) => {
      const url = String(input);
      asked.push(url.slice(url.lastIndexOf('/') + 1));
      if (url.endsWith('head.json'))
        return new Response(JSON.stringify({ format: INDEX_FORMAT, departments: [], topics: [], facets: {} }));
      if (fail) return new Response('down', { status: 503 });
      return new Response(JSON.stringify({ format: INDEX_FORMAT, people: [], places: [] }));
    };
    const contacts = await staticIndexContacts('/flaky-index/', { fetch: flaky });
    const error = await contacts.owners('press').catch((e: Error) => e);
    expect((error as Error).message).to.match(/\/flaky-index\/contacts\/press\.json cannot be fetched: .*503/);
    fail = false;
    await contacts.owners('press');
    await contacts.owners('press');
    expect(asked).to.deep.equal(['head.json', 'press.json', 'press.json']);
  });

  it('says which URL is missing when there is no index', async () => {
    const error = await staticIndexSource('/no-index-here/').catch((e: Error) => e);
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message).to.match(/\/no-index-here\/head\.json cannot be fetched: the server answered 404/);
  });

  it('says which file is not JSON, or not a head file', async () => {
    const broken = async () => new Response('{"format": 1,', { status: 200 });
    const error = await staticIndexSource('/broken-index/', { fetch: broken }).catch((e: Error) => e);
    expect((error as Error).message).to.match(/\/broken-index\/head\.json is not valid JSON/);
    for (const body of ['[]', '{"format": 1}']) {
      const other = async () => new Response(body, { status: 200 });
      const wrong = await staticIndexSource('/other-json/', { fetch: other }).catch((e: Error) => e);
      expect((wrong as Error).message).to.match(
        /\/other-json\/head\.json is not the head file of a social-directory index/,
      );
    }
  });
});
