// `social-directory index`: the static index (issue 18) — its head file and per-person records,
// Pagefind's browser API searching the output in Node, and that a public index holds no
// internal value in any byte it writes (Pagefind's gzipped files decompressed first).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import { createDirectory, forAudience, validateManifest } from 'social-directory/core';
import { topicOwners } from 'social-directory/core/contact';
import { cli, demoManifest, fixture, scratch } from './run-cli.mjs';

const demo = validateManifest(JSON.parse(readFileSync(demoManifest, 'utf8'))).manifest;

// Pagefind's browser API fetches its files relative to pagefind.js: in Node, file: URLs are
// answered from disk (and counted, for the bytes a cold search transfers), a missing file with a 404.
const realFetch = globalThis.fetch;
const fetched = [];
globalThis.fetch = async (url, init) => {
  const address = new URL(String(url));
  if (address.protocol !== 'file:') return realFetch(url, init);
  const bytes = await readFile(address).catch((error) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
  if (bytes === undefined) return new Response('Not found', { status: 404 });
  fetched.push({ url: address.pathname, bytes: bytes.length });
  return new Response(bytes, { status: 200 });
};

/** Pagefind's browser API for the index in `folder` (each folder is its own module instance). */
async function pagefindOf(folder) {
  const pagefind = await import(pathToFileURL(join(folder, 'pagefind', 'pagefind.js')).href);
  await pagefind.options({ basePath: pathToFileURL(join(folder, 'pagefind/')).href });
  return pagefind;
}

const built = new Map();
/** Builds an index once per manifest and options; resolves with its folder and the CLI's answer. */
function buildIndex(manifest, ...options) {
  const key = [manifest, ...options].join(' ');
  if (!built.has(key)) {
    const folder = join(scratch(), 'people-index');
    built.set(
      key,
      cli(['index', manifest, '-o', folder, ...options]).then((result) => ({ ...result, folder })),
    );
  }
  return built.get(key);
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Every file under `folder`, as text, gzip (Pagefind's index, fragments, filters) undone. */
function allText(folder) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        let bytes = readFileSync(path);
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
        out.push({ path, text: bytes.toString('utf8') });
      }
    }
  };
  walk(folder);
  return out;
}

test('index writes the head file, one record per person and the Pagefind index', async () => {
  const { code, stdout, stderr, folder } = await buildIndex(demoManifest);
  assert.equal(code, 0, stderr);
  assert.match(stdout, new RegExp(`Wrote .*: ${demo.people.length} people \\(internal audience\\)`));
  const head = readJson(join(folder, 'head.json'));
  assert.equal(head.format, 3);
  assert.equal(head.audience, 'internal');
  assert.equal(head.people, demo.people.length);
  assert.deepEqual(head.organization, demo.organization);
  assert.deepEqual(
    head.departments.map((d) => d.id),
    demo.departments.map((d) => d.id),
  );
  assert.deepEqual(
    head.topics.map((t) => t.id),
    demo.topics.map((t) => t.id),
  );
  // The contact finder's people, in files of their own (the head stays small), one per topic:
  // exactly its owners (named by the topic or naming it), in manifest order with their places,
  // each as their own record; and every owner's "ask me about" entries, per topic, in one table.
  assert.equal(head.contacts, undefined);
  const owners = topicOwners(demo);
  const places = new Map(demo.people.map((p, at) => [p.id, at]));
  assert.deepEqual(readdirSync(join(folder, 'contacts')).sort(), demo.topics.map((t) => `${t.id}.json`).sort());
  let listed = 0;
  for (const topic of demo.topics) {
    const contacts = readJson(join(folder, 'contacts', `${topic.id}.json`));
    assert.equal(contacts.format, 3);
    const ids = owners.get(topic.id).people.map((p) => p.id);
    assert.deepEqual(
      contacts.people.map((p) => p.id),
      demo.people.filter((p) => ids.includes(p.id)).map((p) => p.id),
    );
    assert.deepEqual(
      contacts.places,
      contacts.people.map((p) => places.get(p.id)),
    );
    for (const person of contacts.people)
      assert.deepEqual(person, readJson(join(folder, 'people', `${person.id}.json`)).person);
    listed += contacts.people.length;
  }
  assert.ok(listed > 0);
  const asks = readJson(join(folder, 'asks.json'));
  assert.equal(asks.format, 3);
  const asksOf = (manifest) =>
    Object.fromEntries(
      [...topicOwners(manifest)].map(([id, { people }]) => [id, [...new Set(people.flatMap((p) => p.askMeAbout))]]),
    );
  assert.deepEqual(asks.topics, asksOf(demo));
  assert.ok(Object.values(asks.topics).some((entries) => entries.length > 0));
  assert.deepEqual(asks.public, asksOf(forAudience(demo, 'public')));
  assert.deepEqual(head.facets, createDirectory(demo).facets);
  assert.deepEqual(readdirSync(join(folder, 'people')).sort(), demo.people.map((p) => `${p.id}.json`).sort());
  assert.ok(existsSync(join(folder, 'pagefind', 'pagefind.js')));
});

