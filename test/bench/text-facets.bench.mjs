#!/usr/bin/env node
// Text searches on a static index in Node (issue 18): the built `staticIndexSource` (Pagefind
// without filters, facets counted from `facets.json`) against Pagefind counting them itself (its
// filter files loaded, one more search per filtered dimension, as the reader did before the
// table), rounds alternating, files read from disk. Prints each keystroke of "maria" alone and
// with two filters, and the facet table's size and read time. Not part of `npm test`:
//
//   npx rollup -c --silent && node test/bench/text-facets.bench.mjs <index folder> [rounds]
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { staticIndexSource } from 'social-directory/core/source';

const [folder, roundsArg] = process.argv.slice(2);
if (folder === undefined) throw new Error('usage: node test/bench/text-facets.bench.mjs <index folder> [rounds]');
const rounds = Number(roundsArg ?? 3);
const realFetch = globalThis.fetch;
globalThis.fetch = async (url, init) => {
  const address = new URL(String(url));
  if (address.protocol !== 'file:') return realFetch(url, init);
  const bytes = await readFile(address).catch(() => undefined);
  return bytes === undefined ? new Response('', { status: 404 }) : new Response(bytes);
};

const base = pathToFileURL(join(folder, '/')).href;
const head = JSON.parse(readFileSync(join(folder, 'head.json'), 'utf8'));
const [department] = Object.keys(head.facets.department);
const [network] = Object.keys(head.facets.network);
const FILTERS = { department, network };
const KEYS = ['m', 'ma', 'mar', 'mari', 'maria'];

const table = readFileSync(join(folder, 'facets.json'));
console.log(
  `facets.json: ${(table.length / 1024).toFixed(0)} KB, ${(gzipSync(table).length / 1024).toFixed(0)} KB gzipped, ${head.people} people`,
);
{
  const { readFacetTable } = await import('../../dist/core/static-index.js');
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const parsed = JSON.parse(table.toString('utf8'));
    const parsedAt = performance.now();
    // Each slice between the reader's pauses is a task of its own on a page's main thread.
    const slices = [];
    let last = performance.now();
    await readFacetTable(parsed, head.people, async () => {
      slices.push(performance.now() - last);
      await new Promise((resolve) => setTimeout(resolve));
      last = performance.now();
    });
    slices.push(performance.now() - last);
    const sum = slices.reduce((a, b) => a + b, 0);
    console.log(
      `  read: JSON.parse ${(parsedAt - started).toFixed(0)} ms, table ${sum.toFixed(0)} ms in ${slices.length} slices, longest ${Math.max(...slices).toFixed(0)} ms`,
    );
  }
}

/** Times each keystroke of "maria", alone and with the filters: `search` answers one, first rows included. */
async function typing(search) {
  const out = { text: [], filtered: [] };
  for (const [kind, extra] of [
    ['text', {}],
    ['filtered', FILTERS],
  ]) {
    for (const text of KEYS) {
      const started = performance.now();
      await search(text, extra);
      out[kind].push(Math.round(performance.now() - started));
    }
  }
  return out;
}

/** The reader of this branch: one source, typed into as a user would. */
async function reader() {
  const source = await staticIndexSource(base);
  return typing(async (text, extra) => {
    const results = await source.search({ text, ...extra });
    await results.load(0, 24);
  });
}

/** Pagefind counting the filters itself: every filter file loaded, one search per filtered dimension more. */
async function pagefindCounting() {
  const module = await import(`${base}pagefind/pagefind.js`);
  const pagefind = module.createInstance({ basePath: `${base}pagefind/` });
  await pagefind.filters();
  return typing(async (text, extra) => {
    const filters = Object.fromEntries(Object.entries(extra).map(([name, value]) => [name, { any: [value] }]));
    const others = Object.keys(filters).map((name) =>
      pagefind.search(text, { filters: Object.fromEntries(Object.entries(filters).filter(([n]) => n !== name)) }),
    );
    const [main] = await Promise.all([pagefind.search(text, { filters }), ...others]);
    await Promise.all(main.results.slice(0, 24).map((result) => result.data()));
  });
}

statSync(join(folder, 'pagefind', 'pagefind.js'));
for (let round = 1; round <= rounds; round++) {
  for (const [name, run] of [
    ['facet table', reader],
    ['Pagefind counting', pagefindCounting],
  ]) {
    const { text, filtered } = await run();
    console.log(
      `round ${round} ${name}: "${KEYS.join('", "')}" ${text.join(', ')} ms; with ${JSON.stringify(FILTERS)} ${filtered.join(', ')} ms`,
    );
  }
}
