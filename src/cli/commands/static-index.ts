/**
 * `social-directory index`: a static search index of the directory (issue 18) for organizations
 * too large for one manifest. Pagefind (an existing engine for static search: chunks fetched
 * on demand, filter counts, sort keys) indexes one record per person; the head file and the
 * per-person records are the core's (`core/static-index.ts`). A web server or CDN serves the
 * folder as plain files.
 * @module
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { createDirectory, forAudience, type Audience, type Directory } from '../../core/index.js';
import {
  INDEX_ASKS_FILE,
  INDEX_CONTACTS_FOLDER,
  INDEX_FACETS_FILE,
  INDEX_FORMAT,
  INDEX_HEAD_FILE,
  INDEX_LIST_PAGE,
  INDEX_LISTS_FOLDER,
  INDEX_PEOPLE_FOLDER,
  INDEX_ROWS_FOLDER,
  INDEX_ROWS_PAGE,
  INDEX_SEARCH_FOLDER,
  indexAsks,
  indexFacetTable,
  indexHead,
  indexLists,
  indexPerson,
  indexRecords,
  indexRow,
  indexTopicContacts,
} from '../../core/internal.js';
import { CliError, writeError, isUrl, loadValidManifest, stageOutputFolder, type Output } from '../io.js';

/** `social-directory index --help`. */
export const INDEX_HELP = `Usage: social-directory index <manifest.json> -o <folder> [options]

Writes a static search index of the directory, for organizations too large for one manifest:
a folder a web server or CDN serves as plain files, from which a browser searches people
without loading the manifest (Pagefind: it fetches only the parts of the index a query needs).

  <folder>/head.json          organization, departments, topics, facet counts
  <folder>/asks.json          what topic owners are happy to be asked about, per topic
                              (the contact finder ranks topics with it and the head)
  <folder>/contacts/<topic>.json  one topic's owners (fetched for the topics an answer lists)
  <folder>/people/<id>.json   one person: every field, reporting line, reports, topics
  <folder>/facets.json        each search record's filter values, by Pagefind's page id
                              (searches with text filter and count with it)
  <folder>/lists/             everyone and each filter value, in name order, 100 rows a file
                              (searches without text)
  <folder>/rows/              everyone again, in name order, ${INDEX_ROWS_PAGE} rows a file
                              (the rows of text results, by rank)
  <folder>/pagefind/          the search index (pagefind.js is its browser API)

Options:
  -o, --output <folder>   the folder to write (replaced as a whole; new, empty or an earlier index)
  --audience <audience>   internal (default: everyone, every field) or public (only what the
                          public manifest has: public people, public fields, public topics)
  --language <code>       the people's language for word stemming (default: en)
  --strict                refuse a manifest with any problem instead of leaving entries out
  -h, --help              show this help

Exit status: 0 written, 1 invalid manifest or no one to index, 2 usage or I/O error.
`;

/** The language tag Pagefind takes: an ISO 639-1 code, optionally with a region. */
const LANGUAGE = /^[a-z]{2}(?:-[a-z0-9]{2,8})?$/i;

// Records sent to Pagefind before waiting for its answers: its service reads them while this
// process writes the people's files, so the two cores both work.
const BATCH = 500;

/** Pagefind's prebuilt search interfaces, which it writes next to its index. */
const PAGEFIND_UI = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** Runs `social-directory index`; returns the exit code. */
export async function runIndex(args: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      audience: { type: 'string', default: 'internal' },
      language: { type: 'string', default: 'en' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(INDEX_HELP);
    return 0;
  }
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0)
    throw new CliError('index takes one manifest: social-directory index <manifest.json> -o <folder>');
  const folder = values.output;
  if (folder === undefined || folder === '-')
    throw new CliError('index writes a folder of files: name it with -o <folder>.');
  const audience = values.audience;
  if (audience !== 'internal' && audience !== 'public')
    throw new CliError(`--audience is internal or public (got "${audience}").`);
  if (!LANGUAGE.test(values.language))
    throw new CliError(`--language takes a language code like en or pt-BR (got "${values.language}").`);
  const started = performance.now();
  const loaded = await loadValidManifest(source, { strict: values.strict === true });
  const manifest = forAudience(loaded.manifest, audience satisfies Audience);
  if (manifest.people.length === 0) {
    throw new CliError(
      `no one in ${source} is public, so the index would be empty. Add "visibility": "public" to the people who agreed to appear on public pages.`,
      1,
    );
  }
  const directory = createDirectory(manifest);
  const staged = stageOutputFolder(folder, INDEX_HEAD_FILE, isUrl(source) ? [] : [source]);
  try {
    await writeIndex(staged.path, directory, audience, values.language);
  } catch (error) {
    staged.discard();
    throw writeError(folder, error);
  }
  staged.commit();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const left = loaded.warnings.length;
  io.out(
    `Wrote ${folder}: ${directory.people.length} ${directory.people.length === 1 ? 'person' : 'people'} (${audience} audience) in ${seconds} s.\n` +
      (left > 0
        ? `${left} invalid ${left === 1 ? 'entry was' : 'entries were'} left out: run "social-directory validate" for details.\n`
        : ''),
  );
  return 0;
}