test("a person's record has every field and their place in the organization", async () => {
  const { folder } = await buildIndex(demoManifest);
  const directory = createDirectory(demo);
  const record = readJson(join(folder, 'people', 'ellen-park.json'));
  const page = directory.personPage('ellen-park');
  assert.equal(record.format, 3);
  assert.deepEqual(record.person, page.person);
  assert.deepEqual(
    record.reportingLine.map((p) => p.id),
    page.reportingLine.map((p) => p.id),
  );
  assert.deepEqual(
    record.reports.map((p) => p.id),
    page.reports.map((p) => p.id),
  );
  assert.equal(record.teamSize, page.teamSize);
  assert.deepEqual(
    record.topics,
    page.topics.map((t) => t.id),
  );
  assert.deepEqual(Object.keys(record.reportingLine[0] ?? {}).sort(), ['id', 'name', 'title']);
});

test('the lists hold the rows a directory draws, in name order, the same as the records', async () => {
  const { folder } = await buildIndex(demoManifest);
  const directory = createDirectory(demo);
  const first = readJson(join(folder, 'lists', 'all', '0.json'));
  assert.equal(first.format, 3);
  assert.equal(first.total, demo.people.length);
  assert.equal(first.ids, undefined);
  assert.deepEqual(
    first.rows.map((row) => row.person.id),
    directory.people.slice(0, 100).map((p) => p.id),
  );
  for (const row of first.rows) {
    const record = readJson(join(folder, 'people', `${row.person.id}.json`));
    assert.deepEqual(row.person, record.person);
    assert.deepEqual(row.manager, record.reportingLine.at(-1));
    assert.equal(row.reportCount, record.reports.length);
  }
  assert.ok(first.rows.some((row) => row.manager !== undefined && row.reportCount > 0));
});

test("rows/ holds everyone's rows in name order, a head's rowsPage a file, as everyone's list has them", async () => {
  const { folder } = await buildIndex(demoManifest);
  const { rowsPage } = readJson(join(folder, 'head.json'));
  assert.equal(rowsPage, 25);
  const listed = [];
  for (let page = 0; page * 100 < demo.people.length; page++)
    listed.push(...readJson(join(folder, 'lists', 'all', `${page}.json`)).rows);
  const ranked = [];
  const files = readdirSync(join(folder, 'rows'));
  assert.equal(files.length, Math.ceil(demo.people.length / rowsPage));
  for (let page = 0; page < files.length; page++) {
    const file = readJson(join(folder, 'rows', `${page}.json`));
    assert.equal(file.format, readJson(join(folder, 'head.json')).format);
    assert.ok(file.rows.length === rowsPage || page === files.length - 1);
    ranked.push(...file.rows);
  }
  assert.deepEqual(ranked, listed);
});

