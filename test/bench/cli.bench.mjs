// CLI at scale: imports a 100,000-row HR export and reports on a 100,000-person manifest, and
// writes everyone's signature for 10,000 people, each in a child process as users run them
// (Node start-up included). Not part of `npm test`:
//
//   npm run bench:cli            (or: npx rollup -c --silent && node test/bench/cli.bench.mjs [people] [--keep])
//
// The generated files (~50 MB) are removed at the end unless --keep is given.
//
// Budgets: each of issue 6's commands finishes within BUDGET_MS; `signatures` writes 10,000
// people's files (30,000 signatures, texts and vCards, the preview, gmail.jsonl) within
// SIGNATURES_BUDGET_MS (issue 17). This fails above either.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { generateManifest } from './generate.mjs';

const BUDGET_MS = 5000;
const SIGNATURES_BUDGET_MS = 10_000;
const SIGNATURE_PEOPLE = 10_000;
const keep = process.argv.includes('--keep');
const count = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 100_000);
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'social-directory-bench-'));

const manifest = generateManifest(count);
const departmentNames = new Map(manifest.departments.map((d) => [d.id, d.name]));
const COLUMNS = { linkedin: 'LinkedIn', x: 'Twitter/X', github: 'GitHub', instagram: 'Instagram', mastodon: 'Mastodon', bluesky: 'Bluesky', website: 'Website' };
// An HR export: full names, department names (not ids), profile columns for the common networks.
const rows = manifest.people.map((person) => {
  const row = {
    'Full Name': person.name,
    'Work Email': person.email ?? '',
    Department: departmentNames.get(person.department) ?? '',
    'Job Title': person.title ?? '',
    Office: person.location ?? '',
    Pronouns: person.pronouns ?? '',
    Phone: person.phone ?? '',
  };
  for (const [network, header] of Object.entries(COLUMNS)) {
    const profile = person.profiles?.find((p) => p.network === network);
    row[header] = profile?.handle ?? profile?.url ?? '';
  }
  return row;
});
const csvPath = join(dir, 'people.csv');
writeFileSync(csvPath, `\uFEFF${Papa.unparse(rows)}`);
const manifestPath = join(dir, 'social.json');
writeFileSync(manifestPath, JSON.stringify(manifest));

const signaturesPath = join(dir, 'signatures.json');
writeFileSync(signaturesPath, JSON.stringify(generateManifest(SIGNATURE_PEOPLE)));

function time(label, args, budget = BUDGET_MS) {
  const start = performance.now();
  execFileSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30 });
  const ms = Math.round(performance.now() - start);
  console.log(`${label.padEnd(44)} ${String(ms).padStart(6)} ms${ms > budget ? `  OVER the ${budget} ms budget` : ''}`);
  return ms > budget;
}

const mb = (path) => `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;
console.log(`${count} people: CSV ${mb(csvPath)}, manifest ${mb(manifestPath)}${keep ? ` (kept in ${dir})` : ''}`);
const results = [
  time(`import ${count} CSV rows`, ['import', csvPath, '--organization', 'Globex', '-o', join(dir, 'imported.json')]),
  time(`report on ${count} people (text)`, ['report', manifestPath]),
  time(`report on ${count} people (--html)`, ['report', manifestPath, '--html', join(dir, 'report.html')]),
  time(`validate ${count} people`, ['validate', manifestPath]),
  time(`signatures for ${SIGNATURE_PEOPLE} people`, ['signatures', signaturesPath, '-o', join(dir, 'signatures')], SIGNATURES_BUDGET_MS),
];
if (!keep) rmSync(dir, { recursive: true, force: true });
process.exitCode = results.some(Boolean) ? 1 : 0;