async function writeIndex(path: string, directory: Directory, audience: Audience, language: string): Promise<void> {
  writeFileSync(join(path, INDEX_HEAD_FILE), `${JSON.stringify(indexHead(directory, audience))}\n`);
  writeFileSync(join(path, INDEX_ASKS_FILE), `${JSON.stringify(indexAsks(directory, audience))}\n`);
  mkdirSync(join(path, INDEX_CONTACTS_FOLDER));
  for (const [topic, contacts] of indexTopicContacts(directory))
    writeFileSync(join(path, INDEX_CONTACTS_FOLDER, `${topic}.json`), `${JSON.stringify(contacts)}\n`);
  // Each row's JSON is made once: a person is on several lists (everyone, and each of their
  // filter values), and stringifying them per page made the lists the build's slowest part.
  const rows = new Map<string, string>();
  const rowOf = (id: string): string => {
    let row = rows.get(id);
    if (row === undefined) rows.set(id, (row = JSON.stringify(indexRow(directory, id))));
    return row;
  };
  for (const { key, ids, facets } of indexLists(directory)) {
    const folder = join(path, INDEX_LISTS_FOLDER, key);
    mkdirSync(folder, { recursive: true });
    for (let page = 0; page * INDEX_LIST_PAGE < Math.max(ids.length, 1); page++) {
      const part = ids.slice(page * INDEX_LIST_PAGE, (page + 1) * INDEX_LIST_PAGE);
      // `IndexListPage`, written from the rows' JSON.
      const first = page === 0 ? `,"total":${ids.length},"facets":${JSON.stringify(facets)}` : '';
      writeFileSync(
        join(folder, `${page}.json`),
        `{"format":${INDEX_FORMAT}${first},"rows":[${part.map(rowOf).join(',')}]}\n`,
      );
    }
  }
  // Everyone's rows again, in smaller files: a text result's row by its rank (`IndexRowsPage`).
  const ranked = join(path, INDEX_ROWS_FOLDER);
  mkdirSync(ranked);
  for (let page = 0; page * INDEX_ROWS_PAGE < directory.people.length; page++) {
    const part = directory.people.slice(page * INDEX_ROWS_PAGE, (page + 1) * INDEX_ROWS_PAGE);
    writeFileSync(
      join(ranked, `${page}.json`),
      `{"format":${INDEX_FORMAT},"rows":[${part.map(({ id }) => rowOf(id)).join(',')}]}\n`,
    );
  }
  const people = join(path, INDEX_PEOPLE_FOLDER);
  mkdirSync(people);
  // Loaded on first use: every other command starts without it.
  let pagefind: typeof import('pagefind');
  try {
    pagefind = await import('pagefind');
  } catch (error) {
    throw new CliError(`the search engine (the pagefind package) cannot be loaded: ${(error as Error).message}`);
  }
  try {
    const created = await pagefind.createIndex({ forceLanguage: language }).catch(pagefindFailure);
    const index = created.index;
    if (index === undefined) throw pagefindError(created.errors);
    let batch: Promise<{ errors: string[] }>[] = [];
    const flush = async () => {
      const failed = (await Promise.all(batch).catch(pagefindFailure)).flatMap((answer) => answer.errors);
      if (failed.length > 0) throw pagefindError(failed);
      batch = [];
    };
    for (const { id, url, content, meta, filters, sort } of indexRecords(directory)) {
      batch.push(
        index.addCustomRecord({
          url,
          content,
          language,
          meta,
          filters: Object.fromEntries(Object.entries(filters).map(([name, list]) => [name, [...list]])),
          sort,
        }),
      );
      writeFileSync(join(people, `${id}.json`), `${JSON.stringify(indexPerson(directory, id))}\n`);
      if (batch.length === BATCH) await flush();
    }
    await flush();
    const search = join(path, INDEX_SEARCH_FOLDER);
    const written = await index.writeFiles({ outputPath: search }).catch(pagefindFailure);
    if (written.errors.length > 0) throw pagefindError(written.errors);
    // Pagefind's own search UIs (~430 KB): the elements render the results, pages never load them.
    for (const name of readdirSync(search)) if (PAGEFIND_UI.test(name)) rmSync(join(search, name));
    const pages = pageIds(join(search, 'fragment'));
    const ids = directory.people.map(({ id }) => {
      const page = pages.get(`?person=${id}`);
      if (page === undefined) throw new CliError(`Pagefind wrote no page for ${id}.`);
      return page;
    });
    writeFileSync(join(path, INDEX_FACETS_FILE), `${JSON.stringify(indexFacetTable(directory, ids))}\n`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Pagefind's page id of each record, by its URL. Pagefind names a page by a hash of its
 * fragment (the `id` of a search result, `fragment/<id>.pf_fragment`) and its Node API does not
 * return it, so the written fragments are read back: gzip, then `pagefind_dcd` and the JSON.
 */
function pageIds(folder: string): Map<string, string> {
  const pages = new Map<string, string>();
  const SIGNATURE = 'pagefind_dcd';
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    const { url } = (text.startsWith(SIGNATURE) ? JSON.parse(text.slice(SIGNATURE.length)) : {}) as { url?: string };
    if (typeof url !== 'string') throw new CliError(`Pagefind's fragment ${name} is not one this version reads.`);
    pages.set(url, name.slice(0, -'.pf_fragment'.length));
  }
  return pages;
}

const pagefindFailure = (error: unknown): never => {
  throw pagefindError([error instanceof Error ? error.message : String(error)]);
};

function pagefindError(errors: readonly string[]): CliError {
  return new CliError(`the search engine (Pagefind) failed: ${errors.join('; ') || 'no reason given'}.`);
}
