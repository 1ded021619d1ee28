#!/usr/bin/env node
// `npm run bench`: our search against fuse.js and minisearch on the same synthetic manifests and
// the same typing sequences; build time, heap, and per-keystroke median / p95 / worst.
// Run with --expose-gc (npm run bench does) so heap numbers are retained sizes, not garbage.
// Writes test/bench/results/search.json and prints a table. Not part of `npm test`: these
// machines are shared and timings are noisy; the targets are checked here, not in unit tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createDirectory, validateManifest } from 'social-directory/core';
import { generateManifest, typingSequences } from './generate.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const TARGETS = { worstMs100k: 16, medianMs100k: 4, buildMs10k: 100 };

const gc = globalThis.gc ?? (() => {});
const heapMB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
const time = (fn) => {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
};
function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), worst: sorted[sorted.length - 1] };
}

// A document per person for the other libraries, with the same searchable text we index.
function documents(manifest) {
  const departments = new Map(manifest.departments.map((d) => [d.id, d.name]));
  const topics = new Map(manifest.topics.map((t) => [t.id, t.label]));
  return manifest.people.map((p, id) => ({
    id,
    name: p.name,
    title: p.title ?? '',
    department: departments.get(p.department) ?? '',
    location: p.location ?? '',
    topics: p.topics.map((t) => topics.get(t)).join(' '),
    askMeAbout: p.askMeAbout.join(' '),
    handles: p.profiles.map((x) => x.handle).join(' '),
  }));
}
const FIELDS = ['name', 'title', 'department', 'location', 'topics', 'askMeAbout', 'handles'];

function typeAll(search) {
  // Warm up (JIT) on every sequence once, as on a page where someone has already searched,
  // then time every keystroke of all sequences in typing order.
  for (const sequence of typingSequences) for (const q of sequence) search(q);
  const samples = [];
  for (const sequence of typingSequences) {
    for (const q of sequence) samples.push(time(() => search(q))[0]);
  }
  return stats(samples);
}

const rows = [];
console.log(
  `Sizes: ${SIZES.join(', ')} people; ${typingSequences.flat().length} keystrokes each (fuse.js is slow at 100,000: a few minutes).`,
);
for (const size of SIZES) {
  const input = generateManifest(size);
  const text = JSON.stringify(input);

  // Cold: the first load in a fresh page, JIT included. Warm: the median of 5 more loads.
  let before = heapMB();
  const [parseMs, data] = time(() => JSON.parse(text));
  const [validateMs, { manifest }] = time(() => validateManifest(data));
  const [indexMs, directory] = time(() => createDirectory(manifest, { locale: 'en' }));
  const ourHeap = heapMB() - before;
  const warmMs = stats(
    Array.from(
      { length: 5 },
      () => time(() => createDirectory(validateManifest(JSON.parse(text)).manifest, { locale: 'en' }))[0],
    ),
  ).median;
  const ours = typeAll((q) => directory.search({ text: q }));
  rows.push({
    size,
    engine: 'social-directory',
    buildMs: parseMs + validateMs + indexMs,
    warmBuildMs: warmMs,
    parseMs,
    validateMs,
    indexMs,
    heapMB: ourHeap,
    ...ours,
  });

  const docs = documents(manifest);
  before = heapMB();
  const [fuseMs, fuse] = time(
    () => new Fuse(docs, { keys: FIELDS, threshold: 0.3, ignoreLocation: true, useExtendedSearch: false }),
  );
  const fuseHeap = heapMB() - before;
  rows.push({ size, engine: 'fuse.js', buildMs: fuseMs, heapMB: fuseHeap, ...typeAll((q) => fuse.search(q)) });

  before = heapMB();
  const [miniMs, mini] = time(() => {
    const index = new MiniSearch({
      fields: FIELDS,
      processTerm: (t) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
    });
    index.addAll(docs);
    return index;
  });
  const miniHeap = heapMB() - before;
  rows.push({
    size,
    engine: 'minisearch',
    buildMs: miniMs,
    heapMB: miniHeap,
    ...typeAll((q) => mini.search(q, { prefix: true, combineWith: 'AND' })),
  });
  (void directory, fuse, mini);
}

const f = (n) => (n === undefined ? '' : n < 10 ? n.toFixed(2) : n.toFixed(0));
const lines = [
  '| people | engine | build ms (cold) | build ms (warm) | heap MB | median ms | p95 ms | worst ms |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.size} | ${r.engine} | ${f(r.buildMs)} | ${f(r.warmBuildMs)} | ${f(r.heapMB)} | ${f(r.median)} | ${f(r.p95)} | ${f(r.worst)} |`,
  ),
];

console.log(lines.join('\n'));
console.log('\nsocial-directory build, cold: parse / validate / index ms');
for (const r of rows.filter((row) => row.engine === 'social-directory'))
  console.log(`  ${r.size}: ${f(r.parseMs)} / ${f(r.validateMs)} / ${f(r.indexMs)}`);

const ours = (size) => rows.find((r) => r.size === size && r.engine === 'social-directory');
const checks = [];
if (ours(100000)) {
  checks.push([
    `100k worst keystroke ≤ ${TARGETS.worstMs100k} ms`,
    ours(100000).worst <= TARGETS.worstMs100k,
    ours(100000).worst,
  ]);
  checks.push([
    `100k median keystroke ≤ ${TARGETS.medianMs100k} ms`,
    ours(100000).median <= TARGETS.medianMs100k,
    ours(100000).median,
  ]);
}
if (ours(10000)) {
  checks.push([
    `10k parsed, validated and indexed ≤ ${TARGETS.buildMs10k} ms (cold)`,
    ours(10000).buildMs <= TARGETS.buildMs10k,
    ours(10000).buildMs,
  ]);
  checks.push([
    `10k parsed, validated and indexed ≤ ${TARGETS.buildMs10k} ms (warm)`,
    ours(10000).warmBuildMs <= TARGETS.buildMs10k,
    ours(10000).warmBuildMs,
  ]);
}
console.log('');
for (const [label, ok, value] of checks) console.log(`${ok ? '✓' : '✗'} ${label} (${f(value)} ms)`);

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/search.json', import.meta.url),
  JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, checks }, null, 2),
);
console.log('\nWrote test/bench/results/search.json');
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
