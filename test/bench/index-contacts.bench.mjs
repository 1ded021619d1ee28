#!/usr/bin/env node
// What the contact finder fetches from a static index (issue 18): the bytes of format 2's one
// `contacts.json` (every topic owner, fetched at the first render) against format 3's
// `asks.json` and `contacts/<topic-id>.json` (fetched per question: the ask table once, then
// the files of the topics the answer lists), raw and gzipped, for a generated organization of
// each audience. Makes the files the CLI writes, from the core's sources (bundled here by
// esbuild), without Pagefind (which the contacts do not need): 100,000 people take a minute,
// not the index's minutes.
//
//   node test/bench/index-contacts.bench.mjs [people…]      (default: 10000 100000)
import { gzipSync } from 'node:zlib';
import { fromSource } from './from-source.mjs';
import { generateManifest } from './generate.mjs';

const {
  createDirectory,
  findContacts,
  forAudience,
  indexAsks,
  indexHead,
  indexTopicContacts,
  topicOwners,
  validateManifest,
} = await fromSource(
  `export { createDirectory, forAudience, validateManifest } from './src/core/index.js';
  export { findContacts, topicOwners } from './src/core/contact.js';
  export { indexAsks, indexHead, indexTopicContacts } from './src/core/static-index.js';`,
);

const sizes = process.argv.slice(2).map(Number);
// KB: 1,000 bytes, as the issue and the browser's network panel count.
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const sizeOf = (value) => {
  const text = `${JSON.stringify(value)}\n`;
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text).length };
};

// Questions as the generated organization's askers write them: each topic's keywords and label.
function questionsOf(manifest) {
  const out = [];
  for (const topic of manifest.topics) {
    out.push(topic.label);
    for (const keyword of topic.keywords) out.push(`who do I ask about ${keyword}?`);
  }
  return out;
}

for (const people of sizes.length > 0 ? sizes : [10_000, 100_000]) {
  const whole = validateManifest(generateManifest(people)).manifest;
  for (const audience of ['internal', 'public']) {
    const directory = createDirectory(forAudience(whole, audience));
    const { manifest } = directory;
    // Format 2's contacts.json: every owner of any topic, in manifest order, as one file.
    const owners = new Set();
    for (const { people: owning } of topicOwners(manifest).values()) for (const p of owning) owners.add(p.id);
    const old = sizeOf({
      format: 2,
      people: manifest.people.filter((p) => owners.has(p.id)).map(({ employeeNumber: _hrKey, ...person }) => person),
    });
    const head = sizeOf(indexHead(directory, audience));
    const asks = sizeOf(indexAsks(directory, audience));
    const files = new Map([...indexTopicContacts(directory)].map(([id, file]) => [id, sizeOf(file)]));
    const all = [...files.values()].reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), {
      raw: 0,
      gzip: 0,
    });
    const gzips = [...files.values()].map((s) => s.gzip).sort((a, b) => a - b);
    // Per question: the topics the finder's answer lists (limit 6, as the finder asks), fetched once each.
    const perQuestion = questionsOf(manifest).map((question) => {
      const { matches } = findContacts(directory, { question, audience, limit: 6 });
      return matches.reduce((sum, m) => sum + (files.get(m.topic.id)?.gzip ?? 0), 0);
    });
    perQuestion.sort((a, b) => a - b);
    const median = perQuestion[Math.floor(perQuestion.length / 2)];
    const mean = perQuestion.reduce((sum, bytes) => sum + bytes, 0) / perQuestion.length;
    const worst = perQuestion.at(-1);
    process.stdout.write(
      `${people.toLocaleString('en')} people, ${audience}: ${owners.size.toLocaleString('en')} topic owners\n` +
        `  head.json (both formats)     ${kb(head.raw)} (${kb(head.gzip)} gzip), at the first render\n` +
        `  format 2 contacts.json       ${kb(old.raw)} (${kb(old.gzip)} gzip), at the first render\n` +
        `  format 3 asks.json           ${kb(asks.raw)} (${kb(asks.gzip)} gzip), at the first question\n` +
        `  format 3 contacts/ (${files.size} files) ${kb(all.raw)} (${kb(all.gzip)} gzip) in all; one file ` +
        `${kb(gzips[0])}–${kb(gzips.at(-1))} gzip\n` +
        `  a question (${perQuestion.length} asked): median ${kb(median)}, mean ${kb(mean)}, worst ${kb(worst)} ` +
        'of topic files ' +
        `(gzip) + asks.json once\n`,
    );
  }
}