test("Pagefind's browser API searches the output: text, filters with counts, sort by name", async () => {
  const { folder } = await buildIndex(demoManifest);
  const pagefind = await pagefindOf(folder);
  const directory = createDirectory(demo);

  const found = await pagefind.search('ellen');
  const first = await found.results[0].data();
  assert.deepEqual(first.meta, { title: 'Ellen Park', id: 'ellen-park' });
  // Accents folded as the directory folds them (Pagefind alone would not match "Ł" with "l").
  const lukasz = directory.people.find((p) => p.name.startsWith('Łukasz'));
  const folded = await pagefind.search('lukasz');
  assert.ok(lukasz && folded.results.length > 0);
  assert.equal((await folded.results[0].data()).meta.id, lukasz.id);

  // Every facet is a filter, with the counts the directory gives over everyone.
  const filters = await pagefind.filters();
  const facets = directory.facets;
  assert.deepEqual(filters.department, facets.department);
  assert.deepEqual(filters.network, facets.network);
  assert.deepEqual(filters.topic, facets.topic);
  assert.deepEqual(filters.location, facets.location);
  assert.deepEqual(filters.champion, { true: facets.champion });

  // A filter alone, sorted by name: the directory's own list, in its order.
  const support = await pagefind.search(null, { filters: { department: 'support' }, sort: { name: 'asc' } });
  const ids = await Promise.all(support.results.map(async (r) => (await r.data()).meta.id));
  assert.deepEqual(
    ids,
    directory.search({ department: 'support' }).people.map((p) => p.id),
  );
});

// Unique, lowercase, stem-proof strings: every one is found (case folded) if it leaks anywhere.
const SECRET = {
  personName: 'Zqxhidden Person',
  personId: 'zqxhidden-id',
  title: 'Zqxsecrettitle',
  email: 'zqxsecretmail@northwind.example',
  phone: '+1 617 555 0199',
  location: 'Zqxsecretcity',
  timeZone: 'Pacific/Chatham',
  employeeNumber: 'zqxemployee77',
  language: 'tlh',
  department: 'Zqxsecretdept',
  departmentId: 'zqxdept',
  topicLabel: 'Zqxsecrettopic',
  topicId: 'zqxtopic',
  keyword: 'zqxkeyword',
  instructions: 'Zqxinstructions',
  rule: 'Zqxrule',
  disclaimer: 'Zqxdisclaimer',
  handle: 'zqxhiddenhandle',
};

function leakFixture() {
  return {
    version: 1,
    organization: {
      name: 'Northwind Press',
      guidelines: { rules: [SECRET.rule] },
      signature: { disclaimer: SECRET.disclaimer },
    },
    departments: [
      { id: 'marketing', name: 'Marketing' },
      { id: SECRET.departmentId, name: SECRET.department, visibility: 'internal' },
    ],
    topics: [
      { id: 'press', label: 'Zqxpublictopic', keywords: ['zqxpublickeyword'], audience: 'public', people: ['ellen'] },
      {
        id: SECRET.topicId,
        label: SECRET.topicLabel,
        keywords: [SECRET.keyword],
        instructions: SECRET.instructions,
        people: ['ellen', SECRET.personId],
      },
    ],
    people: [
      {
        id: 'ellen',
        name: 'Ellen Zqxpublicname',
        title: 'Director',
        department: 'marketing',
        manager: SECRET.personId,
        email: SECRET.email,
        phone: SECRET.phone,
        location: SECRET.location,
        timeZone: SECRET.timeZone,
        employeeNumber: SECRET.employeeNumber,
        languages: [SECRET.language],
        topics: ['press', SECRET.topicId],
        askMeAbout: ['zqxpublicask'],
        profiles: [{ network: 'github', handle: 'zqxpublichandle' }],
        visibility: 'public',
      },
      {
        id: SECRET.personId,
        name: SECRET.personName,
        title: SECRET.title,
        department: SECRET.departmentId,
        profiles: [{ network: 'github', handle: SECRET.handle }],
        askMeAbout: ['zqxhiddenask'],
      },
    ],
  };
}

