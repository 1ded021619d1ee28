#!/usr/bin/env node
// Signature rendering time: median, p95 and worst over 1,000 renders of a maximal person (every
// network, long accented names with markup), per template; and toVCard for the same person.
// Target (issue 5): the median render takes at most 1 ms. Not part of `npm test` (shared,
// noisy machines); run `node test/bench/signature.bench.mjs`.
//
// The core entry does not export the signature module yet, so this bundles the sources it needs
// with esbuild (the same one the test runner uses) into a temporary file first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const RUNS = 1000;
const TARGET_MEDIAN_MS = 1;
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'signature-bench-'));
const outfile = join(dir, 'signature.mjs');
execFileSync(
  'npx',
  ['esbuild', '--bundle', '--format=esm', '--platform=node', '--log-level=warning', `--outfile=${outfile}`],
  {
    cwd: root,
    stdio: ['pipe', 'inherit', 'inherit'],
    input: [
      "export * from './src/core/signature.ts';",
      "export * from './src/core/vcard.ts';",
      "export { validateManifest } from './src/core/manifest/validate.ts';",
      "export { NETWORK_IDS, NETWORKS } from './src/core/networks.ts';",
    ].join('\n'),
  },
);
const { renderSignature, toVCard, validateManifest, NETWORK_IDS, NETWORKS } = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true, force: true });

const MARKUP = `<script>alert(1)</script> "quotes" & 'apostrophes'`;
const { manifest } = validateManifest(
  {
    version: 1,
    organization: {
      name: `Northwind Press & Søns <Éditions> "Internationales"`,
      website: 'https://northwind.example',
      logo: 'https://northwind.example/logo.png',
      profiles: ['linkedin', 'x', 'youtube'].map((network) => ({
        network,
        handle: network === 'linkedin' ? 'company/northwind-press' : '@northwindpress',
      })),
      guidelines: { url: 'https://intranet.northwind.example/social-policy' },
      signature: {
        brandColor: '#1d4ed8',
        iconBaseUrl: 'https://cdn.northwind.example/icons/',
        disclaimer: `Confidential ${MARKUP}.\nIf you received this by mistake, tell the sender.`,
      },
    },
    departments: [{ id: 'marketing', name: 'Marketing & Communicação' }],
    people: [
      {
        id: 'maria',
        name: `María de los Ángeles Fernández-Ruiz O'Connor ${MARKUP}`,
        pronouns: 'she/her',
        title: `Directora de Comunicação ${MARKUP}`,
        department: 'marketing',
        email: 'maria@northwind.example',
        phone: '+351 21 555 0100',
        location: 'Lisboa',
        timeZone: 'Europe/Lisbon',
        photo: 'https://northwind.example/people/maria.jpg',
        languages: ['pt-PT', 'en'],
        askMeAbout: ['press', 'social media training'],
        profiles: NETWORK_IDS.map((network) => ({ network, handle: NETWORKS[network].handleHint.split(' or ')[0] })),
      },
    ],
  },
  { strict: true },
);
const person = manifest.people[0];
const department = manifest.departments[0];

function measure(fn) {
  for (let i = 0; i < 200; i++) fn(); // JIT warm-up, as on a page where the preview already rendered
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[RUNS >> 1], p95: samples[Math.floor(RUNS * 0.95)], worst: samples[RUNS - 1] };
}

const rows = [];
for (const template of ['compact', 'classic', 'brand']) {
  const { length } = renderSignature(person, manifest.organization, { template, department });
  rows.push({
    what: `renderSignature ${template}`,
    length,
    ...measure(() => renderSignature(person, manifest.organization, { template, department })),
  });
}
rows.push({
  what: 'toVCard',
  length: toVCard(person, manifest.organization, { department }).length,
  ...measure(() => toVCard(person, manifest.organization, { department })),
});

const ms = (n) => `${n.toFixed(3)} ms`;
console.log(`${RUNS} runs each, Node ${process.version}`);
console.table(
  rows.map((r) => ({
    what: r.what,
    'html/text length': r.length,
    median: ms(r.median),
    p95: ms(r.p95),
    worst: ms(r.worst),
  })),
);
const slow = rows.filter((r) => r.what.startsWith('render') && r.median > TARGET_MEDIAN_MS);
if (slow.length) {
  console.error(`over the ${TARGET_MEDIAN_MS} ms median target: ${slow.map((r) => r.what).join(', ')}`);
  process.exitCode = 1;
} else console.log(`every template renders within the ${TARGET_MEDIAN_MS} ms median target`);
