// The static index at scale (issue 18): `social-directory index` on generated manifests, timed
// as users run it (a fresh process), with its size on disk and its files; what a cold search
// transfers through Pagefind's browser API (run in Node, its fetches answered from disk and
// counted); and the same records in MiniSearch with a prebuilt serialized index, the
// alternative docs/architecture.md weighs Pagefind against. Not part of `npm test`:
//
//   npm run bench:index          (or: npx rollup -c --silent && node test/bench/index.bench.mjs [people...] [--keep])
//
// Default: 20,000 and 100,000 people. The generated folders are removed unless --keep is given.
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { fromSource } from './from-source.mjs';
import { generateManifest } from './generate.mjs';

const keep = process.argv.includes('--keep');
const counts = process.argv
  .slice(2)
  .filter((arg) => /^\d+$/.test(arg))
  .map(Number);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'social-directory-index-bench-'));
const PAGE = 24; // the cards a directory shows first

// The core's record builder, from source (no package entry exports it).
const core = await fromSource(
  `export * from './src/core/static-index.ts'; export { validateManifest, createDirectory } from './src/core/index.ts';`,
);

/** Files, bytes (as written) and bytes allocated on disk under `path`, by top-level part. */
function sizeOf(path) {
  const parts = {};
  const walk = (at, part) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      const key = part ?? entry.name;
      if (entry.isDirectory()) walk(full, key);
      else {
        const stat = lstatSync(full);
        const sum = (parts[key] ??= { files: 0, bytes: 0, disk: 0 });
        sum.files++;
        sum.bytes += stat.size;
        sum.disk += stat.blocks * 512;
      }
    }
  };
  walk(path);
  return parts;
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1e3).toFixed(0)} KB`;

// Pagefind's browser API in Node: file: URLs answered from disk, each fetch counted as a CDN
// sends it (its index files are gzip already; JavaScript and JSON are compressed on the way).
let transferred = 0;
const realFetch = globalThis.fetch;
globalThis.fetch = async (url, init) => {
  const address = new URL(String(url));
  if (address.protocol !== 'file:') return realFetch(url, init);
  const bytes = await readFile(address);
  transferred += /\.(js|json)$/.test(address.pathname) ? gzipSync(bytes).length : bytes.length;
  return new Response(bytes);
};
const fetchJson = async (path) =>
  JSON.parse(new TextDecoder().decode(await (await fetch(pathToFileURL(path))).arrayBuffer()));

async function coldSearches(folder, manifest) {
  const rows = [];
  const firstName = manifest.people[0].name.split(' ')[0];
  const department = manifest.departments[1].id;
  const cases = [
    { name: `type "${firstName.slice(0, 3).toLowerCase()}"`, term: firstName.slice(0, 3).toLowerCase(), options: {} },
    {
      name: `filter department=${department}, by name`,
      term: null,
      options: { filters: { department }, sort: { name: 'asc' } },
    },
  ];
  for (const { name, term, options } of cases) {
    // A fresh module instance per case: a cold page.
    const url = `${pathToFileURL(join(folder, 'pagefind', 'pagefind.js')).href}?cold=${rows.length}`;
    transferred = 0;
    const started = performance.now();
    await fetchJson(join(folder, 'head.json'));
    const pagefind = await import(url);
    await pagefind.options({ basePath: pathToFileURL(join(folder, 'pagefind/')).href });
    const search = await pagefind.search(term, options);
    const page = await Promise.all(search.results.slice(0, PAGE).map((result) => result.data()));
    await Promise.all(page.map((data) => fetchJson(join(folder, 'people', `${data.meta.id}.json`))));
    rows.push({
      search: name,
      results: search.results.length,
      'first page transferred': kb(transferred),
      'time (Node, local disk)': `${Math.round(performance.now() - started)} ms`,
    });
  }
  return rows;
}

function miniSearch(manifest) {
  const directory = core.createDirectory(manifest);
  const started = performance.now();
  const index = new MiniSearch({
    fields: ['content'],
    storeFields: ['title', 'filters'],
    searchOptions: { prefix: true },
  });
  for (const record of core.indexRecords(directory))
    index.add({ id: record.id, content: record.content, title: record.meta.title, filters: record.filters });
  const json = JSON.stringify(index);
  const buildMs = performance.now() - started;
  const gz = gzipSync(json).length;
  const loadStarted = performance.now();
  const loaded = MiniSearch.loadJSON(json, { fields: ['content'], storeFields: ['title', 'filters'] });
  const loadMs = performance.now() - loadStarted;
  loaded.search('mar', { prefix: true });
  const library = gzipSync(readFileSync(join(root, 'node_modules/minisearch/dist/es/index.js'))).length;
  return { buildMs, bytes: json.length, gz, loadMs, library };
}

for (const count of counts.length > 0 ? counts : [20_000, 100_000]) {
  const generated = generateManifest(count);
  const manifestPath = join(dir, `social-${count}.json`);
  writeFileSync(manifestPath, JSON.stringify(generated));
  const folder = join(dir, `index-${count}`);
  const started = performance.now();
  execFileSync(process.execPath, [cli, 'index', manifestPath, '-o', folder], { stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  const parts = sizeOf(folder);
  const total = Object.values(parts).reduce(
    (sum, part) => ({ files: sum.files + part.files, bytes: sum.bytes + part.bytes, disk: sum.disk + part.disk }),
    { files: 0, bytes: 0, disk: 0 },
  );
  console.log(`\n${count} people: index built in ${seconds.toFixed(1)} s (a fresh process)`);
  console.table(
    Object.fromEntries(
      Object.entries({ ...parts, total }).map(([part, { files, bytes, disk }]) => [
        part,
        { files, 'bytes written': mb(bytes), 'on disk (4 KB blocks)': mb(disk) },
      ]),
    ),
  );
  const manifest = core.validateManifest(generated).manifest;
  console.table(await coldSearches(folder, manifest));
  const mini = miniSearch(manifest);
  console.log(
    `MiniSearch, same records: built and serialized in ${(mini.buildMs / 1000).toFixed(1)} s; ` +
      `${mb(mini.bytes)} JSON, ${mb(mini.gz)} gzip (+${kb(mini.library)} library): every cold search ` +
      `downloads all of it, then loadJSON takes ${Math.round(mini.loadMs)} ms (Node).`,
  );
  if (!keep) rmSync(folder, { recursive: true, force: true });
}
if (!keep) rmSync(dir, { recursive: true, force: true });
else console.log(`Kept ${dir}`);