test('a public index holds no internal value in any file, compressed or not', async () => {
  const manifest = join(scratch(), 'leak.social.json');
  writeFileSync(manifest, JSON.stringify(leakFixture()));
  const { code, stderr, folder } = await buildIndex(manifest, '--audience', 'public');
  assert.equal(code, 0, stderr);
  const files = allText(folder);
  const everything = files.map((f) => f.text.toLowerCase()).join('\n');
  // The check sees inside Pagefind's files: the public values are there.
  for (const visible of ['zqxpublicname', 'zqxpublicask', 'zqxpublichandle', 'zqxpublictopic', 'zqxpublickeyword'])
    assert.ok(everything.includes(visible), `${visible} should be in the index`);
  const fragments = files.filter((f) => f.path.endsWith('.pf_fragment'));
  assert.ok(
    fragments.length > 0 && fragments.every((f) => f.text.startsWith('pagefind_dcd')),
    'fragments decompressed',
  );
  // The facet table holds Pagefind's page ids and places of the head's values: the public person only.
  const table = files.find((f) => f.path.endsWith('facets.json'));
  assert.equal(
    JSON.parse(table?.text ?? '{}')
      .pages?.trimEnd()
      .split(' ').length,
    1,
    'facets.json checked',
  );
  // The lists carry rows (people, their managers): the public person is there, nobody internal.
  const lists = files.filter((f) => f.path.includes(`${join('lists', 'all')}`));
  assert.ok(lists.length > 0 && lists.every((f) => f.text.toLowerCase().includes('zqxpublicname')), 'lists checked');
  // So do the files of rows by rank (`rows/`, text results' rows).
  const ranked = files.filter((f) => f.path.includes(`${join(folder, 'rows')}`));
  assert.ok(ranked.length > 0 && ranked.every((f) => f.text.toLowerCase().includes('zqxpublicname')), 'rows checked');
  // The contact finder's files: the public topic's owner and the public "ask me about" only,
  // and no file named after an internal topic.
  const asks = files.find((f) => f.path.endsWith(join(folder, 'asks.json')));
  assert.ok(asks?.text.includes('zqxpublicask'), 'asks.json checked');
  const contacts = files.filter((f) => f.path.includes(join(folder, 'contacts')));
  assert.deepEqual(
    contacts.map((f) => f.path.slice(folder.length + 1)),
    [join('contacts', 'press.json')],
    'contacts checked',
  );
  assert.ok(contacts[0]?.text.includes('Zqxpublicname'));
  for (const value of Object.values(SECRET))
    assert.ok(!files.some((f) => f.path.slice(folder.length).toLowerCase().includes(value.toLowerCase())), value);
  for (const [what, value] of Object.entries(SECRET)) {
    const needle = what === 'language' ? `"${value}"` : value.toLowerCase();
    const where = files.filter((f) => f.text.toLowerCase().includes(needle)).map((f) => f.path);
    assert.deepEqual(where, [], `${what} (${value}) leaked`);
  }
  // The same manifest's internal index has them: the fixture does exercise every field.
  const internal = await buildIndex(manifest);
  const inside = allText(internal.folder)
    .map((f) => f.text.toLowerCase())
    .join('\n');
  for (const [what, value] of Object.entries(SECRET)) {
    // The HR system's key is in no index: no page shows it.
    if (what === 'employeeNumber') continue;
    assert.ok(
      inside.includes(what === 'language' ? `"${value}"` : value.toLowerCase()),
      `${what} in the internal index`,
    );
  }
});

test('the public index is built from the public manifest (forAudience), not a projection of its own', async () => {
  const { folder } = await buildIndex(demoManifest, '--audience', 'public');
  const visible = forAudience(demo, 'public');
  const head = readJson(join(folder, 'head.json'));
  assert.equal(head.audience, 'public');
  assert.deepEqual(head.organization, visible.organization);
  assert.deepEqual(head.departments, visible.departments);
  assert.deepEqual(head.topics, visible.topics);
  assert.deepEqual(readdirSync(join(folder, 'people')).sort(), visible.people.map((p) => `${p.id}.json`).sort());
  const directory = createDirectory(visible);
  for (const person of visible.people)
    assert.deepEqual(readJson(join(folder, 'people', `${person.id}.json`)).person, directory.person(person.id));
});

test("a manifest that cannot load gets the loader's error and exit 1; nothing is written", async () => {
  const folder = join(scratch(), 'people-index');
  const { code, stderr } = await cli(['index', fixture('not-json.social.json'), '-o', folder]);
  assert.equal(code, 1);
  assert.match(stderr, /^social-directory: .*not valid JSON.*Run "social-directory validate/);
  assert.equal(existsSync(folder), false);
});

test('index refuses a folder it cannot write, another folder, a missing -o, and a wrong audience', async () => {
  const dir = scratch();
  const file = join(dir, 'a-file');
  writeFileSync(file, 'x');
  const under = await cli(['index', demoManifest, '-o', join(file, 'index')]);
  assert.equal(under.code, 2);
  assert.match(under.stderr, /cannot be written/);
  const isFile = await cli(['index', demoManifest, '-o', file]);
  assert.equal(isFile.code, 2);
  assert.match(isFile.stderr, /is a file/);
  const other = join(dir, 'other');
  mkdirSync(other);
  writeFileSync(join(other, 'keep.txt'), 'mine');
  const occupied = await cli(['index', demoManifest, '-o', other]);
  assert.equal(occupied.code, 2);
  assert.match(occupied.stderr, /already holds other files/);
  assert.equal(readFileSync(join(other, 'keep.txt'), 'utf8'), 'mine');
  assert.equal((await cli(['index', demoManifest])).code, 2);
  const audience = await cli(['index', demoManifest, '-o', join(dir, 'x'), '--audience', 'everyone']);
  assert.equal(audience.code, 2);
  assert.match(audience.stderr, /--audience is internal or public/);
  // Nothing half-written is left beside the folders.
  assert.deepEqual(readdirSync(dir).sort(), ['a-file', 'other']);
});

test('a second run replaces the earlier index as a whole, through a rename', async () => {
  const dir = scratch();
  const folder = join(dir, 'people-index');
  assert.equal((await cli(['index', demoManifest, '-o', folder])).code, 0);
  writeFileSync(join(folder, 'people', 'someone-who-left.json'), '{}');
  const before = statSync(folder).ino;
  const again = await cli(['index', demoManifest, '-o', folder, '--audience', 'public']);
  assert.equal(again.code, 0, again.stderr);
  assert.notEqual(statSync(folder).ino, before);
  assert.equal(existsSync(join(folder, 'people', 'someone-who-left.json')), false);
  assert.equal(readJson(join(folder, 'head.json')).audience, 'public');
  assert.deepEqual(readdirSync(dir), ['people-index']);
});

test('index --help describes the output layout', async () => {
  const { code, stdout } = await cli(['index', '--help']);
  assert.equal(code, 0);
  assert.match(stdout, /head\.json/);
  assert.match(stdout, /people\/<id>\.json/);
  assert.match((await cli(['--help'])).stdout, /index <manifest>/);
});

test('staticIndexSource reads the index in Node: a first search and its first rows, then a page', async () => {
  const { folder } = await buildIndex(demoManifest);
  const { staticIndexSource } = await import('social-directory/core/source');
  const directory = createDirectory(demo);
  fetched.length = 0;
  const source = await staticIndexSource(pathToFileURL(join(folder, '/')).href);
  assert.deepEqual(source.head.facets, directory.facets);
  const results = await source.search({ text: 'ellen' });
  await results.load(0, 24);
  assert.equal(results.row(0)?.person.id, 'ellen-park');
  const bytes = fetched.reduce((sum, file) => sum + file.bytes, 0);
  console.log(`first search and rows of ${demo.people.length} people: ${fetched.length} files, ${bytes} bytes`);
  const page = await source.personPage('ellen-park');
  assert.deepEqual(page?.person, directory.personPage('ellen-park').person);
  assert.equal(await source.personPage('nobody'), undefined);
  // No page to resolve against: a relative URL is an error that says so.
  await assert.rejects(staticIndexSource('/people-index/'), /"\/people-index\/" is not a URL of a static index/);
});

test('facets.json: each Pagefind page, in name order, and its facet values as places in the head', async () => {
  const { folder } = await buildIndex(demoManifest);
  const table = readJson(join(folder, 'facets.json'));
  assert.equal(table.format, 3);
  const pages = table.pages.trimEnd().split(' ');
  const directory = createDirectory(demo);
  assert.equal(pages.length, directory.people.length);
  // The key is Pagefind's page id: its fragment file, whose record is the person at that rank.
  const fragment = (page) =>
    JSON.parse(
      gunzipSync(readFileSync(join(folder, 'pagefind', 'fragment', `${page}.pf_fragment`)))
        .toString('utf8')
        .slice('pagefind_dcd'.length),
    );
  for (const rank of [0, 1, Math.floor(pages.length / 2), pages.length - 1])
    assert.equal(fragment(pages[rank]).meta.id, directory.people[rank].id);
  assert.equal(table.values.split(' ').length - 1, directory.people.length);
});

test('a search with text filters and counts from facets.json: Pagefind never fetches a filter file', async () => {
  const { folder } = await buildIndex(demoManifest);
  const { staticIndexSource, memorySource } = await import('social-directory/core/source');
  const directory = createDirectory(demo);
  const memory = memorySource(directory);
  fetched.length = 0;
  const source = await staticIndexSource(pathToFileURL(join(folder, '/')).href);
  const [first, second] = Object.keys(directory.facets.department);
  const [network] = Object.keys(directory.facets.network);
  const queries = [
    { text: 'ellen' },
    // Words Pagefind and the directory match alike (Pagefind stems "manager" to "managing").
    { text: 'social', department: [first, second] },
    { text: 'social', department: [first, second], network, champion: true },
    { text: 'director', department: first, network },
    { department: [first, second], network, champion: true },
    { department: first, network },
  ];
  const totals = [];
  for (const query of queries) {
    for (const order of [{}, { grouped: true }]) {
      const expected = memory.search(query, order);
      totals.push(expected.total);
      const actual = await source.search(query, order);
      const what = `${JSON.stringify(query)} ${JSON.stringify(order)}`;
      assert.equal(actual.total, expected.total, what);
      assert.deepEqual(actual.facets, expected.facets, what);
      assert.deepEqual(actual.groups, expected.groups, what);
    }
  }
  assert.ok(totals.filter((total) => total > 0).length >= 6, `found people: ${totals}`);
  const paths = fetched.map((file) => file.url);
  assert.ok(
    paths.some((path) => path.endsWith('/facets.json')),
    'facets.json fetched',
  );
  assert.ok(
    paths.some((path) => path.includes('/pagefind/index/')),
    'Pagefind searched',
  );
  assert.deepEqual(
    paths.filter((path) => path.includes('/pagefind/filter/')),
    [],
  );
  // The check sees them: Pagefind's own filtered search (a fresh instance) fetches a filter file.
  const module = await import(pathToFileURL(join(folder, 'pagefind', 'pagefind.js')).href);
  const pagefind = module.createInstance({ basePath: pathToFileURL(join(folder, 'pagefind/')).href });
  await pagefind.search('social', { filters: { department: first } });
  assert.ok(fetched.some((file) => file.url.includes('/pagefind/filter/')));
});
